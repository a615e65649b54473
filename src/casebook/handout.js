(function () {
  var root = document.documentElement;
  root.classList.remove('no-js');
  // The answers travel encoded (base64 of UTF-8), so that they are not
  // read in the page's source by accident; they are put in place here.
  function decode(s) {
    var bin = atob(s);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return new TextDecoder('utf-8').decode(bytes);
  }
  document.querySelectorAll('.answer-body[data-answer]').forEach(function (el) {
    el.innerHTML = decode(el.getAttribute('data-answer'));
    el.removeAttribute('data-answer');
  });
  var words = document.body.dataset;
  function say(pattern, answer, chosen) {
    return pattern.split('{answer}').join(answer).split('{chosen}').join(chosen);
  }
  function label(c, v) {
    var b = c.querySelector('button[data-option="' + v + '"]');
    return b ? b.textContent : v;
  }
  document.addEventListener('click', function (ev) {
    var t = ev.target;
    if (!(t instanceof Element)) return;
    var tool = t.closest('button[data-all]');
    if (tool) {
      var open = tool.getAttribute('data-all') === 'open';
      document.querySelectorAll('details.answer').forEach(function (d) { d.open = open; });
      return;
    }
    var b = t.closest('.options button[data-option]');
    if (!b) return;
    var c = b.closest('.case');
    var key = decode(c.getAttribute('data-key') || '').split(' ');
    var right = key[0];
    var labels = key.slice(1);
    var chosen = b.getAttribute('data-option');
    c.querySelectorAll('.options button').forEach(function (o) {
      o.classList.remove('right', 'wrong', 'answer-mark');
      o.setAttribute('aria-pressed', o === b ? 'true' : 'false');
      if (o !== b && o.getAttribute('data-option') === right) o.classList.add('answer-mark');
    });
    var fb = c.querySelector('.feedback');
    if (chosen === right) {
      b.classList.add('right');
      fb.className = 'feedback right';
      fb.textContent = say(words.right, label(c, right), label(c, chosen));
    } else {
      b.classList.add('wrong');
      fb.className = 'feedback wrong';
      fb.textContent = say(labels.indexOf(chosen) >= 0 ? words.partly : words.wrong,
        label(c, right), label(c, chosen));
    }
    c.querySelector('details.answer').open = true;
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details.answer').forEach(function (d) {
      d.setAttribute('data-was-open', d.open ? '1' : '0');
      d.open = true;
    });
  });
  window.addEventListener('afterprint', function () {
    document.querySelectorAll('details.answer').forEach(function (d) {
      d.open = d.getAttribute('data-was-open') === '1';
    });
  });
})();
