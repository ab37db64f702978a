import { describe, expect, it } from 'vitest';
import { escapeHtml, link, renderMail } from './mail-template.js';

const context = { publicUrl: 'https://policyops.example.com' };

describe('renderMail', () => {
  it('renders text and HTML from one template, with the action link and the PUBLIC_URL footer', () => {
    const mail = renderMail(
      {
        subject: 'Sign-off requested',
        paragraphs: [['Ada asked you to sign off ', link('/change-requests/42', 'CR-42'), '.']],
        action: { href: '/change-requests/42/sign-offs', label: 'Sign off' },
      },
      context,
    );
    expect(mail.text).toBe(
      [
        'Ada asked you to sign off CR-42 (https://policyops.example.com/change-requests/42).',
        'Sign off: https://policyops.example.com/change-requests/42/sign-offs',
        '-- ',
        'Sent by PolicyOps at policyops.example.com (https://policyops.example.com/). Your profile and sessions: your account (https://policyops.example.com/account).',
      ].join('\n\n'),
    );
    expect(mail.html).toContain(
      '<p>Ada asked you to sign off <a href="https://policyops.example.com/change-requests/42">CR-42</a>.</p>',
    );
    expect(mail.html).toContain('<a href="https://policyops.example.com/change-requests/42/sign-offs"');
    expect(mail.html).toContain('<a href="https://policyops.example.com/account">your account</a>');
  });

  it('escapes every value in the HTML part: text, link labels, URLs and the subject', () => {
    const evil = `"><img src=x onerror=alert(1)> & 'quoted'`;
    const mail = renderMail(
      { subject: evil, paragraphs: [[evil, link(`/search?q=${encodeURIComponent(evil)}&x="1"`, evil)]] },
      context,
    );
    expect(mail.html).not.toMatch(/<img|onerror=alert\(1\)>/);
    expect(mail.html).toContain(`<title>${escapeHtml(evil)}</title>`);
    expect(mail.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &#39;quoted&#39;');
    expect(mail.html).toMatch(/href="https:\/\/policyops\.example\.com\/search\?q=[^"]*&amp;x=%221%22"/);
    expect(mail.text).toContain(evil);
  });

  it('refuses links that are not http(s), such as javascript: URLs', () => {
    expect(() => renderMail({ subject: 's', paragraphs: [[link('javascript:alert(1)', 'x')]] }, context)).toThrow(
      /http\(s\)/,
    );
    expect(() =>
      renderMail({ subject: 's', paragraphs: [], action: { href: 'data:text/html,hi', label: 'Open' } }, context),
    ).toThrow(/http\(s\)/);
  });
});
