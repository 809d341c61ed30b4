// The rule book's "try a case" form, built from the rule set's JSON Schema (#case-schema) with the
// field labels and value titles of #case-labels. It posts the case to the service and shows the
// decision in plain English (the text of ./sen decide --explain), the rule ids and fingerprints
// behind a "details" control. No yes/no question has a default: each must be answered. Errors are
// listed by field label, each field marked aria-invalid, and focus moves to the first. No library
// and nothing loaded from elsewhere.
(function () {
  "use strict";
  var form = document.getElementById("try-form");
  if (!form) {
    return;
  }
  var schema = JSON.parse(document.getElementById("case-schema").textContent);
  var labels = JSON.parse(document.getElementById("case-labels").textContent).fields;
  var staticSite = document.querySelector('meta[name="sen-mode"]').content === "static";
  var holder = document.getElementById("case-fields");
  var answer = document.getElementById("answer");
  var answerText = document.getElementById("answer-text");
  var answerRecord = document.getElementById("answer-record");
  var violations = document.getElementById("violations");
  var RECORD = "\nFor the record\n";
  var controls = [];
  var byPath = {};

  function words(name) {
    var s = name.replace(/([A-Z])/g, " $1").toLowerCase();
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function about(path, name) {
    return labels[path] || { label: words(name) };
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

  function title(info, code) {
    return info.values && info.values[code] ? info.values[code] : code;
  }

  // One labelled control (or group of controls) for one field; returns how to read its value.
  function control(parent, path, name, fieldSchema, required) {
    var u = unwrap(fieldSchema);
    var s = u.schema;
    var optional = !required || u.nullable;
    var info = about(path, name);
    var id = "f-" + path.replace(/[^A-Za-z0-9]/g, "-");
    var labelText = info.label + (optional ? " (optional)" : "");
    var hintText = info.hint || "";
    var entry = { name: name, path: path, label: info.label, inputs: [] };
    var box;
    var read;
    var error = el("span", { "class": "error", id: id + "-error" });
    var hint = el("span", { "class": "hint", id: id + "-hint" });

    function described(input) {
      input.setAttribute("aria-describedby", hint.id + " " + error.id);
      entry.inputs.push(input);
    }

    if (s.type === "boolean" || (s.type === "array" && s.items && s.items["enum"])) {
      // a group: radios for yes or no (neither chosen), or a checkbox per value of a list
      box = el("fieldset", { "class": "field group", id: id + "-group" });
      box.appendChild(el("legend", {}, labelText));
      box.appendChild(hint);
      box.appendChild(error);
      var choices = s.type === "boolean" ? [["true", "Yes"], ["false", "No"]]
        : s.items["enum"].map(function (v) { return [v, title(info, v)]; });
      var inputs = [];
      choices.forEach(function (c, i) {
        var cid = i === 0 ? id : id + "-" + c[0].replace(/[^A-Za-z0-9]/g, "-");
        var input = el("input", { type: s.type === "boolean" ? "radio" : "checkbox", id: cid, name: path, value: c[0] });
        var line = el("div", { "class": "choice" });
        line.appendChild(input);
        line.appendChild(el("label", { "for": cid }, c[1]));
        box.appendChild(line);
        described(input);
        inputs.push(input);
      });
      if (s.type === "boolean") {
        hint.textContent = hintText || (optional ? "Yes or no, or leave both unchosen." : "Choose yes or no.");
        read = function () {
          for (var i = 0; i < inputs.length; i++) {
            if (inputs[i].checked) {
              return inputs[i].value === "true";
            }
          }
          if (!optional) {
            throw { path: path, message: "choose yes or no" };
          }
          return undefined;
        };
      } else {
        hint.textContent = hintText || "Tick every one that applies; leave all unticked for none.";
        read = function () {
          return inputs.filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
        };
      }
      parent.appendChild(box);
      entry.read = read;
      entry.focus = inputs[0];
      entry.error = error;
      return register(entry);
    }

    box = el("div", { "class": "field" });
    box.appendChild(el("label", { "for": id }, labelText));
    box.appendChild(hint);
    box.appendChild(error);
    var input;
    if (s["enum"]) {
      input = el("select", { id: id, name: path });
      input.appendChild(el("option", { value: "" }, optional ? "Not given" : "Choose one"));
      s["enum"].forEach(function (v) { input.appendChild(el("option", { value: v }, title(info, v))); });
      hint.textContent = hintText || "Choose one.";
      read = function () { return input.value === "" ? undefined : input.value; };
    } else if (s.type === "integer") {
      input = el("input", { id: id, name: path, type: "number", step: "1", inputmode: "numeric" });
      if (s.minimum !== undefined) {
        input.setAttribute("min", s.minimum);
      }
      if (s.maximum !== undefined && s.maximum < 1e9) {
        input.setAttribute("max", s.maximum);
      }
      hint.textContent = hintText || ("A whole number" + (s.maximum !== undefined && s.maximum < 1e9 ? " from " + s.minimum + " to " + s.maximum : "") + ".");
      read = function () { return input.value === "" ? undefined : Number(input.value); };
    } else if (s.type === "string" && s.format === "date") {
      input = el("input", { id: id, name: path, type: "date" });
      input.value = path === "asOf" ? today() : "";
      hint.textContent = hintText || "A date.";
      read = function () { return input.value === "" ? undefined : input.value; };
    } else if (s.type === "string") {
      input = el("input", { id: id, name: path, type: "text", autocomplete: "off" });
      if (s.description && s.description.indexOf("money") === 0) {
        input.setAttribute("inputmode", "decimal");
        hint.textContent = hintText || "In pounds, like 1234.50.";
      } else {
        hint.textContent = hintText || (name === "caseId" ? "A made-up reference such as TRY-1: never a real pupil's details." : "Text.");
        input.value = name === "caseId" ? "TRY-1" : "";
      }
      read = function () { return input.value === "" ? undefined : input.value; };
    } else if (s.type === "array" && s.items && s.items.type === "string") {
      input = el("input", { id: id, name: path, type: "text", autocomplete: "off" });
      hint.textContent = hintText || "Separate several with commas; leave empty for none.";
      read = function () {
        var v = input.value.trim();
        return v === "" ? [] : v.split(",").map(function (x) { return x.trim(); }).filter(function (x) { return x !== ""; });
      };
    } else {
      input = el("textarea", { id: id, name: path, rows: "4", spellcheck: "false" });
      input.value = s.type === "array" ? "[]" : "{}";
      hint.textContent = hintText || ("Written as JSON: " + (s.type === "array" ? "a list" : "an object") + describe(info) + ".");
      read = function () {
        var v = input.value.trim();
        if (v === "") {
          return undefined;
        }
        try {
          return JSON.parse(v);
        } catch (e) {
          throw { path: path, message: "is not written as JSON" };
        }
      };
    }
    described(input);
    box.appendChild(input);
    parent.appendChild(box);
    entry.read = read;
    entry.focus = input;
    entry.error = error;
    return register(entry);
  }

  function register(entry) {
    byPath[entry.path] = entry;
    return entry;
  }

  function describe(info) {
    if (!info.items) {
      return "";
    }
    return " of items with " + Object.keys(info.items).map(function (k) { return info.items[k].label + " (" + k + ")"; }).join(", ");
  }

  function build() {
    holder.textContent = "";
    var request = el("fieldset");
    request.appendChild(el("legend", {}, "The request"));
    var asOf = control(request, "asOf", "asOf", schema.properties.asOf, true);
    var policy = control(request, "policy", "policy", schema.properties.policy, false);
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

  // The control a violation's path belongs to: the field itself, or the field whose part it is.
  function owner(path) {
    var p = path || "";
    while (p !== "") {
      if (byPath[p]) {
        return byPath[p];
      }
      var cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
      p = cut > 0 ? p.slice(0, cut) : "";
    }
    return null;
  }

  function clearViolations() {
    violations.textContent = "";
    violations.removeAttribute("role");
    Object.keys(byPath).forEach(function (k) {
      byPath[k].inputs.forEach(function (i) { i.removeAttribute("aria-invalid"); });
      byPath[k].error.textContent = "";
    });
  }

  function showViolations(list) {
    clearViolations();
    if (!list || list.length === 0) {
      return;
    }
    violations.setAttribute("role", "alert");
    violations.appendChild(el("h3", {}, "The case cannot be decided yet"));
    var ul = el("ul");
    var first = null;
    list.forEach(function (v) {
      var entry = owner(v.path);
      var li = el("li");
      if (entry) {
        var a = el("a", { href: "#" + entry.focus.id }, entry.label + ": " + v.message);
        a.addEventListener("click", function (event) {
          event.preventDefault();
          entry.focus.focus();
        });
        li.appendChild(a);
        entry.inputs.forEach(function (i) { i.setAttribute("aria-invalid", "true"); });
        entry.error.textContent = (entry.error.textContent ? entry.error.textContent + "; " : "") + v.message;
        if (!first) {
          first = entry;
        }
      } else {
        li.textContent = v.message;
      }
      ul.appendChild(li);
    });
    violations.appendChild(ul);
    if (first) {
      first.focus.focus();
    } else {
      violations.focus();
    }
  }

  function showAnswer(text) {
    var at = text.indexOf(RECORD);
    answerText.textContent = at < 0 ? text : text.slice(0, at + 1);
    answerRecord.textContent = at < 0 ? "" : text.slice(at + RECORD.length);
    answer.hidden = false;
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
    clearViolations();
    var request = { ruleSet: form.getAttribute("data-rule-set"), "case": {} };
    var problems = [];
    [["asOf", top.asOf], ["policy", top.policy]].forEach(function (p) {
      var v = p[1].read();
      if (v !== undefined) {
        request[p[0]] = v;
      }
    });
    controls.forEach(function (ctl) {
      try {
        var v = ctl.read();
        if (v !== undefined) {
          request["case"][ctl.name] = v;
        }
      } catch (problem) {
        problems.push(problem);
      }
    });
    if (problems.length > 0) {
      showViolations(problems);
      return;
    }
    answer.hidden = true;
    fetch("../v1/decisions", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "text/plain" },
      body: JSON.stringify(request)
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (response.ok && type.indexOf("text/plain") === 0) {
        return response.text().then(showAnswer);
      }
      return response.text().then(function (text) {
        var body = null;
        try {
          body = JSON.parse(text);
        } catch (e) {
          body = null;
        }
        if (body && body.violations) {
          showViolations(body.violations);
        } else {
          showViolations([{ path: "", message: (body && (body.detail || body.message)) || ("the service answered " + response.status) }]);
        }
      });
    }).catch(function (e) {
      showViolations([{ path: "", message: "the service could not be reached (" + e.message + ")" }]);
    });
  });
}());
