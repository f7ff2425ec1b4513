// The interactive API documentation, from the files of the swagger-ui-bundle package.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
});
