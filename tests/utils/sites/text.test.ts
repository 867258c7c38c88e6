import { cleanMultiline, cleanText, emailsIn, normalizeEmail, plainText } from '@/utils/sites/text';

describe('cleanText', () => {
  it('collapses whitespace and trims', () => {
    expect(cleanText('  Alex \n\t  Rivera\u00a0 ', 100)).toBe('Alex Rivera');
  });

  it('never returns an empty string', () => {
    expect(cleanText('', 100)).toBeUndefined();
    expect(cleanText(' \n\u200b\u202e ', 100)).toBeUndefined();
    expect(cleanText(null, 100)).toBeUndefined();
    expect(cleanText(undefined, 100)).toBeUndefined();
  });

  it('strips control, zero-width and bidi characters', () => {
    expect(cleanText('Al\u200bex\u200d R\u2060ive\ufeffra', 100)).toBe('Alex Rivera');
    expect(cleanText('\u202eevil.exe\u202c\u2066x\u2069\u200e\u200f', 100)).toBe('evil.exex');
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f', 100)).toBe('abcdef');
  });

  it('cuts to the limit without splitting a surrogate pair', () => {
    expect(cleanText('x'.repeat(10_000), 200)).toHaveLength(200);
    expect(cleanText('ab😀', 3)).toBe('ab');
    expect(cleanText('abc   def', 4)).toBe('abc');
  });

  it('keeps markup as plain text', () => {
    expect(cleanText('<img src=x onerror=alert(1)>Eve', 100)).toBe(
      '<img src=x onerror=alert(1)>Eve',
    );
  });
});

describe('cleanMultiline', () => {
  it('keeps lines, trims each and shrinks blank runs to one', () => {
    expect(cleanMultiline('  Hi  Alex,\r\n\r\n\r\n\n  Tuesday\u00a0works. \n', 1000)).toBe(
      'Hi Alex,\n\nTuesday works.',
    );
  });

  it('strips invisible characters and cuts', () => {
    expect(cleanMultiline('a\u202e\u200bb\nc', 1000)).toBe('ab\nc');
    expect(cleanMultiline('line\n'.repeat(50_000), 100_000)!.length).toBeLessThanOrEqual(100_000);
    expect(cleanMultiline('\n \n', 10)).toBeUndefined();
  });
});

describe('plainText', () => {
  const el = (build: (root: HTMLElement) => void) => {
    const root = document.createElement('div');
    build(root);
    return root;
  };
  const add = (parent: Element, tag: string, text?: string) => {
    const child = document.createElement(tag);
    if (text !== undefined) child.textContent = text;
    parent.append(child);
    return child;
  };

  it('breaks lines at <br> and block elements, as Gmail writes a draft', () => {
    const root = el((r) => {
      r.append('Hi Alex,');
      add(add(r, 'div'), 'br');
      add(r, 'div', 'Line one');
      add(r, 'p', 'Line two');
      r.append('tail');
    });
    expect(cleanMultiline(plainText(root), 1000)).toBe('Hi Alex,\n\nLine one\nLine two\ntail');
  });

  it('collapses source whitespace like CSS and skips matching elements and scripts', () => {
    const root = el((r) => {
      r.append('\n   one\n   two  ');
      add(r, 'script', 'alert(1)');
      add(r, 'div', 'quoted').className = 'gmail_quote';
      add(r, 'div', 'kept');
    });
    expect(cleanMultiline(plainText(root, '.gmail_quote'), 1000)).toBe('one two\nkept');
  });
});

describe('emails', () => {
  it('normalizes one address and rejects others', () => {
    expect(normalizeEmail(' Alex@Example.COM ')).toBe('alex@example.com');
    expect(normalizeEmail('alex@example')).toBeUndefined();
    expect(normalizeEmail('Alex Rivera')).toBeUndefined();
    expect(normalizeEmail('<alex@example.com>')).toBeUndefined();
  });

  it('finds every address in a text', () => {
    expect(emailsIn('Re: a@b.co - Inbox - Jane@Example.com - Gmail')).toEqual([
      'a@b.co',
      'jane@example.com',
    ]);
    expect(emailsIn('Google Account: Jane Doe (jane@example.com)')).toEqual(['jane@example.com']);
  });
});
