// The JusteDroit page: plain JavaScript, no framework, nothing loaded from anywhere but this service.
"use strict";

const WORDS = {
  fr: {
    title: "JusteDroit : décider et expliquer",
    intro: "Collez ou modifiez un foyer au format du contrat (JSON), ou choisissez un exemple, puis décidez : chaque décision vient avec ses motifs, ses paramètres datés et les textes de loi.",
    skip: "Aller aux décisions", example: "Exemple fourni", choose: "— choisir —", load: "Charger l'exemple",
    household: "Foyer (requête JSON)",
    householdHelp: "Le format est celui du contrat : month, household.persons, housing, violenceAid. Le mois choisi ci-dessous remplace celui du JSON.",
    month: "Mois de droit", language: "Langue", sweepLegend: "Courbe de revenus",
    person: "Personne dont le salaire varie", to: "Salaire net social jusqu'à (€ par mois)", decide: "Décider",
    decisions: "Décisions", none: "Aucune décision pour l'instant.", sweepTitle: "Courbe de revenus du foyer",
    sweepOpen: "Ouvrir le graphique seul (les montants de chaque point s'affichent au survol)",
    footer: "Les montants sont calculés par les règles de JusteDroit d'après les textes cités ; ils ne remplacent pas la décision de la caisse.",
    api: "Description de l'API (OpenAPI)",
    deciding: "Décision en cours…", decided: n => n === 0 ? "Aucune décision." : n === 1 ? "Une décision." : n + " décisions.",
    notJson: "Le foyer n'est pas du JSON valide : ", refused: "La requête est refusée : ", failed: "Le service n'a pas pu répondre : ",
    expected: "attendu : ", household_: "le foyer", forWhom: "pour", reasons: "Motifs", legal: "Texte : ",
    parameters: "Paramètres", parameter: "Paramètre", value: "Valeur", since: "Depuis le", source: "Source",
    missing: "Informations manquantes : ", details: "Détails", perMonth: " par mois", oneOff: " (versement unique)",
    eligible: "Éligible", ineligible: "Non éligible", not_computable: "Impossible à calculer",
    grant: "aide non remboursable", loan: "prêt sans intérêt",
    sweepAlt: (who, to) => "Courbe de revenus : prestations et revenu disponible du foyer quand le salaire de " + who + " varie de 0 à " + to + " € par mois.",
    sweepFailed: "La courbe de revenus n'a pas pu être tracée : ",
    benefits: { rsa: "RSA", prime_activite: "Prime d'activité", aah: "Allocation aux adultes handicapés (AAH)", violence_aid: "Aide universelle d'urgence (violences conjugales)" }
  },
  en: {
    title: "JusteDroit: decide and explain",
    intro: "Paste or edit a household in the contract's format (JSON), or pick an example, then decide: each decision comes with its reasons, its dated parameters and the law.",
    skip: "Skip to the decisions", example: "Bundled example", choose: "— choose —", load: "Load the example",
    household: "Household (JSON request)",
    householdHelp: "The contract's format: month, household.persons, housing, violenceAid. The month chosen below replaces the JSON's.",
    month: "Benefit month", language: "Language", sweepLegend: "Income sweep",
    person: "Person whose pay varies", to: "Net social pay up to (€ a month)", decide: "Decide",
    decisions: "Decisions", none: "No decision yet.", sweepTitle: "The household's income sweep",
    sweepOpen: "Open the chart alone (each point's figures show on hover)",
    footer: "The amounts are computed by JusteDroit's rules from the texts they cite; they do not replace the caisse's decision.",
    api: "API description (OpenAPI)",
    deciding: "Deciding…", decided: n => n === 0 ? "No decision." : n === 1 ? "One decision." : n + " decisions.",
    notJson: "The household is not valid JSON: ", refused: "The request is refused: ", failed: "The service could not answer: ",
    expected: "expected: ", household_: "the household", forWhom: "for", reasons: "Reasons", legal: "Law: ",
    parameters: "Parameters", parameter: "Parameter", value: "Value", since: "Since", source: "Source",
    missing: "Missing information: ", details: "Details", perMonth: " a month", oneOff: " (one-off payment)",
    eligible: "Eligible", ineligible: "Not eligible", not_computable: "Cannot be computed",
    grant: "grant", loan: "interest-free loan",
    sweepAlt: (who, to) => "Income sweep: the household's benefits and disposable income as " + who + "'s pay varies from 0 to " + to + " € a month.",
    sweepFailed: "The income sweep could not be drawn: ",
    benefits: { rsa: "RSA (minimum income)", prime_activite: "Prime d'activité (in-work benefit)", aah: "AAH (disability allowance)", violence_aid: "Emergency aid (domestic violence)" }
  }
};

const $ = id => document.getElementById(id);
let sweepUrl = null;

function words() {
  return WORDS[$("lang").value] || WORDS.fr;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== undefined && v !== null) {
      node.setAttribute(k, v);
    }
  }
  for (const c of children) {
    if (c !== null && c !== undefined) {
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
  }
  return node;
}

function applyLanguage() {
  const lang = $("lang").value;
  const w = words();
  document.documentElement.lang = lang;
  document.title = w.title;
  document.querySelectorAll("[data-i18n]").forEach(node => {
    const text = w[node.dataset.i18n];
    if (typeof text === "string") {
      node.textContent = text;
    }
  });
}

function money(amount) {
  const locale = $("lang").value === "en" ? "en-GB" : "fr-FR";
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(amount);
}

function number(value) {
  const locale = $("lang").value === "en" ? "en-GB" : "fr-FR";
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }).format(value);
}

function date(iso) {
  const locale = $("lang").value === "en" ? "en-GB" : "fr-FR";
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** The links to the law a reason carries (its optional link fields), whatever their name. */
function linksOf(reason) {
  const links = [];
  const visit = (value, depth) => {
    if (typeof value === "string") {
      if (/^https:\/\//.test(value)) links.push(value);
    } else if (Array.isArray(value) && depth < 3) {
      value.forEach(v => visit(v, depth + 1));
    } else if (value && typeof value === "object" && depth < 3) {
      Object.entries(value).forEach(([k, v]) => { if (k !== "parameters" && k !== "text") visit(v, depth + 1); });
    }
  };
  visit(reason, 0);
  return [...new Set(links)];
}

function showProblems(title, errors) {
  const box = $("problems");
  box.replaceChildren(el("p", {}, el("strong", {}, title)));
  if (errors && errors.length) {
    const list = el("ul", {});
    for (const e of errors) {
      list.append(el("li", {}, el("code", {}, e.path), " : " + e.problem + " (" + words().expected + e.expected + ")"));
    }
    box.append(list);
  }
  box.hidden = false;
}

function parameterTable(parameters) {
  const w = words();
  const body = el("tbody", {});
  for (const p of parameters) {
    body.append(el("tr", {},
      el("td", {}, el("code", {}, p.id)),
      el("td", { class: "num" }, number(p.value)),
      el("td", {}, el("time", { datetime: p.since }, date(p.since))),
      el("td", {}, p.source || "")));
  }
  return el("table", { class: "parameters" },
    el("caption", {}, w.parameters),
    el("thead", {}, el("tr", {}, el("th", { scope: "col" }, w.parameter), el("th", { scope: "col" }, w.value),
      el("th", { scope: "col" }, w.since), el("th", { scope: "col" }, w.source))),
    body);
}

function decisionView(d) {
  const w = words();
  const name = w.benefits[d.benefit] || d.benefit;
  const who = d.beneficiary === "household" ? w.household_ : d.beneficiary;
  let verdict = w[d.status] || d.status;
  if (d.status === "eligible") {
    verdict += " : " + money(d.amount) + (d.benefit === "violence_aid" ? w.oneOff : w.perMonth);
    if (d.form) verdict += ", " + (w[d.form] || d.form);
  }
  const article = el("article", {
    class: "decision " + d.status, "data-benefit": d.benefit, "data-beneficiary": d.beneficiary,
    "data-status": d.status, "data-amount": Number(d.amount).toFixed(2)
  },
    el("h3", {}, name + " — " + w.forWhom + " " + who),
    el("p", { class: "verdict" }, verdict));
  if (d.missingInputs && d.missingInputs.length) {
    article.append(el("p", { class: "missing" }, w.missing, ...d.missingInputs.flatMap((m, i) => [i ? ", " : "", el("code", {}, m)])));
  }
  if (d.reasons && d.reasons.length) {
    const list = el("ol", { class: "reasons", "aria-label": w.reasons + " — " + name });
    for (const r of d.reasons) {
      const item = el("li", { "data-rule": r.rule }, el("p", { class: "reason-text" }, r.text));
      const links = linksOf(r);
      if (r.legalRef || links.length) {
        const legal = el("p", { class: "legal" }, w.legal);
        if (links.length) {
          links.forEach((href, i) => legal.append(i ? " · " : "", el("a", { href, rel: "noopener noreferrer", target: "_blank" },
            i === 0 && r.legalRef ? r.legalRef : href)));
        } else {
          legal.append(r.legalRef);
        }
        item.append(legal);
      }
      if (r.parameters && r.parameters.length) item.append(parameterTable(r.parameters));
      list.append(item);
    }
    article.append(el("h4", { class: "reasons-title" }, w.reasons), list);
  }
  if (d.details && Object.keys(d.details).length) {
    const dl = el("dl", { class: "details" });
    for (const [k, v] of Object.entries(d.details)) {
      dl.append(el("dt", {}, k), el("dd", {}, typeof v === "object" ? JSON.stringify(v) : String(v)));
    }
    article.append(el("h4", {}, w.details), dl);
  }
  return article;
}

function readHousehold() {
  const request = JSON.parse($("household").value);
  if ($("month").value && request && typeof request === "object" && !Array.isArray(request)) {
    request.month = $("month").value;
  }
  return request;
}

function fillPersons(request) {
  const select = $("person");
  const previous = select.value;
  select.replaceChildren();
  const persons = request && request.household && Array.isArray(request.household.persons) ? request.household.persons : [];
  for (const p of persons) {
    if (p && typeof p.id === "string" && (p.role === "applicant" || p.role === "partner")) {
      select.append(el("option", { value: p.id }, p.id + " (" + p.role + ")"));
    }
  }
  if ([...select.options].some(o => o.value === previous)) select.value = previous;
}

async function decide(event) {
  event.preventDefault();
  const w = words();
  $("problems").hidden = true;
  let request;
  try {
    request = readHousehold();
  } catch (e) {
    showProblems(w.notJson + e.message, []);
    $("household").focus();
    return;
  }
  fillPersons(request);
  const body = JSON.stringify(request);
  const lang = $("lang").value;
  $("status").textContent = w.deciding;
  $("decisions").replaceChildren();
  let answer;
  try {
    const r = await fetch("decide?lang=" + lang, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    answer = await r.json();
    if (!r.ok) {
      const e = answer.error || { message: r.status, errors: [] };
      showProblems(w.refused + e.message, e.errors);
      $("status").textContent = w.none;
      $("sweep").hidden = true;
      return;
    }
  } catch (e) {
    showProblems(w.failed + e.message, []);
    $("status").textContent = w.none;
    return;
  }
  $("status").textContent = w.decided(answer.decisions.length);
  $("decisions").replaceChildren(...answer.decisions.map(decisionView));
  $("results-title").focus();
  drawSweep(body, lang);
}

async function drawSweep(body, lang) {
  const w = words();
  const person = $("person").value;
  const to = Math.max(100, Math.min(6000, Number($("to").value) || 3000));
  const step = Math.max(10, Math.round(to / 120 / 10) * 10);
  if (!person) {
    $("sweep").hidden = true;
    return;
  }
  try {
    const query = new URLSearchParams({ person, from: "0", to: String(to), step: String(step), lang });
    const r = await fetch("sweep?" + query, { method: "POST", headers: { "Content-Type": "application/json" }, body });
    if (!r.ok) {
      const e = (await r.json()).error;
      $("sweep-caption").textContent = w.sweepFailed + e.message + (e.errors.length ? " — " + e.errors.map(x => x.problem).join("; ") : "");
      $("sweep-chart").hidden = true;
      $("sweep").hidden = false;
      return;
    }
    if (sweepUrl) URL.revokeObjectURL(sweepUrl);
    sweepUrl = URL.createObjectURL(await r.blob());
    $("sweep-chart").src = sweepUrl;
    $("sweep-chart").alt = w.sweepAlt(person, to);
    $("sweep-chart").hidden = false;
    $("sweep-caption").textContent = w.sweepAlt(person, to);
    $("sweep-open").href = sweepUrl;
    $("sweep").hidden = false;
  } catch (e) {
    $("sweep-caption").textContent = w.sweepFailed + e.message;
    $("sweep").hidden = false;
  }
}

async function loadExample() {
  const name = $("example").value;
  if (!name) return;
  const r = await fetch("examples/" + encodeURIComponent(name) + ".json");
  const text = await r.text();
  $("household").value = text;
  try {
    const request = JSON.parse(text);
    if (request.month) $("month").value = request.month;
    fillPersons(request);
  } catch (e) {
    // a bundled example is valid JSON; nothing to do
  }
}

async function listExamples() {
  const r = await fetch("examples");
  const list = (await r.json()).examples;
  for (const e of list) {
    $("example").append(el("option", { value: e.name }, e.name));
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("form").addEventListener("submit", decide);
  $("load").addEventListener("click", loadExample);
  $("lang").addEventListener("change", applyLanguage);
  $("household").addEventListener("change", () => { try { fillPersons(JSON.parse($("household").value)); } catch (e) { /* typed, not yet JSON */ } });
  applyLanguage();
  listExamples();
});
