// Search, in the browser, over the index `portal build` writes into
// search-index/ (see generator/output/search_index.h). Progressive
// enhancement: without this script the search page says that search needs
// JavaScript and links the lists. The query lives in the URL (?q=…), so a
// search can be linked, reloaded and left with the back button.
(function () {
  'use strict';
  var app = document.getElementById('search-app');
  var form = document.getElementById('search-form');
  if (!app || !form || !window.fetch || !''.normalize) return;

  var base = app.getAttribute('data-index');
  var pageLang = document.documentElement.lang;
  var input = form.elements.q;
  var statusEl = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var PAGE = 10, KINDS = ['paper', 'event', 'topic', 'author'];
  var meta = null, foldMap = {}, cache = {}, state = null, seq = 0;

  // Notes and names of each language, in the page's language.
  var notes = {}, names = {};
  app.querySelectorAll('[data-note-for]').forEach(function (li) {
    notes[li.getAttribute('data-note-for')] = li.textContent;
    names[li.getAttribute('data-note-for')] = li.getAttribute('data-name');
  });
  var text = function (key) { return app.getAttribute('data-' + key) || ''; };

  function get(path) {
    if (!cache[path]) cache[path] = fetch(base + path).then(function (r) {
      if (!r.ok) throw new Error(path + ': ' + r.status);
      return r.json();
    });
    return cache[path];
  }

  // ---- the same normalisation as generator/text/search_terms.cpp ----------
  var segmenter = window.Intl && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'word' }) : null;
  function words(s) {
    var out = [];
    if (segmenter) {
      for (var seg of segmenter.segment(s)) if (seg.isWordLike) out.push({ word: seg.segment, at: seg.index });
    } else {
      var re = /[\p{L}\p{N}\p{M}]+/gu, m;
      while ((m = re.exec(s))) out.push({ word: m[0], at: m.index });
    }
    return out;
  }
  function fold(w) {
    var s = w.toLowerCase().normalize('NFD').replace(/\p{Mn}/gu, ''), out = '';
    for (var ch of s) out += Object.prototype.hasOwnProperty.call(foldMap, ch) ? foldMap[ch] : ch;
    meta.rewrites.forEach(function (r) { out = out.split(r[0]).join(r[1]); });
    return out.normalize('NFC');
  }

  // ---- shards ---------------------------------------------------------------
  // Shards hold consecutive keys; meta.shards lists the first key of each.
  function ownShard(key) {
    var lo = 0, hi = meta.shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (meta.shards[mid] <= key) lo = mid; else hi = mid - 1;
    }
    return lo;
  }
  function shardsFor(key, prefix) {
    var out = [ownShard(key)];
    for (var i = out[0] + 1; prefix && i < meta.shards.length && out.length < 4 && meta.shards[i].indexOf(key) === 0; i++) out.push(i);
    return Promise.all(out.map(function (i) { return get('s/' + i + '.json'); }));
  }

  // ---- matching: exact spelling > loose key > stem > prefix -----------------
  // A hit scores its quality (how the spelling matched; the query's own
  // script first) times the logarithm of its weight in the result. A spelling
  // with more postings than its shard holds ends in [total, k]: the rest are
  // in m/<k>.json, matched once `overflow` (k → postings) has them.
  var CYRILLIC = /[\u0400-\u04ff]/;
  function matchWord(q, shards, prefix, overflow) {
    var hits = {}, marks = [q.loose], cyr = CYRILLIC.test(q.exact[0]), cut = {};
    function post(list, from, weight) {
      for (var i = from; i + 2 < list.length; i += 3) {
        var d = list[i], s = Math.log2(1 + list[i + 2]) * weight;
        if (!hits[d] || hits[d].score < s) hits[d] = { score: s, passage: list[i + 1] };
      }
    }
    function add(sp, same, other) {
      var weight = CYRILLIC.test(sp[0]) === cyr ? same : other;
      post(sp, 2, weight);
      if ((sp.length - 2) % 3 === 2) {
        var k = sp[sp.length - 1];
        if (overflow[k]) post(overflow[k], 0, weight);
        else cut[k] = sp[sp.length - 2];
      }
    }
    var own = shards[0] || {}, entry = own[q.loose], stems = {};
    if (entry) entry.forEach(function (sp) {
      if (q.exact.indexOf(sp[0]) >= 0) add(sp, 1, 1);
      else add(sp, 0.8, 0.5);
      if (sp[1]) stems[sp[1]] = 1;
    });
    else {  // a form the texts do not have: the longest known stem it starts with
      var best = 0;
      Object.keys(own).forEach(function (k) {
        own[k].forEach(function (sp) {
          var st = sp[1];
          if (st && st.length >= 3 && st.length >= best && q.loose.indexOf(st) === 0) {
            if (st.length > best) { stems = {}; best = st.length; }
            stems[st] = 1;
          }
        });
      });
    }
    Object.keys(stems).forEach(function (st) { marks.push(st); });
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (k) {
        if (k === q.loose) return;
        var isPrefix = prefix && k.indexOf(q.loose) === 0;
        shard[k].forEach(function (sp) {
          if (sp[1] && stems[sp[1]]) add(sp, 0.6, 0.35);
          else if (isPrefix) add(sp, 0.3, 0.2);
        });
      });
    });
    return { hits: hits, marks: marks, cut: cut };
  }

  function parseQuery(s) {
    return words(s).map(function (w) {
      return { loose: fold(w.word), exact: [w.word.toLowerCase().normalize('NFC'), w.word.toLocaleLowerCase('tr').normalize('NFC')] };
    }).filter(function (q) { return q.loose.length > 0; });
  }

  // The results of a query, best first; `overflow` holds the overflow files
  // loaded so far. `cut` lists those the results still lack (k → the total of
  // postings of its spelling), `least` is the number of results there are at least.
  function search(qs, overflow) {
    overflow = overflow || {};
    return Promise.all(qs.map(function (q, i) {
      var prefix = i === qs.length - 1 || q.loose.length >= 3;
      return shardsFor(q.loose, prefix && q.loose.length >= 2).then(function (sh) { return matchWord(q, sh, prefix, overflow); });
    })).then(function (matches) {
      var docs = {}, cut = {};
      matches.forEach(function (m, w) {
        Object.keys(m.cut).forEach(function (k) { cut[k] = m.cut[k]; });
        Object.keys(m.hits).forEach(function (d) {
          var h = m.hits[d], r = docs[d] || (docs[d] = { doc: +d, words: 0, score: 0, passages: {} });
          r.words++;
          r.score += h.score;
          var p = r.passages[h.passage] || (r.passages[h.passage] = { words: 0, score: 0 });
          p.words++;
          p.score += h.score;
        });
      });
      var results = Object.keys(docs).map(function (d) {
        var r = docs[d], best = { n: -1, words: 0, score: 0 };  // -1: titles only
        Object.keys(r.passages).forEach(function (p) {
          var x = r.passages[p];
          if (+p < 0) return;
          if (best.n < 0 || x.words > best.words || (x.words === best.words && x.score > best.score)) best = { n: +p, words: x.words, score: x.score };
        });
        r.passage = best.n;
        return r;
      });
      results.sort(function (a, b) { return b.words - a.words || b.score - a.score || a.doc - b.doc; });
      var least = results.length;
      Object.keys(cut).forEach(function (k) { least = Math.max(least, cut[k]); });
      return { results: results, marks: matches.map(function (m) { return m.marks; }), cut: cut, least: least };
    });
  }

  // Loads the overflow files the results of `s` lack and searches again; the
  // results already shown keep their places, the others follow in order.
  function complete(s) {
    var ks = Object.keys(s.cut), gen = s.gen;
    return Promise.all(ks.map(function (k) { return get('m/' + k + '.json'); })).then(function (lists) {
      ks.forEach(function (k, i) { s.overflow[k] = lists[i]; });
      return search(s.qs, s.overflow);
    }).then(function (found) {
      if (gen !== s.gen) return;  // shown anew meanwhile
      var kept = s.shown.slice(0, s.next), seen = {};
      kept.forEach(function (r) { seen[r.doc] = 1; });
      s.results = kept.concat(found.results.filter(function (r) { return !seen[r.doc]; }));
      s.cut = found.cut;
      s.least = found.least;
      s.shown = kept.concat(s.results.slice(kept.length).filter(function (r) { return passes(r.doc, s.filter); }));
    });
  }
  function partial(s) { return Object.keys(s.cut).length > 0; }

  // ---- filters ----------------------------------------------------------------
  function kindOf(doc) {
    for (var i = 0, end = 0; i < KINDS.length; i++) if (doc < (end += meta.counts[KINDS[i]])) return KINDS[i];
    return '';
  }
  function passes(doc, f) {
    var w = meta.attr_width, a = meta.attrs.substr(doc * w, w);
    if (f.kind && kindOf(doc) !== f.kind) return false;
    if (f.lang !== '' && a[0] !== f.lang) return false;
    var year = +a.substr(1, 4);
    if ((f.from || f.to) && !year) return false;
    if (f.from && year < f.from) return false;
    if (f.to && year > f.to) return false;
    if (f.topic !== '') {
      var t = +f.topic, nib = parseInt(a[w - 1 - Math.floor(t / 4)], 16);
      if (!(nib & (1 << (t % 4)))) return false;
    }
    return true;
  }
  function filters() {
    var e = form.elements;
    return { kind: e.kind.value, topic: e.topic.value, lang: e.lang.value, from: +e.from.value || 0, to: +e.to.value || 0 };
  }

  // ---- showing results --------------------------------------------------------
  function pick(values) {
    var chain = [pageLang].concat(meta.fallback[pageLang] || []);
    for (var i = 0; i < chain.length; i++) if (values[chain[i]] !== undefined) return chain[i];
    return Object.keys(values)[0];
  }
  function langRank(l) {
    var chain = [pageLang].concat(meta.fallback[pageLang] || []), i = chain.indexOf(l);
    return i < 0 ? chain.length : i;
  }
  function span(tag, cls, content, lang) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    if (content !== undefined) el.textContent = content;
    if (lang && lang !== pageLang) el.lang = lang;
    return el;
  }
  function plural(pattern, n) {
    var cat = new Intl.PluralRules(pageLang).select(n), forms = {}, re = /(=\d+|\w+)\s*\{([^{}]*)\}/g, m;
    while ((m = re.exec(pattern.replace(/^\{\s*\w+\s*,\s*plural\s*,/, '')))) forms[m[1]] = m[2];
    var form = forms['=' + n] !== undefined ? forms['=' + n] : forms[cat] !== undefined ? forms[cat] : forms.other || '';
    return form.replace(/#/g, new Intl.NumberFormat(pageLang).format(n));
  }
  function excerpt(el, passage, marks) {
    var s = passage[2], hits = words(s).filter(function (w) {
      var k = fold(w.word);
      return marks.some(function (group) { return group.some(function (m) { return k.indexOf(m) === 0; }); });
    });
    var from = 0, to = s.length;
    if (s.length > 260) {
      from = hits.length ? Math.max(0, hits[0].at - 80) : 0;
      if (from > 0) from = s.indexOf(' ', from) + 1 || from;
      to = Math.min(s.length, from + 260);
      if (to < s.length) to = s.lastIndexOf(' ', to) > from ? s.lastIndexOf(' ', to) : to;
    }
    if (from > 0) el.appendChild(document.createTextNode('…'));
    var at = from;
    hits.forEach(function (h) {
      if (h.at < at || h.at + h.word.length > to) return;
      el.appendChild(document.createTextNode(s.slice(at, h.at)));
      el.appendChild(span('mark', '', h.word));
      at = h.at + h.word.length;
    });
    el.appendChild(document.createTextNode(s.slice(at, to)));
    if (to < s.length) el.appendChild(document.createTextNode('…'));
  }
  // A paper's passage n is the (n % chunk_ids)-th of its file r/<doc>-<n / chunk_ids>;
  // other results come in groups, each with all its passages.
  function resultFile(r) {
    var papers = meta.counts.paper;
    if (r.doc < papers) {
      var chunk = Math.max(0, Math.floor(r.passage / meta.chunk_ids));
      return get('r/' + r.doc + '-' + chunk + '.json').then(function (d) { return { d: d, at: r.passage % meta.chunk_ids }; });
    }
    var n = r.doc - papers;
    return get('g/' + Math.floor(n / meta.group) + '.json').then(function (g) { return { d: g[n % meta.group], at: r.passage }; });
  }
  function renderResult(r, marks) {
    return resultFile(r).then(function (got) {
        var d = got.d, passage = d.p[got.at];
        if (r.passage < 0)  // found by its title: the first passage in the reader's language
          passage = d.p.slice().sort(function (a, b) { return langRank(a[1]) - langRank(b[1]); })[0];
        var li = span('li', 'search-result');
        var info = [text('kind-' + d.k)];
        if (d.y) info.push(String(d.y));
        if (d.l) info.push(names[d.l] || d.l);
        li.appendChild(span('p', 'result-kind', info.join(' · ')));
        var h = span('h2', 'result-title'), tl = pick(d.t), a = document.createElement('a');
        a.href = '../' + d.u + (passage && passage[0] ? '#' + passage[0] : '');
        a.appendChild(span('span', '', d.t[tl], tl));
        h.appendChild(a);
        if (tl !== pageLang && !d.n && notes[tl]) h.appendChild(span('small', 'fallback-note', ' (' + notes[tl] + ')'));
        li.appendChild(h);
        if (d.a.length) {
          var au = span('p', 'result-authors');
          d.a.forEach(function (name, i) {
            var l = pick(name);
            if (i) au.appendChild(document.createTextNode(', '));
            au.appendChild(span('span', '', name[l], l));
          });
          li.appendChild(au);
        }
        if (passage) {
          var ex = span('p', 'result-excerpt', undefined, passage[1]);
          if (passage[1] === pageLang) ex.removeAttribute('lang');
          excerpt(ex, passage, marks);
          li.appendChild(ex);
        }
        return li;
      });
  }

  // The live region: how many results there are (at least, while overflow
  // files are not loaded) and, while there are more, how many are shown.
  function announce(s) {
    var n = new Intl.NumberFormat(pageLang).format(s.next);
    var all = partial(s) ? plural(text('count-least'), s.least) : plural(text('count'), s.shown.length);
    statusEl.textContent = more.hidden ? all : all + ', ' + text('shown').replace('{count}', n);
  }

  // The next PAGE results; when the loaded ones run short, the overflow files
  // first. `focus`: the first new result's link takes the focus (the button
  // was used, and may go away).
  function showMore(focus) {
    var s = state, gen = s.gen;
    if (s.busy) return Promise.resolve();
    s.busy = true;
    var ready = Promise.resolve();
    if (partial(s) && s.next + PAGE > s.shown.length) {
      statusEl.textContent = text('loading');
      ready = complete(s);
    }
    return ready.then(function () {
      var batch = s.shown.slice(s.next, s.next + PAGE);
      return Promise.all(batch.map(function (r) { return renderResult(r, s.marks); }));
    }).then(function (items) {
      if (s !== state || gen !== s.gen) return;
      s.busy = false;
      s.next += items.length;
      items.forEach(function (li) { list.appendChild(li); });
      more.hidden = s.next >= s.shown.length && !partial(s);
      announce(s);
      // The overflow may bring no result not shown yet: then the last one.
      var to = items.length ? items[0] : list.lastElementChild;
      if (focus && to) to.querySelector('a').focus();
    }, function (e) { if (gen === s.gen) s.busy = false; throw e; });
  }

  function filtering(f) { return !!(f.kind || f.topic !== '' || f.lang !== '' || f.from || f.to); }

  function show() {
    if (!state) return Promise.resolve();
    var s = state;
    s.gen++;
    s.busy = false;
    s.filter = filters();
    s.shown = [];
    s.next = 0;
    if (partial(s) && filtering(s.filter)) {  // a filter must see every result: load them first
      statusEl.textContent = text('loading');
      return complete(s).then(function () { if (s === state) return show(); });
    }
    s.shown = s.results.filter(function (r) { return passes(r.doc, s.filter); });
    list.textContent = '';
    if (!s.shown.length) {
      statusEl.textContent = text('none').replace('{query}', s.query) + ' ' + text('hint');
      more.hidden = true;
      return Promise.resolve();
    }
    return showMore(false);
  }

  function run(query) {
    var my = ++seq, qs = query.trim() ? parseQuery(query) : [];
    if (!qs.length) {
      state = null;
      list.textContent = '';
      statusEl.textContent = '';
      more.hidden = true;
      return Promise.resolve();
    }
    statusEl.textContent = text('loading');
    return search(qs).then(function (found) {
      if (my !== seq) return;
      state = { query: query.trim(), qs: qs, results: found.results, marks: found.marks, cut: found.cut, least: found.least,
                overflow: {}, shown: [], next: 0, filter: {}, gen: 0, busy: false };
      return show();
    });
  }

  // ---- the URL ---------------------------------------------------------------
  var FIELDS = ['q', 'kind', 'topic', 'lang', 'from', 'to'];
  function toUrl(push) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (k) { if (form.elements[k].value) params.set(k, form.elements[k].value); });
    var url = '?' + params.toString();
    if (url === location.search) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  function fromUrl() {
    var params = new URLSearchParams(location.search);
    FIELDS.forEach(function (k) { form.elements[k].value = params.get(k) || ''; });
    return run(input.value);
  }
  function fail() { statusEl.textContent = text('error'); }

  get('meta.json').then(function (m) {
    meta = m;
    m.fold.forEach(function (p) { foldMap[p[0]] = p[1]; });
    document.getElementById('search-nojs').hidden = true;
    app.hidden = false;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      toUrl(true);
      run(input.value).catch(fail);
    });
    var typing = 0, lastPushed = input.value;
    input.addEventListener('input', function () {
      clearTimeout(typing);
      typing = setTimeout(function () {
        toUrl(lastPushed === '' && input.value !== '');
        lastPushed = input.value;
        run(input.value).catch(fail);
      }, 200);
    });
    form.addEventListener('change', function (e) {
      if (e.target === input) return;
      toUrl(false);
      show();
    });
    more.addEventListener('click', function () { if (state) showMore(true).catch(fail); });
    window.addEventListener('popstate', function () { fromUrl().catch(fail); });
    window.portalSearch = { fold: fold, words: words, search: function (q) { return search(parseQuery(q)); } };  // for the tests
    return fromUrl();
  }).catch(fail);
})();
