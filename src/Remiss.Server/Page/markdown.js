// The Markdown the remiss file's prose fields hold (FORMAT.md §1: paragraphs, "-" and "1." lists, **bold**,
// *italic*, links), shown beside the text area as the officer types. Built from DOM nodes with textContent only:
// no HTML from the text ever reaches the page. The documents themselves are rendered by the server.
'use strict';

window.Markdown = (() => {
  function inline(text) {
    const nodes = [];
    const pattern = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
    let last = 0;
    let match;
    while ((match = pattern.exec(text)) !== null) {
      if (match.index > last) nodes.push(document.createTextNode(text.slice(last, match.index)));
      if (match[1] !== undefined) nodes.push(wrap('strong', inline(match[1])));
      else if (match[2] !== undefined) nodes.push(wrap('em', inline(match[2])));
      else {
        // Only web and e-mail links become links; anything else (javascript: …) stays text.
        const safe = /^(https?:|mailto:)/i.test(match[4]);
        const node = safe ? wrap('a', inline(match[3])) : wrap('span', inline(match[3]));
        if (safe) { node.setAttribute('href', match[4]); node.setAttribute('rel', 'noopener noreferrer'); node.setAttribute('target', '_blank'); }
        nodes.push(node);
      }
      last = pattern.lastIndex;
    }
    if (last < text.length) nodes.push(document.createTextNode(text.slice(last)));
    return nodes;
  }

  function wrap(tag, children) {
    const node = document.createElement(tag);
    node.append(...children);
    return node;
  }

  // Blocks: paragraphs separated by blank lines; a run of "- " or "1. " lines is a list.
  function render(text) {
    const fragment = document.createDocumentFragment();
    const lines = String(text || '').replace(/\r\n?/g, '\n').split('\n');
    let paragraph = [];
    let list = null;
    const flush = () => {
      if (paragraph.length > 0) fragment.append(wrap('p', inline(paragraph.join(' '))));
      paragraph = [];
    };
    for (const raw of lines) {
      const line = raw.trim();
      const bullet = /^[-*+]\s+(.*)$/.exec(line);
      const number = /^\d+[.)]\s+(.*)$/.exec(line);
      if (bullet || number) {
        flush();
        const tag = bullet ? 'ul' : 'ol';
        if (!list || list.tagName.toLowerCase() !== tag) { list = document.createElement(tag); fragment.append(list); }
        list.append(wrap('li', inline((bullet || number)[1])));
      } else if (line === '') {
        flush();
        list = null;
      } else if (list && /^\s{2,}/.test(raw)) {
        list.lastChild.append(' ', ...inline(line)); // a list item's continued line
      } else {
        list = null;
        paragraph.push(line);
      }
    }
    flush();
    return fragment;
  }

  return { render };
})();
