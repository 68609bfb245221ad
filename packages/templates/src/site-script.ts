/**
 * `assets/site.js`. A prototype's interactive parts are for show and work without a server:
 * forms validate with the browser's own constraint validation and then confirm, repeating what was
 * entered (with a made-up reference where a real site would issue one); availability, tracking,
 * the cart and the calculator answer from sample data in the page. Nothing is sent anywhere (the
 * CSP's `connect-src 'none'` and `form-action 'none'` would block it anyway). Written as plain ES5
 * so it runs in any browser a customer may open the prototype in.
 */
export const SITE_SCRIPT = `'use strict';
(function () {
  var lang = document.documentElement.lang || 'en';
  function each(selector, root, fn) { Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn); }
  function el(tag, className, text) { var node = document.createElement(tag); if (className) node.className = className; if (text !== undefined) node.textContent = text; return node; }
  function formatAmount(amount, pattern) {
    var decimals = Math.round(amount * 100) % 100 !== 0;
    var text = amount.toLocaleString(lang, { minimumFractionDigits: decimals ? 2 : 0, maximumFractionDigits: 2 });
    return (pattern || '#').replace('#', text);
  }
  function labelOf(form, control) {
    var fieldset = control.closest('fieldset');
    if (control.type === 'radio' && fieldset) { var legend = fieldset.querySelector('legend'); return legend ? legend.textContent.replace('*', '').trim() : control.name; }
    var label = control.id ? form.querySelector('label[for="' + control.id + '"]') : null;
    return label ? label.textContent.replace('*', '').trim() : control.name;
  }
  function summary(form) {
    var list = el('dl', 'form-summary');
    each('input, select, textarea', form, function (control) {
      if (!control.name || control.type === 'password' || control.type === 'hidden' || control.type === 'search') return;
      if ((control.type === 'radio' || control.type === 'checkbox') && !control.checked) return;
      var value = control.type === 'file' ? Array.prototype.map.call(control.files || [], function (f) { return f.name; }).join(', ') : control.value;
      if (!value) return;
      var row = el('div');
      row.appendChild(el('dt', '', labelOf(form, control)));
      row.appendChild(el('dd', '', value));
      list.appendChild(row);
    });
    return list;
  }

  each('form[data-prototype-form]', null, function (form) {
    var status = form.querySelector('[data-form-status]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!form.checkValidity()) { form.reportValidity(); return; }
      if (status) {
        status.textContent = '';
        status.appendChild(el('p', 'form-success', form.getAttribute('data-success-message') || ''));
        var prefix = form.getAttribute('data-reference');
        if (prefix) status.appendChild(el('p', 'form-reference', (form.getAttribute('data-reference-label') || '') + ' ' + prefix + '-' + String(Math.floor(100000 + Math.random() * 900000))));
        if (form.hasAttribute('data-summary')) status.appendChild(summary(form));
      }
      form.reset();
    });
  });

  each('form[data-availability]', null, function (form) {
    var result = form.querySelector('[data-availability-result]');
    var book = form.querySelector('[data-availability-book]');
    var booked = (form.getAttribute('data-booked') || '').split(' ').filter(Boolean).map(Number);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!form.checkValidity()) { form.reportValidity(); return; }
      var value = form.querySelector('input[type="date"]').value;
      var day = Number(value.slice(8, 10));
      var date = new Date(value + 'T12:00:00');
      var shown = isNaN(date.getTime()) ? value : date.toLocaleDateString(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
      var free = booked.indexOf(day) === -1;
      result.textContent = (form.getAttribute(free ? 'data-free-message' : 'data-booked-message') || '').replace('{date}', shown);
      result.className = 'availability-result ' + (free ? 'is-free' : 'is-booked');
      if (book) book.hidden = !free;
    });
  });

  each('form[data-tracking]', null, function (form) {
    var result = form.querySelector('[data-track-result]');
    var status = form.querySelector('[data-track-status]');
    var steps = form.querySelectorAll('[data-track-step]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!form.checkValidity()) { form.reportValidity(); return; }
      var reference = form.querySelector('input').value.trim();
      var hash = 0;
      for (var i = 0; i < reference.length; i++) hash = (hash * 31 + reference.charCodeAt(i)) % 9973;
      var current = hash % steps.length;
      Array.prototype.forEach.call(steps, function (step, index) {
        step.className = 'track-step' + (index < current ? ' is-done' : index === current ? ' is-current' : '');
        if (index === current) step.setAttribute('aria-current', 'step'); else step.removeAttribute('aria-current');
      });
      status.textContent = (status.getAttribute('data-template') || '').replace('{reference}', reference).replace('{status}', steps[current].textContent);
      result.hidden = false;
    });
  });

  each('[data-cart]', null, function (shop) {
    var pattern = shop.getAttribute('data-pattern');
    var list = shop.querySelector('[data-cart-items]');
    var total = shop.querySelector('[data-cart-total]');
    var empty = shop.querySelector('[data-cart-empty]');
    var status = shop.querySelector('[data-cart-status]');
    var lines = [];
    function render() {
      list.textContent = '';
      var sum = 0;
      lines.forEach(function (line, index) {
        sum += line.amount * line.count;
        var item = el('li', 'cart-line');
        item.appendChild(el('span', '', line.count + ' × ' + line.name));
        item.appendChild(el('span', 'cart-line-price', formatAmount(line.amount * line.count, pattern)));
        var remove = el('button', 'cart-remove', '×');
        remove.type = 'button';
        remove.setAttribute('aria-label', (shop.getAttribute('data-remove-label') || '') + ' ' + line.name);
        remove.addEventListener('click', function () { lines.splice(index, 1); render(); });
        item.appendChild(remove);
        list.appendChild(item);
      });
      total.textContent = formatAmount(sum, pattern);
      empty.hidden = lines.length > 0;
    }
    each('[data-add]', shop, function (button) {
      button.addEventListener('click', function () {
        var name = button.getAttribute('data-name');
        var found = lines.filter(function (line) { return line.name === name; })[0];
        if (found) found.count += 1; else lines.push({ name: name, amount: Number(button.getAttribute('data-amount')), count: 1 });
        status.textContent = '';
        render();
      });
    });
    var checkout = shop.querySelector('[data-cart-checkout]');
    checkout.addEventListener('click', function () {
      if (lines.length === 0) { status.textContent = empty.textContent; return; }
      status.textContent = (shop.getAttribute('data-checkout-message') || '').replace('{total}', total.textContent);
      lines = [];
      render();
    });
    render();
  });

  each('[data-filter]', null, function (box) {
    var query = box.querySelector('[data-filter-input]');
    var none = box.querySelector('[data-filter-empty]');
    query.addEventListener('input', function () {
      var q = query.value.trim().toLocaleLowerCase(lang);
      var shown = 0;
      each('[data-filter-item]', box, function (item) {
        var match = q === '' || item.textContent.toLocaleLowerCase(lang).indexOf(q) !== -1;
        item.hidden = !match;
        if (match) shown += 1;
      });
      none.hidden = shown > 0;
    });
  });

  each('[data-calculator]', null, function (calc) {
    var pattern = calc.getAttribute('data-pattern');
    var output = calc.querySelector('[data-calc-total]');
    function update() {
      var sum = 0;
      each('[data-calc-row]', calc, function (row) {
        var quantity = Math.max(1, Number(row.querySelector('[data-calc-qty]').value) || 1);
        if (row.querySelector('[data-calc-pick]').checked) sum += Number(row.getAttribute('data-amount')) * quantity;
      });
      output.textContent = formatAmount(sum, pattern);
    }
    calc.addEventListener('input', update);
    calc.addEventListener('change', update);
    update();
  });

  each('[data-language-switch]', null, function (box) {
    var status = box.querySelector('[data-lang-status]');
    each('[data-lang-option]', box, function (button) {
      button.addEventListener('click', function () {
        each('[data-lang-option]', box, function (other) { other.setAttribute('aria-pressed', other === button ? 'true' : 'false'); });
        status.textContent = (box.getAttribute('data-message') || '').replace('{language}', button.textContent);
      });
    });
  });
})();
`;
