import type { ThemeName } from './template-spec.ts';
import { themeCss } from './themes.ts';

/**
 * Layout for every prototype. Mobile first; logical properties only (`margin-inline`,
 * `inset-inline-start`, `text-align: start`), so `dir="rtl"` mirrors the page without extra rules.
 * Colours come from the theme's custom properties; fonts from the system, so nothing is fetched.
 */
const LAYOUT_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%;scroll-behavior:smooth;scroll-padding-block-start:5rem}
body{display:flex;flex-direction:column;min-block-size:100vh;margin:0;background:var(--bg);color:var(--text);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,"Noto Sans Arabic",Tahoma,sans-serif;font-size:1.0625rem;line-height:1.6;-webkit-font-smoothing:antialiased;text-rendering:optimizeLegibility}
svg{display:block;max-inline-size:100%}
h1,h2,h3{line-height:1.2;text-wrap:balance}
p{text-wrap:pretty}
a{color:var(--link);text-underline-offset:.2em}
:focus-visible{outline:3px solid var(--focus);outline-offset:3px}
.container{inline-size:min(100% - 2.5rem,72rem);margin-inline:auto}
main{flex:1}
main:focus{outline:none}

.skip-link{position:absolute;inset-inline-start:1rem;inset-block-start:-5rem;z-index:100;padding:.75rem 1.1rem;border-radius:.6rem;background:var(--accent);color:var(--accent-text);font-weight:600;text-decoration:none}
.skip-link:focus{inset-block-start:1rem}

.site-header{position:sticky;inset-block-start:0;z-index:10;background:var(--header-bg);border-block-end:1px solid var(--border);backdrop-filter:saturate(1.6) blur(12px)}
.header-inner{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.5rem 2rem;padding-block:.8rem}
.brand{display:inline-flex;align-items:center;gap:.7rem;color:var(--text);font-size:1.125rem;font-weight:750;letter-spacing:-.01em;text-decoration:none}
.brand-mark{display:grid;place-items:center;inline-size:2.3rem;block-size:2.3rem;border-radius:.7rem;background:var(--accent);color:var(--accent-text);font-size:1.05rem;font-weight:800}
.site-nav{inline-size:100%}
.site-nav ul{display:flex;flex-wrap:wrap;gap:.25rem;margin:0;padding:0;list-style:none}
.site-nav a{display:block;padding:.45rem .9rem;border-radius:999px;color:var(--muted);font-size:.975rem;font-weight:550;text-decoration:none;white-space:nowrap}
.site-nav a:hover{background:var(--surface);color:var(--text)}
.site-nav a[aria-current="page"]{background:var(--accent-soft);color:var(--link)}
@media (min-width:52rem){.site-nav{inline-size:auto}}

.section{padding-block:clamp(3.25rem,7vw,5.5rem)}
main>.section:nth-child(even){background:var(--surface)}
.section-header{max-inline-size:46rem;margin-block-end:clamp(1.75rem,4vw,2.75rem)}
.section-heading{margin:0;font-size:clamp(1.65rem,1.25rem + 1.6vw,2.4rem);letter-spacing:-.02em}
.section-heading::before{content:"";display:block;inline-size:2.75rem;block-size:.3rem;margin-block-end:1rem;border-radius:1rem;background:var(--highlight)}
.section-intro{margin:.9rem 0 0;color:var(--muted);font-size:1.125rem}

.button{display:inline-flex;align-items:center;justify-content:center;min-block-size:2.9rem;padding:.7rem 1.35rem;border:2px solid transparent;border-radius:.75rem;font:inherit;font-weight:650;line-height:1.2;text-align:center;text-decoration:none;cursor:pointer;transition:transform .15s ease,box-shadow .15s ease}
.button:hover{transform:translateY(-1px);box-shadow:0 10px 24px -12px var(--shadow)}
.button-primary{background:var(--accent);color:var(--accent-text)}
.button-secondary{background:transparent;border-color:var(--field-border);color:var(--link)}
.button-inverse{background:var(--cta-button-bg);color:var(--cta-button-text)}

.section-hero{padding-block:clamp(3.5rem,9vw,7rem);background:linear-gradient(135deg,var(--hero-from),var(--hero-to));color:var(--hero-text)}
main>.section-hero:nth-child(even){background:linear-gradient(135deg,var(--hero-from),var(--hero-to))}
.hero-layout{display:grid;gap:2.5rem;align-items:center}
.section-hero .section-header{margin:0}
.section-hero .section-heading{font-size:clamp(2.15rem,1.35rem + 3.2vw,3.7rem);line-height:1.08;letter-spacing:-.03em}
.section-hero .section-heading::before{display:none}
.section-hero .section-intro{max-inline-size:38rem;margin-block-start:1.25rem;color:var(--hero-muted);font-size:clamp(1.1rem,1rem + .4vw,1.3rem)}
.hero-actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-block-start:2rem}
.section-hero .button-primary{background:var(--hero-button-bg);color:var(--hero-button-text)}
.section-hero .button-secondary{border-color:currentColor;color:var(--hero-text)}
.hero-art{inline-size:100%;max-inline-size:30rem;margin-inline:auto;filter:drop-shadow(0 28px 40px var(--shadow))}
.art-window{fill:var(--card)}
.art-bar{fill:var(--surface)}
.art-dot,.art-line{fill:var(--border)}
.art-accent{fill:var(--accent)}
.art-card{fill:var(--accent-soft)}
.art-card-accent,.art-highlight{fill:var(--highlight)}
@media (min-width:56rem){.hero-layout{grid-template-columns:1.15fr .85fr;gap:4rem}}

.card-grid,.steps,.plans,.testimonials,.gallery{display:grid;gap:1.25rem;margin:0;padding:0;list-style:none}
.card-grid,.plans{grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr))}
.card,.step,.plan,.testimonial,.stat,.faq-item{background:var(--card);border:1px solid var(--border);border-radius:1rem;box-shadow:0 1px 2px var(--shadow)}
.card{padding:1.6rem}
.card-icon{inline-size:2.6rem;block-size:2.6rem;margin-block-end:1.1rem;padding:.55rem;border-radius:.8rem;background:var(--accent-soft);color:var(--link)}
.card-title,.step-title{margin:0 0 .45rem;font-size:1.15rem}
.card p,.step p{margin:0;color:var(--muted)}

.prose{max-inline-size:44rem;font-size:1.1rem}
.prose p{margin:0 0 1.15rem}
.prose p:last-child{margin-block-end:0}

.steps{counter-reset:step;grid-template-columns:repeat(auto-fit,minmax(min(100%,15rem),1fr))}
.step{counter-increment:step;padding:1.6rem}
.step::before{content:counter(step);display:grid;place-items:center;inline-size:2.6rem;block-size:2.6rem;margin-block-end:1.1rem;border-radius:50%;background:var(--accent);color:var(--accent-text);font-weight:800}

.plans{align-items:stretch}
.plan{display:flex;flex-direction:column;gap:1rem;padding:1.85rem;border-radius:1.25rem}
.plan-featured{border:2px solid var(--accent);box-shadow:0 24px 48px -28px var(--shadow)}
.plan-name{margin:0;font-size:1.15rem}
.plan-price{margin:0;color:var(--muted)}
.plan-amount{color:var(--text);font-size:2.3rem;font-weight:800;letter-spacing:-.02em}
.plan-description{margin:0;color:var(--muted)}
.plan-features{display:grid;flex:1;align-content:start;gap:.6rem;margin:0;padding:0;list-style:none}
.plan-features li{display:flex;align-items:flex-start;gap:.6rem}
.plan-check{flex:none;inline-size:1.25rem;block-size:1.25rem;margin-block-start:.2rem;color:var(--link)}
.plan .button{margin-block-start:.5rem}

.faq-list{display:grid;gap:.75rem;max-inline-size:50rem}
.faq-item{padding-inline:1.35rem}
.faq-item summary{display:flex;justify-content:space-between;gap:1rem;padding-block:1.1rem;font-weight:650;list-style:none;cursor:pointer}
.faq-item summary::-webkit-details-marker{display:none}
.faq-item summary::after{content:"+";flex:none;color:var(--link);font-size:1.5rem;line-height:1;transition:transform .2s ease}
.faq-item[open] summary::after{transform:rotate(45deg)}
.faq-item p{margin:0 0 1.2rem;color:var(--muted)}

.testimonials{grid-template-columns:repeat(auto-fit,minmax(min(100%,19rem),1fr))}
.testimonial{display:flex;flex-direction:column;justify-content:space-between;gap:1.25rem;block-size:100%;margin:0;padding:1.85rem}
.testimonial blockquote{margin:0;font-size:1.075rem}
.testimonial blockquote::before{content:"\\201C";display:block;block-size:2rem;color:var(--highlight);font-family:Georgia,serif;font-size:3.5rem;line-height:1}
.testimonial blockquote p{margin:0}
.testimonial figcaption{display:grid;gap:.1rem}
.testimonial-author{font-weight:700}
.testimonial-role{color:var(--muted);font-size:.95rem}

.gallery{grid-template-columns:repeat(auto-fill,minmax(min(100%,15rem),1fr))}
.gallery-item{margin:0}
.gallery-placeholder{aspect-ratio:4/3;overflow:hidden;border-radius:1rem;background:linear-gradient(160deg,var(--accent-soft),var(--surface))}
.gallery-art{inline-size:100%;block-size:100%}
.gallery-sun{fill:var(--highlight)}
.gallery-hill-back{fill:var(--accent);opacity:.35}
.gallery-hill-front{fill:var(--accent);opacity:.75}
.tone-2{background:linear-gradient(200deg,var(--surface),var(--accent-soft))}
.tone-3{background:linear-gradient(135deg,var(--hero-from),var(--hero-to))}
.tone-3 .gallery-hill-back,.tone-3 .gallery-hill-front{fill:var(--hero-text);opacity:.3}
.tone-4{background:linear-gradient(180deg,var(--accent-soft),var(--card))}
.tone-5{background:linear-gradient(120deg,var(--highlight),var(--accent-soft))}
.tone-5 .gallery-sun{fill:var(--card)}
.tone-6{background:linear-gradient(150deg,var(--cta-bg),var(--accent))}
.tone-6 .gallery-hill-back,.tone-6 .gallery-hill-front{fill:var(--cta-text);opacity:.35}
.gallery-item figcaption{margin-block-start:.65rem;color:var(--muted);font-size:.975rem}

.stats{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,9.5rem),1fr));gap:1.25rem;margin:0}
.stat{display:flex;flex-direction:column-reverse;justify-content:flex-end;gap:.3rem;padding:1.6rem;border-block-start:4px solid var(--accent)}
.stat dd{margin:0;font-size:clamp(2rem,1.6rem + 1.5vw,2.8rem);font-weight:800;letter-spacing:-.02em;line-height:1.1}
.stat dt{color:var(--muted)}

.table-scroll{overflow-x:auto;border:1px solid var(--border);border-radius:1rem;background:var(--card)}
.table-scroll table{inline-size:100%;min-inline-size:34rem;border-collapse:collapse}
.table-scroll th,.table-scroll td{padding:.85rem 1.15rem;border-block-end:1px solid var(--border);text-align:start;vertical-align:top}
.table-scroll thead th{background:var(--surface);font-size:.95rem;font-weight:700}
.table-scroll tbody tr:last-child td{border-block-end:0}

.contact-layout{display:grid;gap:2rem}
.contact-copy .section-header{margin:0}
.contact-form{padding:clamp(1.35rem,3vw,2.1rem);border:1px solid var(--border);border-radius:1.25rem;background:var(--card);box-shadow:0 24px 48px -32px var(--shadow)}
.fields{display:grid;gap:1.15rem}
.field{display:grid;gap:.4rem;align-content:start}
.field label{font-size:.95rem;font-weight:650}
.field-required{color:var(--danger)}
.field input,.field select,.field textarea{inline-size:100%;padding:.7rem .85rem;border:1.5px solid var(--field-border);border-radius:.65rem;background:var(--field-bg);color:var(--text);font:inherit}
.field textarea{min-block-size:8rem;resize:vertical}
.field input:focus,.field select:focus,.field textarea:focus{border-color:var(--accent)}
.field input:user-invalid,.field select:user-invalid,.field textarea:user-invalid{border-color:var(--danger)}
.form-actions{display:flex;flex-wrap:wrap;align-items:center;gap:1rem;margin-block-start:1.5rem}
.form-status{margin:0;color:var(--success);font-weight:650}
@media (min-width:40rem){.fields{grid-template-columns:1fr 1fr}.field-wide{grid-column:1/-1}}
@media (min-width:56rem){.contact-layout{grid-template-columns:.8fr 1.2fr;gap:3.5rem;align-items:start}}

.section-cta{padding-block:clamp(2.5rem,6vw,4.5rem)}
.cta-band{display:grid;gap:1.5rem;align-items:center;padding:clamp(2rem,5vw,3.5rem);border-radius:1.5rem;background:var(--cta-bg);color:var(--cta-text)}
.cta-band .section-header{margin:0}
.cta-band .section-intro{color:var(--cta-muted)}
@media (min-width:48rem){.cta-band{grid-template-columns:1fr auto;gap:3rem}}

.site-footer{padding-block:3.25rem 2rem;background:var(--footer-bg);color:var(--footer-text)}
.footer-inner{display:grid;gap:2rem}
.footer-brand{margin:0;font-size:1.15rem;font-weight:750}
.footer-tagline{margin:.4rem 0 0;color:var(--footer-muted)}
.footer-label{margin:0 0 .6rem;color:var(--footer-muted);font-size:.9rem}
.covers-list{display:flex;flex-wrap:wrap;gap:.4rem;margin:0;padding:0;list-style:none}
.covers-list li{padding:.15rem .6rem;border:1px solid var(--footer-border);border-radius:999px;font-size:.875rem;font-variant-numeric:tabular-nums}
.footer-meta{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem 2rem;padding-block-start:1.5rem;border-block-start:1px solid var(--footer-border);color:var(--footer-muted);font-size:.9rem}
.footer-meta p{margin:0}
@media (min-width:48rem){.footer-inner{grid-template-columns:1.3fr 1fr}.footer-meta{grid-column:1/-1}}

.visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.hero-eyebrow{margin:0 0 .9rem;color:var(--hero-muted);font-size:.95rem;font-weight:650;letter-spacing:.08em;text-transform:uppercase}
.hero-highlights{display:flex;flex-wrap:wrap;gap:.5rem;margin:1.5rem 0 0;padding:0;list-style:none}
.hero-highlights li{padding:.4rem .85rem;border:1px solid var(--border);border-radius:999px;background:var(--card);color:var(--text);font-size:.95rem;font-weight:600}
.button-small{min-block-size:2.25rem;padding:.35rem .9rem;font-size:.925rem}
.group-heading{margin:0 0 .9rem;font-size:1.2rem}
.mockup-badge{display:inline-block;margin:0 0 1rem;padding:.2rem .7rem;border:1px dashed var(--field-border);border-radius:999px;color:var(--muted);font-size:.85rem;font-weight:650}
.mockup-note{margin:.75rem 0 0;color:var(--muted);font-size:.875rem}
.supply-notice{max-inline-size:46rem;padding:1.4rem 1.6rem;border:2px dashed var(--field-border);border-radius:1rem;background:var(--card)}
.supply-notice p{margin:0}
.supply-title{margin-block-end:.35rem!important;color:var(--link);font-size:.85rem;font-weight:750;letter-spacing:.06em;text-transform:uppercase}

.proto-form{padding:clamp(1.35rem,3vw,2.1rem);border:1px solid var(--border);border-radius:1.25rem;background:var(--card);box-shadow:0 24px 48px -32px var(--shadow)}
.fields-inline{align-items:end}
.form-status:empty{margin:0;padding:0}
.form-status{margin-block-start:1.25rem;padding:1rem 1.2rem;border-radius:.85rem;background:var(--accent-soft);color:var(--text)}
.form-success{margin:0;color:var(--success);font-weight:700}
.form-reference{margin:.35rem 0 0;font-weight:650}
.form-summary{display:grid;gap:.3rem;margin:.75rem 0 0}
.form-summary div{display:flex;flex-wrap:wrap;gap:.4rem}
.form-summary dt{color:var(--muted)}
.form-summary dt::after{content:":"}
.form-summary dd{margin:0;font-weight:600;overflow-wrap:anywhere}
fieldset.field{margin:0;padding:0;border:0;min-inline-size:0}
fieldset.field legend{padding:0;margin-block-end:.4rem;font-size:.95rem;font-weight:650}
.slot-grid{display:flex;flex-wrap:wrap;gap:.5rem}
.slot{position:relative;display:inline-flex}
.slot input{position:absolute;opacity:0;inline-size:100%;block-size:100%;margin:0;cursor:pointer}
.slot span{padding:.5rem .9rem;border:1.5px solid var(--field-border);border-radius:.65rem;background:var(--field-bg);font-variant-numeric:tabular-nums;font-weight:600}
.slot input:checked+span{border-color:var(--accent);background:var(--accent);color:var(--accent-text)}
.slot input:focus-visible+span{outline:3px solid var(--focus);outline-offset:2px}
.field input[type=file]{padding:.55rem}

.availability-result{margin:1rem 0 0;font-weight:700}
.availability-result:empty{margin:0}
.availability-result.is-free{color:var(--success)}
.availability-result.is-booked{color:var(--danger)}
.availability [data-availability-book]{margin-block-start:.75rem}

.catalogue{display:grid;gap:2rem}
.catalogue-body{display:grid;gap:2rem;min-inline-size:0}
.catalogue-filter{max-inline-size:26rem}
.filter-empty{margin:.5rem 0 0;color:var(--muted)}
.items{display:grid;gap:.75rem;margin:0;padding:0;list-style:none}
.items-cards{grid-template-columns:repeat(auto-fill,minmax(min(100%,16rem),1fr));gap:1.1rem}
.items-cards .item{display:flex;flex-direction:column;gap:.6rem;padding:1.35rem;border:1px solid var(--border);border-radius:1rem;background:var(--card);box-shadow:0 1px 2px var(--shadow)}
.items-list .item{padding-block:.8rem;border-block-end:1px solid var(--border)}
.item[hidden]{display:none}
.item-line{display:flex;align-items:baseline;gap:.6rem}
.item-name{font-weight:700;overflow-wrap:break-word;min-inline-size:0}
.item-leader{flex:1;min-inline-size:1rem;border-block-end:2px dotted var(--border)}
.items-cards .item-line{flex-direction:column;align-items:flex-start;gap:.3rem}
.items-cards .item-leader{display:none}
.items-cards .item-name{font-size:1.1rem}
.items-cards .item-price{font-size:1.25rem}
.item-price{flex:none;color:var(--link);font-weight:750;font-variant-numeric:tabular-nums;white-space:nowrap}
.item-detail{margin:.2rem 0 0;color:var(--muted);font-size:.975rem}
.items-list .item .button{margin-block-start:.5rem}
.items-cards .item .button{align-self:flex-start;margin-block-start:auto}
.cart{align-self:start;padding:1.5rem;border:1px solid var(--border);border-radius:1.25rem;background:var(--card);box-shadow:0 24px 48px -32px var(--shadow)}
.cart-title{margin:0 0 .75rem;font-size:1.2rem}
.cart-empty{margin:0;color:var(--muted)}
.cart-empty[hidden]{display:none}
.cart-items{display:grid;gap:.5rem;margin:0;padding:0;list-style:none}
.cart-line{display:flex;align-items:center;gap:.6rem}
.cart-line span:first-child{flex:1;overflow-wrap:anywhere}
.cart-line-price{font-variant-numeric:tabular-nums;font-weight:650}
.cart-remove{inline-size:2rem;block-size:2rem;border:1px solid var(--field-border);border-radius:.5rem;background:var(--field-bg);color:var(--text);font:inherit;cursor:pointer}
.cart-total{display:flex;justify-content:space-between;margin:1rem 0;padding-block-start:.75rem;border-block-start:1px solid var(--border);font-size:1.1rem}
.cart .form-status{margin-block:1rem 0}
@media (min-width:60rem){.catalogue-with-cart{grid-template-columns:1fr 20rem;align-items:start}.cart{position:sticky;inset-block-start:6rem}}

.calculator{max-inline-size:44rem;padding:clamp(1.35rem,3vw,2.1rem);border:1px solid var(--border);border-radius:1.25rem;background:var(--card)}
.calc-rows{display:grid;gap:.6rem;margin:0;padding:0;list-style:none}
.calc-row{display:grid;grid-template-columns:auto 1fr 5rem;align-items:center;gap:.75rem;padding:.7rem .9rem;border:1px solid var(--border);border-radius:.8rem}
.calc-row input[type=checkbox]{inline-size:1.25rem;block-size:1.25rem;accent-color:var(--accent)}
.calc-label{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem .75rem;cursor:pointer}
.calc-price{color:var(--muted);font-variant-numeric:tabular-nums}
.calc-qty{inline-size:100%;padding:.45rem .5rem;border:1.5px solid var(--field-border);border-radius:.5rem;background:var(--field-bg);color:var(--text);font:inherit}
.calc-total{display:flex;justify-content:space-between;align-items:baseline;margin:1.25rem 0 0;font-size:1.2rem;font-weight:700}
.calc-total output{font-size:1.8rem;font-variant-numeric:tabular-nums}

.people{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr));gap:1.25rem;margin:0;padding:0;list-style:none}
.person{display:flex;gap:1rem;align-items:flex-start;padding:1.35rem;border:1px solid var(--border);border-radius:1rem;background:var(--card)}
.person-avatar{display:grid;flex:none;place-items:center;inline-size:3.75rem;block-size:3.75rem;border-radius:50%;background:var(--accent-soft);color:var(--link);font-size:1.2rem;font-weight:800}
.person-name{margin:0;font-size:1.1rem}
.person-role{margin:.15rem 0 0;color:var(--link);font-weight:600}
.person-detail{margin:.5rem 0 0;color:var(--muted)}

.hours{display:grid;gap:0;max-inline-size:32rem;margin:0}
.hours-row{display:flex;justify-content:space-between;gap:1rem;padding-block:.6rem;border-block-end:1px solid var(--border)}
.hours dt{font-weight:650}
.hours dd{margin:0;font-variant-numeric:tabular-nums;text-align:end}

.contact-details{display:grid;gap:1.5rem}
.detail-card{padding:1.5rem;border:1px solid var(--border);border-radius:1.25rem;background:var(--card)}
.details{display:grid;gap:.9rem;margin:0 0 1.25rem}
.detail dt{color:var(--muted);font-size:.9rem}
.detail dd{margin:0;font-weight:650;overflow-wrap:anywhere}
.map-card{margin:0;overflow:hidden;border:1px solid var(--border);border-radius:1.25rem;background:var(--card)}
.map-art{inline-size:100%;block-size:auto;aspect-ratio:16/10}
.map-land{fill:var(--surface)}
.map-park{fill:var(--accent-soft)}
.map-water{fill:var(--accent);opacity:.18}
.map-road{fill:none;stroke:var(--border);stroke-width:7;stroke-linecap:round}
.map-road-main{stroke:var(--highlight);stroke-width:10;opacity:.7}
.map-pin path{fill:var(--danger)}
.map-pin-dot{fill:var(--card)}
.map-card figcaption{display:grid;gap:.35rem;padding:1rem 1.25rem 1.25rem}
.map-card figcaption span{color:var(--muted)}
@media (min-width:52rem){.contact-details.with-map{grid-template-columns:1fr 1.2fr;align-items:start}}

.events{display:grid;gap:.9rem;margin:0;padding:0;list-style:none;max-inline-size:50rem}
.event{display:flex;gap:1.25rem;align-items:flex-start;padding:1.1rem 1.35rem;border:1px solid var(--border);border-radius:1rem;background:var(--card)}
.event-date{flex:none;min-inline-size:7rem;margin:0;color:var(--link);font-weight:750}
.event-title{margin:0;font-weight:700}
.event-detail{margin:.25rem 0 0;color:var(--muted)}

.articles{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,17rem),1fr));gap:1.25rem;margin:0;padding:0;list-style:none}
.article{overflow:hidden;border:1px solid var(--border);border-radius:1rem;background:var(--card)}
.article-art{block-size:7rem;background:linear-gradient(135deg,var(--accent-soft),var(--surface))}
.article-body{padding:1.25rem}
.article-tag{margin:0;color:var(--link);font-size:.85rem;font-weight:700}
.article-title{margin:.25rem 0 .5rem;font-size:1.15rem}
.article-body p:last-child{margin:0;color:var(--muted)}

.auth{display:grid;gap:1.5rem}
.auth .fields{grid-template-columns:1fr}
@media (min-width:52rem){.auth{grid-template-columns:1fr 1fr;align-items:start}}

.dashboard{padding:clamp(1.35rem,3vw,2rem);border:1px solid var(--border);border-radius:1.25rem;background:var(--card)}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,11rem),1fr));gap:1rem;margin:0 0 1.5rem}
.tile{display:flex;flex-direction:column-reverse;gap:.2rem;padding:1.1rem;border-radius:.9rem;background:var(--surface)}
.tile dd{margin:0;font-size:1.6rem;font-weight:800;overflow-wrap:anywhere}
.tile dt{color:var(--muted);font-size:.9rem}
.dash-rows{display:grid;gap:.5rem;margin:0;padding:0;list-style:none}
.dash-row{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;padding:.8rem 1rem;border:1px solid var(--border);border-radius:.8rem}
.dash-title{flex:1 1 14rem;font-weight:600}
.dash-detail{color:var(--muted)}
.status-pill{padding:.15rem .65rem;border-radius:999px;background:var(--accent-soft);color:var(--link);font-size:.85rem;font-weight:700}

.tracking .fields-inline,.availability .fields-inline{grid-template-columns:minmax(0,1fr) auto}
.track-result{margin-block-start:1.25rem}
.track-result[hidden]{display:none}
.track-result p{margin:0 0 1rem;font-weight:700}
.track-steps{display:grid;gap:.5rem;margin:0;padding:0;list-style:none;counter-reset:track}
.track-step{counter-increment:track;display:flex;align-items:center;gap:.75rem;color:var(--muted)}
.track-step::before{content:counter(track);display:grid;place-items:center;flex:none;inline-size:2rem;block-size:2rem;border:2px solid var(--field-border);border-radius:50%;font-weight:700}
.track-step.is-done{color:var(--text)}
.track-step.is-done::before{content:"✓";border-color:var(--success);color:var(--success)}
.track-step.is-current{color:var(--text);font-weight:750}
.track-step.is-current::before{border-color:var(--accent);background:var(--accent);color:var(--accent-text)}

.language-switch .lang-options{display:flex;flex-wrap:wrap;gap:.5rem}
.lang{padding:.55rem 1.1rem;border:1.5px solid var(--field-border);border-radius:999px;background:var(--field-bg);color:var(--text);font:inherit;font-weight:650;cursor:pointer}
.lang[aria-pressed="true"]{border-color:var(--accent);background:var(--accent);color:var(--accent-text)}

.reviews-layout{display:grid;gap:2rem}
.review-form .fields{grid-template-columns:1fr 1fr}
.stars{color:var(--highlight);letter-spacing:.1em}
@media (min-width:60rem){.reviews-layout{grid-template-columns:1fr 1fr;align-items:start}}
@media (max-width:40rem){.review-form .fields{grid-template-columns:1fr}}

@media (prefers-reduced-motion:reduce){html{scroll-behavior:auto}*,*::before,*::after{transition:none!important}}
`;

/** The shared layout without colours (they come from a theme's custom properties). */
export function layoutStylesheet(): string {
  return LAYOUT_CSS.trimStart();
}

/** `assets/site.css`: the theme's colours followed by the shared layout. */
export function siteStylesheet(theme: ThemeName): string {
  return themeCss(theme) + LAYOUT_CSS.trimStart();
}
