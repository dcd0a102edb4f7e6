// Customer simulator of the WhatsApp sandbox: pick whom to chat as, send a text, a photo or a location as that
// customer (each becomes a signed webhook to the app), and watch both sides of the conversation, polled every
// second. Whatever a person or the app wrote is put on the page with textContent only, never as HTML.
(function () {
  "use strict";

  var root = document.getElementById("sandbox-simulator");
  if (!root) return;

  var POLL_MS = 1000;
  var CONTACTS_REFRESH_MS = 10000;
  var api = root.dataset.api;
  var words = root.dataset;
  var state = { waId: null, name: null, rendered: null };

  function byId(id) {
    return document.getElementById(id);
  }

  function make(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ---- HTTP -------------------------------------------------------------------------------------------------

  function headers(extra) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    var all = Object.assign({ Accept: "application/json" }, extra || {});
    if (header && token && header.content) all[header.content] = token.content;
    return all;
  }

  function request(method, path, body) {
    var options = { method: method, credentials: "same-origin", headers: headers() };
    if (body instanceof FormData) {
      options.body = body;
    } else if (body !== undefined) {
      options.headers = headers({ "Content-Type": "application/json" });
      options.body = JSON.stringify(body);
    }
    return fetch(api + path, options).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) throw new Error(problemText(json));
        return json;
      });
    });
  }

  function problemText(problem) {
    if (problem && problem.errors && problem.errors.length && problem.errors[0].message) return problem.errors[0].message;
    return (problem && problem.detail) || words.sendError;
  }

  function showError(message) {
    var error = byId("sim-error");
    error.textContent = message;
    error.hidden = false;
  }

  function hideError() {
    byId("sim-error").hidden = true;
  }

  // ---- Contacts ---------------------------------------------------------------------------------------------

  function initials(name) {
    var parts = (name || "").trim().split(/\s+/).filter(Boolean);
    if (!parts.length) return "#";
    return (parts[0].charAt(0) + (parts.length > 1 ? parts[parts.length - 1].charAt(0) : "")).toUpperCase();
  }

  function contactItem(contact) {
    var item = make("li");
    var button = make("button", "sim-contact");
    button.type = "button";
    button.dataset.waId = contact.waId;
    button.classList.toggle("is-active", contact.waId === state.waId);
    button.appendChild(make("span", "avatar avatar-sm", initials(contact.name)));
    var who = make("span");
    who.appendChild(make("strong", null, contact.name || "+" + contact.waId));
    who.appendChild(make("small", null, contact.phone || "+" + contact.waId));
    button.appendChild(who);
    button.addEventListener("click", function () { openChat(contact.waId, contact.name); });
    item.appendChild(button);
    return item;
  }

  function renderList(list, contacts) {
    list.replaceChildren.apply(list, contacts.map(contactItem));
  }

  function renderContacts(data) {
    renderList(byId("sim-customers"), data.customers);
    renderList(byId("sim-recent"), data.recent);
    byId("sim-recent-title").hidden = data.recent.length === 0;
    var note = byId("sim-customers-note");
    note.textContent = !data.directoryAvailable ? words.contactsUnavailable : words.contactsEmpty;
    note.hidden = data.directoryAvailable && data.customers.length > 0;
  }

  function loadContacts() {
    var query = byId("sim-search").value;
    return request("GET", "/contacts?query=" + encodeURIComponent(query)).then(renderContacts).catch(function () {});
  }

  function markActiveContact() {
    document.querySelectorAll(".sim-contact").forEach(function (button) {
      button.classList.toggle("is-active", button.dataset.waId === state.waId);
    });
  }

  // ---- Conversation -----------------------------------------------------------------------------------------

  function openChat(waId, name) {
    state.waId = waId;
    state.name = name || null;
    state.rendered = null;
    byId("sim-placeholder").hidden = true;
    byId("sim-chat").hidden = false;
    byId("sim-chat-name").textContent = name || "+" + waId;
    byId("sim-chat-avatar").textContent = initials(name);
    byId("sim-chat-waid").textContent = "wa_id " + waId;
    byId("sim-chat-undeliverable").hidden = !waId.endsWith(words.undeliverableSuffix);
    byId("sim-messages").replaceChildren();
    hideError();
    markActiveContact();
    poll();
    byId("sim-text").focus();
  }

  function poll() {
    var waId = state.waId;
    if (!waId || document.hidden) return Promise.resolve();
    return request("GET", "/conversations/" + waId).then(function (conversation) {
      if (waId !== state.waId) return;
      if (!state.name && conversation.name) {
        state.name = conversation.name;
        byId("sim-chat-name").textContent = conversation.name;
        byId("sim-chat-avatar").textContent = initials(conversation.name);
      }
      if (byId("sim-error").textContent === words.pollError) hideError();
      renderMessages(conversation.messages);
    }).catch(function () {
      showError(words.pollError);
    });
  }

  function renderMessages(messages) {
    var signature = JSON.stringify(messages);
    if (signature === state.rendered) return;
    var firstRender = state.rendered === null;
    state.rendered = signature;
    var list = byId("sim-messages");
    var atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 48;
    var bubbles = messages.length ? messages.map(bubble) : [make("li", "sim-empty", words.noMessages)];
    list.replaceChildren.apply(list, bubbles);
    if (firstRender || atBottom) list.scrollTop = list.scrollHeight;
  }

  function bubble(message) {
    var item = make("li", "sim-bubble " + (message.fromCustomer ? "is-customer" : "is-business"));
    if (message.status === "failed" || message.status === "refused") item.classList.add("is-failed");
    appendContent(item, message.content);
    item.appendChild(meta(message));
    return item;
  }

  function appendContent(item, content) {
    if (content.type === "text") {
      item.appendChild(document.createTextNode(content.text));
    } else if (content.type === "template") {
      item.appendChild(make("span", "sim-bubble-label",
        words.template + ": " + content.templateName + " (" + content.templateLanguage + ")"));
      if (content.parameters.length) item.appendChild(make("span", "sim-bubble-params", content.parameters.join(" · ")));
    } else if (content.type === "image" || content.type === "sticker") {
      appendImage(item, content);
    } else if (content.type === "location") {
      appendLocation(item, content);
    } else {
      item.appendChild(make("span", "sim-bubble-label", words.otherType.replace("{0}", content.type)));
      var summary = content.text || content.caption || content.mediaLink;
      if (summary) item.appendChild(document.createTextNode(summary));
    }
  }

  function appendImage(item, content) {
    if (content.mediaId) {
      var image = make("img");
      image.alt = content.caption || words.photo;
      image.src = api + "/media/" + encodeURIComponent(content.mediaId);
      item.appendChild(image);
    } else {
      item.appendChild(make("span", "sim-bubble-label", words.photo));
      item.appendChild(safeLink(content.mediaLink, content.mediaLink));
    }
    if (content.caption) item.appendChild(document.createTextNode(content.caption));
  }

  function appendLocation(item, content) {
    item.appendChild(make("span", "sim-bubble-label", words.location));
    if (content.placeName) item.appendChild(make("div", null, content.placeName));
    var coordinates = content.latitude.toFixed(5) + ", " + content.longitude.toFixed(5);
    var maps = "https://www.google.com/maps?q=" + encodeURIComponent(content.latitude + "," + content.longitude);
    item.appendChild(safeLink(maps, coordinates));
  }

  function safeLink(url, label) {
    if (!/^https?:\/\//i.test(url || "")) return make("span", null, label);
    var link = make("a", null, label);
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }

  function meta(message) {
    var line = make("span", "sim-bubble-meta");
    var time = new Date(message.sentAt);
    line.appendChild(make("time", null, time.toLocaleTimeString(document.documentElement.lang || undefined,
      { hour: "2-digit", minute: "2-digit" })));
    var status = make("span", "is-" + message.status, statusLabel(message));
    if (message.statusDetail) status.textContent += " · " + message.statusDetail;
    line.appendChild(status);
    return line;
  }

  function statusLabel(message) {
    if (message.fromCustomer && message.status === "read") return words.statusSeen;
    var key = "status" + message.status.charAt(0).toUpperCase() + message.status.slice(1);
    return words[key] || message.status;
  }

  // ---- Sending as the customer ------------------------------------------------------------------------------

  function send(path, body) {
    if (!state.waId) return Promise.resolve(false);
    hideError();
    return request("POST", "/conversations/" + state.waId + path, body)
      .then(function () { poll(); return true; })
      .catch(function (error) { showError(error.message); return false; });
  }

  function imageForm(file) {
    var form = new FormData();
    if (file) form.append("file", file);
    form.append("caption", byId("sim-text").value);
    if (state.name) form.append("name", state.name);
    return form;
  }

  function clearComposerOn(sent) {
    if (sent) byId("sim-text").value = "";
  }

  byId("sim-composer").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = byId("sim-text").value;
    if (!text.trim()) return;
    send("/text", { name: state.name, text: text }).then(clearComposerOn);
  });

  byId("sim-file").addEventListener("change", function (event) {
    var file = event.target.files[0];
    if (!file) return;
    send("/image", imageForm(file)).then(clearComposerOn).then(function () { event.target.value = ""; });
  });

  byId("sim-sample-image").addEventListener("click", function () {
    send("/image", imageForm(null)).then(clearComposerOn);
  });

  byId("sim-location").addEventListener("click", function () {
    send("/location", { name: state.name });
  });

  byId("sim-new-contact").addEventListener("submit", function (event) {
    event.preventDefault();
    var error = byId("sim-new-error");
    error.hidden = true;
    request("POST", "/contacts", { phone: byId("sim-new-phone").value, name: byId("sim-new-name").value })
      .then(function (contact) { openChat(contact.waId, contact.name); })
      .catch(function (problem) {
        error.textContent = problem.message;
        error.hidden = false;
      });
  });

  var searchDelay = null;
  byId("sim-search").addEventListener("input", function () {
    clearTimeout(searchDelay);
    searchDelay = setTimeout(loadContacts, 250);
  });

  loadContacts();
  setInterval(poll, POLL_MS);
  setInterval(loadContacts, CONTACTS_REFRESH_MS);
})();
