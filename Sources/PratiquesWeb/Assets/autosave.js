// Progressive autosave: each answer is sent as soon as it changes (the page works without it).
// Served as a file: the Content-Security-Policy forbids inline script.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.URLSearchParams) { return; }
  var status = document.getElementById("autosave-status");
  var lang = document.documentElement.lang === "en" ? "en" : "fr";
  var words = {
    fr: { saved: "Réponse enregistrée.", failed: "Réponse non enregistrée : ", offline: "Connexion perdue : la réponse sera enregistrée avec le bouton Enregistrer." },
    en: { saved: "Answer saved.", failed: "Answer not saved: ", offline: "Connection lost: the answer will be saved by the Save button." }
  }[lang];
  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset");
    if (!fieldset) { return; }
    var body = new URLSearchParams();
    body.append("autosave", "1");
    body.append("lang", lang);
    fieldset.querySelectorAll("input, textarea").forEach(function (input) {
      if ((input.type === "radio" || input.type === "checkbox") && !input.checked) { return; }
      body.append(input.name, input.value);
    });
    fetch(form.action, { method: "POST", body: body, credentials: "same-origin",
                         headers: { "Content-Type": "application/x-www-form-urlencoded" } })
      .then(function (response) {
        if (response.status === 204) { status.textContent = words.saved; return; }
        return response.text().then(function (text) { status.textContent = words.failed + text; });
      })
      .catch(function () { status.textContent = words.offline; });
  });
})();
