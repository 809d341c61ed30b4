// The rule book's "try a case" form, built from the rule set's JSON Schema (embedded in the
// page as #case-schema). It posts the case to the service and shows the decision explained,
// as ./sen decide --explain prints it. No library and nothing loaded from elsewhere.
(function () {
  "use strict";
  var form = document.getElementById("try-form");
  if (!form) {
    return;
  }
  var schema = JSON.parse(document.getElementById("case-schema").textContent);
  var staticSite = document.querySelector('meta[name="sen-mode"]').content === "static";
  var holder = document.getElementById("case-fields");
  var answer = document.getElementById("answer");
  var violations = document.getElementById("violations");
  var controls = [];

  function words(name) {
    var s = name.replace(/([A-Z])/g, " $1").toLowerCase();
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function unwrap(s) {
    if (s.anyOf) {
      for (var i = 0; i < s.anyOf.length; i++) {
        if (s.anyOf[i].type !== "null") {
          return { schema: s.anyOf[i], nullable: true };
        }
      }
    }
    return { schema: s, nullable: false };
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function today() {
    return new Date().toISOString().slice(0, 10);
  }

  // One labelled control for one field; returns how to read its value.
  function control(parent, path, name, fieldSchema, required) {
    var u = unwrap(fieldSchema);
    var s = u.schema;
    var optional = !required || u.nullable;
    var id = "f-" + path.replace(/[^A-Za-z0-9]/g, "-");
    var box = el("div", { "class": "field" });
    var label = el("label", { "for": id }, words(name) + (optional ? " (optional)" : ""));
    var hint = el("span", { "class": "hint", id: id + "-hint" });
    box.appendChild(label);
    box.appendChild(hint);
    var input;
    var read;
    if (s["enum"]) {
      input = el("select", { id: id, name: path });
      if (optional) {
        input.appendChild(el("option", { value: "" }, "(none)"));
      }
      s["enum"].forEach(function (v) { input.appendChild(el("option", { value: v }, v)); });
      hint.textContent = "One of the listed values.";
      read = function () { return input.value === "" ? undefined : input.value; };
    } else if (s.type === "boolean") {
      input = el("select", { id: id, name: path });
      if (optional) {
        input.appendChild(el("option", { value: "" }, "(none)"));
      }
      input.appendChild(el("option", { value: "true" }, "Yes"));
      input.appendChild(el("option", { value: "false" }, "No"));
      hint.textContent = "Yes or no.";
      read = function () { return input.value === "" ? undefined : input.value === "true"; };
    } else if (s.type === "integer") {
      input = el("input", { id: id, name: path, type: "number", step: "1", inputmode: "numeric" });
      if (s.minimum !== undefined) {
        input.setAttribute("min", s.minimum);
      }
      if (s.maximum !== undefined && s.maximum < 1e9) {
        input.setAttribute("max", s.maximum);
      }
      input.value = optional ? "" : String(s.minimum !== undefined && s.minimum > 0 ? s.minimum : 1);
      hint.textContent = "A whole number" + (s.maximum !== undefined && s.maximum < 1e9 ? " from " + s.minimum + " to " + s.maximum : "") + ".";
      read = function () { return input.value === "" ? undefined : Number(input.value); };
    } else if (s.type === "string" && s.format === "date") {
      input = el("input", { id: id, name: path, type: "date" });
      input.value = optional ? "" : today();
      hint.textContent = "A date.";
      read = function () { return input.value === "" ? undefined : input.value; };
    } else if (s.type === "string") {
      input = el("input", { id: id, name: path, type: "text", autocomplete: "off" });
      if (s.description && s.description.indexOf("money") === 0) {
        input.setAttribute("inputmode", "decimal");
        hint.textContent = "Pounds with two decimals, like 1234.50.";
        input.value = optional ? "" : "0.00";
      } else {
        hint.textContent = name === "caseId" ? "A made-up id such as TRY-1: never a real pupil's details." : "Text.";
        input.value = optional ? "" : (name === "caseId" ? "TRY-1" : "");
      }
      read = function () { return input.value === "" ? undefined : input.value; };
    } else if (s.type === "array" && s.items && (s.items["enum"] || s.items.type === "string")) {
      input = el("input", { id: id, name: path, type: "text", autocomplete: "off" });
      hint.textContent = "Separate several with commas; leave empty for none." + (s.items["enum"] ? " Values: " + s.items["enum"].join(", ") + "." : "");
      read = function () {
        var v = input.value.trim();
        return v === "" ? [] : v.split(",").map(function (x) { return x.trim(); }).filter(function (x) { return x !== ""; });
      };
    } else {
      input = el("textarea", { id: id, name: path, rows: "4", spellcheck: "false" });
      input.value = s.type === "array" ? "[]" : "{}";
      hint.textContent = "JSON: " + (s.type === "array" ? "a list" : "an object") + describe(s.type === "array" ? s.items : s) + ".";
      read = function () {
        var v = input.value.trim();
        if (v === "") {
          return undefined;
        }
        try {
          return JSON.parse(v);
        } catch (e) {
          throw { path: path, message: "is not valid JSON: " + e.message };
        }
      };
    }
    input.setAttribute("aria-describedby", hint.id);
    box.appendChild(input);
    parent.appendChild(box);
    return { name: name, read: read };
  }

  function describe(s) {
    if (!s || !s.properties) {
      return "";
    }
    return " of objects with " + Object.keys(s.properties).join(", ");
  }

  function build() {
    holder.textContent = "";
    var request = el("fieldset");
    request.appendChild(el("legend", {}, "The request"));
    var asOf = control(request, "asOf", "asOf", schema.properties.asOf, true);
    var policy = control(request, "policy", "policy", schema.properties.policy, true);
    holder.appendChild(request);
    var c = el("fieldset");
    c.appendChild(el("legend", {}, "The case"));
    var caseSchema = schema.$defs["case"];
    var required = caseSchema.required || [];
    Object.keys(caseSchema.properties).forEach(function (name) {
      controls.push(control(c, "case." + name, name, caseSchema.properties[name], required.indexOf(name) >= 0));
    });
    holder.appendChild(c);
    return { asOf: asOf, policy: policy };
  }

  function showViolations(list) {
    violations.textContent = "";
    if (!list || list.length === 0) {
      return;
    }
    violations.appendChild(el("h3", {}, "The case cannot be decided"));
    var ul = el("ul");
    list.forEach(function (v) { ul.appendChild(el("li", {}, (v.path ? v.path + ": " : "") + v.message)); });
    violations.appendChild(ul);
  }

  var top = build();
  var button = document.getElementById("decide");
  if (staticSite) {
    button.disabled = true;
    button.setAttribute("aria-describedby", "static-note");
    return;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    showViolations([]);
    var request = { ruleSet: form.getAttribute("data-rule-set"), asOf: top.asOf.read(), policy: top.policy.read(), "case": {} };
    try {
      controls.forEach(function (ctl) {
        var v = ctl.read();
        if (v !== undefined) {
          request["case"][ctl.name] = v;
        }
      });
    } catch (problem) {
      showViolations([problem]);
      return;
    }
    answer.textContent = "Deciding…";
    fetch("../v1/decisions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "text/plain" },
      body: JSON.stringify(request)
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (response.ok && type.indexOf("text/plain") === 0) {
        return response.text().then(function (text) { answer.textContent = text; });
      }
      return response.text().then(function (text) {
        answer.textContent = "";
        var body = null;
        try {
          body = JSON.parse(text);
        } catch (e) {
          body = null;
        }
        if (body && body.violations) {
          showViolations(body.violations);
        } else {
          showViolations([{ path: "", message: (body && body.message) || ("the service answered " + response.status) }]);
        }
      });
    }).catch(function (e) {
      answer.textContent = "";
      showViolations([{ path: "", message: "the service could not be reached (" + e.message + ")" }]);
    });
  });
}());
