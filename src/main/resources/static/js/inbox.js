// Conversaciones: the parts of the inbox page redraw themselves from the server (htmx fragments); this script wires
// keyboard use, the composer, error messages, and live updates (Server-Sent Events from /live/events).
(function () {
  "use strict";
  var inbox = document.getElementById("inbox");
  if (!inbox) return;

  function currentId() {
    var area = document.getElementById("conversation-area");
    return area ? area.getAttribute("data-conversation") : null;
  }

  function query() {
    var state = document.querySelector("#list-pane .list-state");
    return state ? state.getAttribute("data-query") || "" : "";
  }

  function refreshList() {
    var list = document.getElementById("conversation-list");
    var scroll = list ? list.scrollTop : 0;
    var url = "/conversations/list?" + query() + (currentId() ? "&selected=" + currentId() : "");
    htmx.ajax("GET", url, { source: "#list-pane", target: "#list-pane", swap: "innerHTML" }).then(function () {
      var again = document.getElementById("conversation-list");
      if (again) again.scrollTop = scroll;
    });
  }

  function typing() {
    var boxes = document.querySelectorAll("#composer textarea");
    for (var i = 0; i < boxes.length; i++) if (boxes[i].value.trim() !== "") return true;
    return false;
  }

  // The whole conversation (header, thread, composer, panel), unless the agent is typing: then thread and panel.
  function redrawConversation() {
    var id = currentId();
    if (!id) return;
    if (typing()) { refreshConversation(true); return; }
    htmx.ajax("GET", "/conversations/" + id + "/view?" + query(), { source: "#conversation-area", target: "#conversation-area", swap: "outerHTML" });
  }

  // Each part redraws from its own element, so that its requests wait for each other (the thread's also for the
  // composer's sends, see hx-sync) instead of sharing the body's queue, where a later request for another part
  // replaced one still waiting, and where a slow send's answer could land over a newer thread.
  function refreshConversation(withPanel) {
    var id = currentId();
    if (!id) return;
    htmx.ajax("GET", "/conversations/" + id + "/thread", { source: "#thread", target: "#thread", swap: "innerHTML" }).then(function () {
      // The customer wrote after the window had closed (or it just closed): the composer changes mode.
      var area = document.getElementById("conversation-area");
      var messages = document.querySelector("#thread .messages");
      if (area && messages && area.getAttribute("data-window-open") !== messages.getAttribute("data-window-open") && !typing()) {
        htmx.ajax("GET", "/conversations/" + id + "/view?" + query(), { source: "#conversation-area", target: "#conversation-area", swap: "outerHTML" });
      }
    });
    if (withPanel) htmx.ajax("GET", "/conversations/" + id + "/panel", { source: "#panel-pane", target: "#panel-pane", swap: "innerHTML" });
  }

  // A new AI insight changes only the panel's "Resumen IA" (never the thread or the composer someone may be using).
  function refreshInsight() {
    var id = currentId();
    var section = document.querySelector("#panel-pane .panel-insight");
    if (!id || !section) return;
    htmx.ajax("GET", "/conversations/" + id + "/insight", { source: section, target: section, swap: "innerHTML" });
  }

  var listTimer = null;
  function refreshListSoon() {
    clearTimeout(listTimer);
    listTimer = setTimeout(refreshList, 250);
  }

  // An action answered "conversa:changed": redraw the conversation, its panel and the list.
  document.body.addEventListener("conversa:changed", function () {
    redrawConversation();
    refreshListSoon();
  });

  // A redraw of the whole conversation that was asked for before the agent started typing must not replace the
  // composer they are now typing in: the thread and the panel are redrawn instead. (A click on another conversation
  // comes from its link, not from the area, and swaps as usual.)
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    var source = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (event.detail.target && event.detail.target.id === "conversation-area" && source
        && source.id === "conversation-area" && typing() && event.detail.xhr.status === 200) {
      event.detail.shouldSwap = false;
      refreshConversation(true);
    }
  });

  // Refused actions (422/404) show their reason where the action lives; nothing is swapped.
  document.body.addEventListener("htmx:beforeSwap", function (event) {
    var status = event.detail.xhr.status;
    if (status === 422 || status === 404 || status === 400) {
      event.detail.shouldSwap = false;
      var source = event.detail.requestConfig.elt;
      var slot = source.closest("#composer") ? document.getElementById("composer-error")
        : source.closest("#panel-pane") ? document.getElementById("panel-error") : null;
      show(slot, event.detail.xhr.responseText);
    }
  });

  function show(slot, html) {
    if (!slot) slot = document.getElementById("toast");
    slot.innerHTML = html; // the server escapes the text
    slot.hidden = false;
    clearTimeout(slot._hide);
    slot._hide = setTimeout(function () { slot.hidden = true; }, 8000);
  }

  // A message or note was sent: clear the box, scroll to it, tell the list.
  document.body.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (!event.detail.successful || !form.matches || !form.matches(".composer-form, .template-form")) return;
    if (form.matches(".composer-form")) form.reset();
    var error = document.getElementById("composer-error");
    if (error) error.hidden = true;
    refreshListSoon();
  });

  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id === "list-pane") {
      // Filters and tabs live in the URL, so the view can be reloaded and shared.
      var path = currentId() ? "/conversations/" + currentId() : "/conversations";
      history.replaceState(history.state, "", path + (query() ? "?" + query() : ""));
    }
    if (event.detail.target.id === "thread" || event.detail.target.id === "conversation-area") scrollThread();
    if (event.detail.target.id === "conversation-area") {
      inbox.classList.add("has-conversation");
      markSelected(currentId());
      document.title = (document.querySelector(".conversation-header h2") || {}).textContent + " · Conversa";
      var box = document.getElementById("composer-text");
      if (box) box.focus();
    }
  });

  function scrollThread() {
    var thread = document.getElementById("thread");
    if (thread) thread.scrollTop = thread.scrollHeight;
  }

  function markSelected(id) {
    document.querySelectorAll(".conversation-row").forEach(function (row) {
      var on = row.getAttribute("data-id") === id;
      row.classList.toggle("is-selected", on);
      row.setAttribute("aria-selected", on ? "true" : "false");
      if (on) {
        row.classList.remove("is-unread"); // opening it marked it read
        var badge = row.querySelector(".badge-unread");
        if (badge) badge.remove();
      }
    });
  }

  // Composer: Enter sends, Shift+Enter is a new line; the box grows with the text.
  document.addEventListener("keydown", function (event) {
    var box = event.target;
    if (box.matches && box.matches("textarea[data-enter-sends]") && event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      if (box.value.trim() !== "") box.form.requestSubmit();
    }
  });
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("#composer textarea")) {
      event.target.style.height = "auto";
      event.target.style.height = Math.min(event.target.scrollHeight, 180) + "px";
    }
  });

  // Quick replies: "/" at the start of the message opens the list; arrows choose, Enter or Tab inserts the reply
  // with the customer's data filled in; Esc closes it.
  var canned = { items: [], index: 0, timer: null };
  function cannedPopup() { return document.getElementById("canned-popup"); }
  function cannedOpen() { var p = cannedPopup(); return p && !p.hidden; }
  function cannedClose() { var p = cannedPopup(); if (p) p.hidden = true; canned.items = []; }
  function cannedRender() {
    var popup = cannedPopup();
    var list = popup.querySelector("ul");
    list.textContent = "";
    canned.items.forEach(function (item, i) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === canned.index ? "true" : "false");
      var title = document.createElement("strong");
      title.textContent = "/" + item.shortcut + " · " + item.title;
      var text = document.createElement("span");
      text.textContent = item.text;
      li.appendChild(title);
      li.appendChild(text);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); cannedInsert(item); });
      list.appendChild(li);
    });
    popup.querySelector(".canned-popup-empty").hidden = canned.items.length > 0;
    popup.hidden = false;
  }
  function cannedSearch(box) {
    var match = /^\/(\S*)$/.exec(box.value);
    if (!match) { cannedClose(); return; }
    clearTimeout(canned.timer);
    canned.timer = setTimeout(function () {
      fetch("/canned-replies.json?q=" + encodeURIComponent(match[1]), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { canned.items = items; canned.index = 0; cannedRender(); });
    }, 120);
  }
  function cannedInsert(item) {
    var box = document.getElementById("composer-text");
    var body = new URLSearchParams();
    if (box.getAttribute("data-customer")) body.set("customerId", box.getAttribute("data-customer"));
    if (box.getAttribute("data-contact")) body.set("contactName", box.getAttribute("data-contact"));
    var header = document.querySelector('meta[name="_csrf_header"]').content;
    var token = document.querySelector('meta[name="_csrf"]').content;
    var headers = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" };
    headers[header] = token;
    fetch("/canned-replies/" + item.id + "/expand", { method: "POST", headers: headers, body: body.toString() })
      .then(function (r) { return r.ok ? r.json() : { text: item.text, missing: [] }; })
      .then(function (expanded) {
        box.value = expanded.text;
        box.dispatchEvent(new Event("input", { bubbles: true }));
        box.focus();
        if (expanded.missing && expanded.missing.length) {
          var slot = document.getElementById("composer-error");
          slot.textContent = (slot.getAttribute("data-missing") || "Faltan datos: {0}").replace("{0}", expanded.missing.join(", "));
          slot.hidden = false;
        }
      });
    cannedClose();
  }
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("textarea[data-canned-replies]")) cannedSearch(event.target);
  });
  document.addEventListener("keydown", function (event) {
    if (!cannedOpen() || !event.target.matches || !event.target.matches("textarea[data-canned-replies]")) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!canned.items.length) return;
      canned.index = (canned.index + (event.key === "ArrowDown" ? 1 : canned.items.length - 1)) % canned.items.length;
      cannedRender();
    } else if ((event.key === "Enter" || event.key === "Tab") && canned.items.length) {
      event.preventDefault();
      event.stopImmediatePropagation();
      cannedInsert(canned.items[canned.index]);
    } else if (event.key === "Escape") {
      event.stopImmediatePropagation();
      cannedClose();
    }
  }, true);

  // Composer tabs: reply, template, internal note.
  document.addEventListener("click", function (event) {
    var tab = event.target.closest("[data-composer-tab]");
    if (tab) {
      var name = tab.getAttribute("data-composer-tab");
      document.querySelectorAll("[data-composer-tab]").forEach(function (t) {
        t.setAttribute("aria-selected", t === tab ? "true" : "false");
      });
      document.querySelectorAll("[data-composer-panel]").forEach(function (p) {
        p.hidden = p.getAttribute("data-composer-panel") !== name;
      });
      var focus = document.querySelector('[data-composer-panel="' + name + '"] textarea');
      if (focus) focus.focus();
    }
    if (event.target.closest("[data-toggle-panel]")) inbox.classList.toggle("show-panel");
  });

  // Template picker: a changed template, binding or value redraws the fields and the preview.
  var pickerTimer = null;
  // Another template starts from its own suggested data: the values chosen for the previous one's {{1}}, {{2}}…
  // meant other things, so only the template is sent when the template itself changes.
  function refreshPicker(form, templateChanged) {
    var data = new FormData(form);
    var params = templateChanged
      ? new URLSearchParams({ template: data.get("template") }).toString()
      : new URLSearchParams(data).toString();
    htmx.ajax("GET", form.getAttribute("data-picker-url") + "?" + params, { target: "#template-picker", swap: "outerHTML" });
  }
  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("select[data-refresh-picker]")) {
      refreshPicker(event.target.form, event.target.name === "template");
    }
  });
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("input[data-refresh-picker]")) {
      clearTimeout(pickerTimer);
      var form = event.target.form;
      pickerTimer = setTimeout(function () { refreshPicker(form); }, 500);
    }
  });

  // Keyboard: arrows move through the list, Esc closes the panel or goes back to the list.
  document.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      var link = event.target.closest && event.target.closest(".conversation-link");
      if (!link) return;
      var links = Array.prototype.slice.call(document.querySelectorAll(".conversation-link"));
      var next = links[links.indexOf(link) + (event.key === "ArrowDown" ? 1 : -1)];
      if (next) { event.preventDefault(); next.focus(); }
    }
    if (event.key === "Escape") {
      if (inbox.classList.contains("show-panel")) inbox.classList.remove("show-panel");
      else if (window.matchMedia("(max-width: 900px)").matches && inbox.classList.contains("has-conversation")) {
        inbox.classList.remove("has-conversation");
      }
    }
  });

  // The 24-hour window countdown, refreshed every minute.
  setInterval(function () {
    var status = document.querySelector(".window-status[data-expires]");
    if (!status) return;
    var left = new Date(status.getAttribute("data-expires")) - new Date();
    if (left <= 0) { refreshConversation(false); return; }
    var minutes = Math.max(1, Math.floor(left / 60000));
    var text = minutes < 60 ? minutes + " min" : Math.floor(minutes / 60) + " h " + (minutes % 60) + " min";
    status.textContent = status.textContent.replace(/\d+ h \d+ min|\d+ min/, text);
  }, 60000);

  window.addEventListener("popstate", function () { window.location.reload(); });

  // Live updates: every open browser redraws what changed; after a reconnect the server replays what was missed,
  // or asks for a full redraw ("resync").
  if (window.EventSource) {
    var source = new EventSource("/live/events");
    function onNotice(event) {
      var notice = {};
      try { notice = JSON.parse(event.data); } catch (e) { /* heartbeat */ }
      refreshListSoon();
      if (notice.conversationId && notice.conversationId === currentId()) {
        if (event.type === "conversation" && notice.change === "insight") refreshInsight();
        else if (event.type === "conversation" && notice.change !== "message" && notice.change !== "note") redrawConversation();
        else refreshConversation(false);
      }
    }
    ["message", "status", "conversation"].forEach(function (type) { source.addEventListener(type, onNotice); });
    source.addEventListener("resync", function () { refreshListSoon(); refreshConversation(true); });
  }

  scrollThread();
})();
