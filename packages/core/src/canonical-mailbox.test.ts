import { describe, expect, it } from 'vitest';
import { canonicalMailbox } from './canonical-mailbox.ts';

describe('canonicalMailbox', () => {
  it('folds every spelling of one Gmail inbox to one identity', () => {
    const spellings = ['ann.b@gmail.com', 'annb+1@gmail.com', 'A.N.N.B@GoogleMail.com', ' annb@gmail.com ', 'ann.b+promo.x@googlemail.com', 'annb@gmail.com.'];
    for (const spelling of spellings) expect(canonicalMailbox(spelling), spelling).toBe('annb@gmail.com');
  });

  it('folds fullwidth and compatibility characters (NFKC) and lower-cases', () => {
    expect(canonicalMailbox('ａｎｎ@ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('ann@example.com');
    expect(canonicalMailbox('Ann@Example.COM')).toBe('ann@example.com');
  });

  it('removes invisible format characters (zero-width space, joiners, BOM, soft hyphen, bidi marks)', () => {
    for (const hidden of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e']) {
      expect(canonicalMailbox(`an${hidden}n@exam${hidden}ple.com`), JSON.stringify(hidden)).toBe('ann@example.com');
    }
  });

  it('removes a +tag on any domain but keeps dots outside Gmail', () => {
    expect(canonicalMailbox('ann.b+news@example.com')).toBe('ann.b@example.com');
    expect(canonicalMailbox('ann.b@example.com')).not.toBe(canonicalMailbox('annb@example.com'));
  });

  it('writes international domain names in ASCII, whatever their spelling', () => {
    expect(canonicalMailbox('ann@bücher.de')).toBe('ann@xn--bcher-kva.de');
    expect(canonicalMailbox('ann@BÜCHER.de')).toBe('ann@xn--bcher-kva.de');
    expect(canonicalMailbox('ann@xn--bcher-kva.de')).toBe('ann@xn--bcher-kva.de');
  });

  it('keeps distinct mailboxes distinct', () => {
    expect(canonicalMailbox('ann@example.com')).not.toBe(canonicalMailbox('anna@example.com'));
    expect(canonicalMailbox('ann@gmail.com')).not.toBe(canonicalMailbox('ann@example.com'));
    // A leading plus is the whole local part, not a tag.
    expect(canonicalMailbox('+ann@example.com')).toBe('+ann@example.com');
  });
});
