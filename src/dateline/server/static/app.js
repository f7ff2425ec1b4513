// Dateline's workbench: toggles per kind of fact, a picked span's records, sortable tables.
// Text from the store is only ever set as textContent, never as HTML.
"use strict";

function factsData() {
  const node = document.getElementById("facts-data");
  return node ? JSON.parse(node.textContent) : {};
}

function entityLink(name) {
  const link = document.createElement("a");
  link.href = "/entities/" + encodeURIComponent(name);
  link.textContent = name;
  link.className = "entity-link";
  return link;
}

function showPicked(span, facts) {
  const panel = document.getElementById("picked");
  document.querySelectorAll(".fact.picked").forEach((node) => node.classList.remove("picked"));
  span.classList.add("picked");
  panel.replaceChildren();
  for (const id of span.dataset.facts.split(" ")) {
    const fact = facts[id];
    if (!fact) continue;
    const heading = document.createElement("h3");
    heading.textContent = fact.kind.replace(/s$/, "").replace(/ie$/, "y") + " " + id;
    panel.append(heading);
    if (fact.kind === "entities") panel.append(entityLink(fact.name));
    if (fact.kind === "quotes" && fact.speaker_name) panel.append(entityLink(fact.speaker_name));
    const record = document.createElement("pre");
    record.textContent = JSON.stringify(fact, null, 1);
    panel.append(record);
  }
}

function setUpArticle() {
  const text = document.getElementById("text");
  if (!text) return;
  const facts = factsData();
  text.addEventListener("click", (event) => {
    const span = event.target.closest(".fact");
    if (span) showPicked(span, facts);
  });
  text.addEventListener("keydown", (event) => {
    const span = event.target.closest(".fact");
    if (span && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      showPicked(span, facts);
    }
  });
  document.querySelectorAll(".toggles input[data-kind]").forEach((box) => {
    box.addEventListener("change", () => {
      document.body.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });
}

function sortBy(table, column) {
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const ascending = table.dataset.sorted !== String(column);
  const key = (row) => row.cells[column] ? row.cells[column].textContent.trim() : "";
  const numeric = rows.every((row) => key(row) === "" || !isNaN(Number(key(row).replace(/[,+]/g, ""))));
  rows.sort((a, b) => {
    const x = key(a), y = key(b);
    const order = numeric ? Number(x.replace(/[,+]/g, "")) - Number(y.replace(/[,+]/g, "")) : x.localeCompare(y);
    return ascending ? order : -order;
  });
  table.dataset.sorted = ascending ? String(column) : "";
  body.append(...rows);
}

function setUpTables() {
  document.querySelectorAll("table.sortable").forEach((table) => {
    if (!table.tHead || !table.tBodies.length) return;
    Array.from(table.tHead.rows[0].cells).forEach((cell, column) => {
      cell.title = "Sort by " + cell.textContent;
      cell.addEventListener("click", () => sortBy(table, column));
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpArticle();
  setUpTables();
});
