import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@babel/runtime/helpers/interopRequireDefault.js
var require_interopRequireDefault = __commonJS({
  "node_modules/@babel/runtime/helpers/interopRequireDefault.js"(exports, module) {
    function _interopRequireDefault(e) {
      return e && e.__esModule ? e : {
        "default": e
      };
    }
    module.exports = _interopRequireDefault, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/core-js/modules/_global.js
var require_global = __commonJS({
  "node_modules/core-js/modules/_global.js"(exports, module) {
    var global = module.exports = typeof window != "undefined" && window.Math == Math ? window : typeof self != "undefined" && self.Math == Math ? self : Function("return this")();
    if (typeof __g == "number") __g = global;
  }
});

// node_modules/core-js/modules/_core.js
var require_core = __commonJS({
  "node_modules/core-js/modules/_core.js"(exports, module) {
    var core2 = module.exports = { version: "2.6.12" };
    if (typeof __e == "number") __e = core2;
  }
});

// node_modules/core-js/modules/_is-object.js
var require_is_object = __commonJS({
  "node_modules/core-js/modules/_is-object.js"(exports, module) {
    module.exports = function(it) {
      return typeof it === "object" ? it !== null : typeof it === "function";
    };
  }
});

// node_modules/core-js/modules/_an-object.js
var require_an_object = __commonJS({
  "node_modules/core-js/modules/_an-object.js"(exports, module) {
    var isObject2 = require_is_object();
    module.exports = function(it) {
      if (!isObject2(it)) throw TypeError(it + " is not an object!");
      return it;
    };
  }
});

// node_modules/core-js/modules/_fails.js
var require_fails = __commonJS({
  "node_modules/core-js/modules/_fails.js"(exports, module) {
    module.exports = function(exec) {
      try {
        return !!exec();
      } catch (e) {
        return true;
      }
    };
  }
});

// node_modules/core-js/modules/_descriptors.js
var require_descriptors = __commonJS({
  "node_modules/core-js/modules/_descriptors.js"(exports, module) {
    module.exports = !require_fails()(function() {
      return Object.defineProperty({}, "a", { get: function() {
        return 7;
      } }).a != 7;
    });
  }
});

// node_modules/core-js/modules/_dom-create.js
var require_dom_create = __commonJS({
  "node_modules/core-js/modules/_dom-create.js"(exports, module) {
    var isObject2 = require_is_object();
    var document = require_global().document;
    var is = isObject2(document) && isObject2(document.createElement);
    module.exports = function(it) {
      return is ? document.createElement(it) : {};
    };
  }
});

// node_modules/core-js/modules/_ie8-dom-define.js
var require_ie8_dom_define = __commonJS({
  "node_modules/core-js/modules/_ie8-dom-define.js"(exports, module) {
    module.exports = !require_descriptors() && !require_fails()(function() {
      return Object.defineProperty(require_dom_create()("div"), "a", { get: function() {
        return 7;
      } }).a != 7;
    });
  }
});

// node_modules/core-js/modules/_to-primitive.js
var require_to_primitive = __commonJS({
  "node_modules/core-js/modules/_to-primitive.js"(exports, module) {
    var isObject2 = require_is_object();
    module.exports = function(it, S) {
      if (!isObject2(it)) return it;
      var fn, val;
      if (S && typeof (fn = it.toString) == "function" && !isObject2(val = fn.call(it))) return val;
      if (typeof (fn = it.valueOf) == "function" && !isObject2(val = fn.call(it))) return val;
      if (!S && typeof (fn = it.toString) == "function" && !isObject2(val = fn.call(it))) return val;
      throw TypeError("Can't convert object to primitive value");
    };
  }
});

// node_modules/core-js/modules/_object-dp.js
var require_object_dp = __commonJS({
  "node_modules/core-js/modules/_object-dp.js"(exports) {
    var anObject = require_an_object();
    var IE8_DOM_DEFINE = require_ie8_dom_define();
    var toPrimitive = require_to_primitive();
    var dP = Object.defineProperty;
    exports.f = require_descriptors() ? Object.defineProperty : function defineProperty(O, P, Attributes) {
      anObject(O);
      P = toPrimitive(P, true);
      anObject(Attributes);
      if (IE8_DOM_DEFINE) try {
        return dP(O, P, Attributes);
      } catch (e) {
      }
      if ("get" in Attributes || "set" in Attributes) throw TypeError("Accessors not supported!");
      if ("value" in Attributes) O[P] = Attributes.value;
      return O;
    };
  }
});

// node_modules/core-js/modules/_property-desc.js
var require_property_desc = __commonJS({
  "node_modules/core-js/modules/_property-desc.js"(exports, module) {
    module.exports = function(bitmap, value) {
      return {
        enumerable: !(bitmap & 1),
        configurable: !(bitmap & 2),
        writable: !(bitmap & 4),
        value
      };
    };
  }
});

// node_modules/core-js/modules/_hide.js
var require_hide = __commonJS({
  "node_modules/core-js/modules/_hide.js"(exports, module) {
    var dP = require_object_dp();
    var createDesc = require_property_desc();
    module.exports = require_descriptors() ? function(object2, key, value) {
      return dP.f(object2, key, createDesc(1, value));
    } : function(object2, key, value) {
      object2[key] = value;
      return object2;
    };
  }
});

// node_modules/core-js/modules/_has.js
var require_has = __commonJS({
  "node_modules/core-js/modules/_has.js"(exports, module) {
    var hasOwnProperty = {}.hasOwnProperty;
    module.exports = function(it, key) {
      return hasOwnProperty.call(it, key);
    };
  }
});

// node_modules/core-js/modules/_uid.js
var require_uid = __commonJS({
  "node_modules/core-js/modules/_uid.js"(exports, module) {
    var id = 0;
    var px = Math.random();
    module.exports = function(key) {
      return "Symbol(".concat(key === void 0 ? "" : key, ")_", (++id + px).toString(36));
    };
  }
});

// node_modules/core-js/modules/_library.js
var require_library = __commonJS({
  "node_modules/core-js/modules/_library.js"(exports, module) {
    module.exports = false;
  }
});

// node_modules/core-js/modules/_shared.js
var require_shared = __commonJS({
  "node_modules/core-js/modules/_shared.js"(exports, module) {
    var core2 = require_core();
    var global = require_global();
    var SHARED = "__core-js_shared__";
    var store = global[SHARED] || (global[SHARED] = {});
    (module.exports = function(key, value) {
      return store[key] || (store[key] = value !== void 0 ? value : {});
    })("versions", []).push({
      version: core2.version,
      mode: require_library() ? "pure" : "global",
      copyright: "\xA9 2020 Denis Pushkarev (zloirock.ru)"
    });
  }
});

// node_modules/core-js/modules/_function-to-string.js
var require_function_to_string = __commonJS({
  "node_modules/core-js/modules/_function-to-string.js"(exports, module) {
    module.exports = require_shared()("native-function-to-string", Function.toString);
  }
});

// node_modules/core-js/modules/_redefine.js
var require_redefine = __commonJS({
  "node_modules/core-js/modules/_redefine.js"(exports, module) {
    var global = require_global();
    var hide2 = require_hide();
    var has = require_has();
    var SRC = require_uid()("src");
    var $toString = require_function_to_string();
    var TO_STRING = "toString";
    var TPL = ("" + $toString).split(TO_STRING);
    require_core().inspectSource = function(it) {
      return $toString.call(it);
    };
    (module.exports = function(O, key, val, safe) {
      var isFunction = typeof val == "function";
      if (isFunction) has(val, "name") || hide2(val, "name", key);
      if (O[key] === val) return;
      if (isFunction) has(val, SRC) || hide2(val, SRC, O[key] ? "" + O[key] : TPL.join(String(key)));
      if (O === global) {
        O[key] = val;
      } else if (!safe) {
        delete O[key];
        hide2(O, key, val);
      } else if (O[key]) {
        O[key] = val;
      } else {
        hide2(O, key, val);
      }
    })(Function.prototype, TO_STRING, function toString() {
      return typeof this == "function" && this[SRC] || $toString.call(this);
    });
  }
});

// node_modules/core-js/modules/_a-function.js
var require_a_function = __commonJS({
  "node_modules/core-js/modules/_a-function.js"(exports, module) {
    module.exports = function(it) {
      if (typeof it != "function") throw TypeError(it + " is not a function!");
      return it;
    };
  }
});

// node_modules/core-js/modules/_ctx.js
var require_ctx = __commonJS({
  "node_modules/core-js/modules/_ctx.js"(exports, module) {
    var aFunction = require_a_function();
    module.exports = function(fn, that, length2) {
      aFunction(fn);
      if (that === void 0) return fn;
      switch (length2) {
        case 1:
          return function(a) {
            return fn.call(that, a);
          };
        case 2:
          return function(a, b) {
            return fn.call(that, a, b);
          };
        case 3:
          return function(a, b, c) {
            return fn.call(that, a, b, c);
          };
      }
      return function() {
        return fn.apply(that, arguments);
      };
    };
  }
});

// node_modules/core-js/modules/_export.js
var require_export = __commonJS({
  "node_modules/core-js/modules/_export.js"(exports, module) {
    var global = require_global();
    var core2 = require_core();
    var hide2 = require_hide();
    var redefine = require_redefine();
    var ctx = require_ctx();
    var PROTOTYPE = "prototype";
    var $export = function(type, name, source) {
      var IS_FORCED = type & $export.F;
      var IS_GLOBAL = type & $export.G;
      var IS_STATIC = type & $export.S;
      var IS_PROTO = type & $export.P;
      var IS_BIND = type & $export.B;
      var target = IS_GLOBAL ? global : IS_STATIC ? global[name] || (global[name] = {}) : (global[name] || {})[PROTOTYPE];
      var exports2 = IS_GLOBAL ? core2 : core2[name] || (core2[name] = {});
      var expProto = exports2[PROTOTYPE] || (exports2[PROTOTYPE] = {});
      var key, own2, out, exp;
      if (IS_GLOBAL) source = name;
      for (key in source) {
        own2 = !IS_FORCED && target && target[key] !== void 0;
        out = (own2 ? target : source)[key];
        exp = IS_BIND && own2 ? ctx(out, global) : IS_PROTO && typeof out == "function" ? ctx(Function.call, out) : out;
        if (target) redefine(target, key, out, type & $export.U);
        if (exports2[key] != out) hide2(exports2, key, exp);
        if (IS_PROTO && expProto[key] != out) expProto[key] = out;
      }
    };
    global.core = core2;
    $export.F = 1;
    $export.G = 2;
    $export.S = 4;
    $export.P = 8;
    $export.B = 16;
    $export.W = 32;
    $export.U = 64;
    $export.R = 128;
    module.exports = $export;
  }
});

// node_modules/core-js/modules/es6.object.define-property.js
var require_es6_object_define_property = __commonJS({
  "node_modules/core-js/modules/es6.object.define-property.js"() {
    var $export = require_export();
    $export($export.S + $export.F * !require_descriptors(), "Object", { defineProperty: require_object_dp().f });
  }
});

// node_modules/core-js/modules/_defined.js
var require_defined = __commonJS({
  "node_modules/core-js/modules/_defined.js"(exports, module) {
    module.exports = function(it) {
      if (it == void 0) throw TypeError("Can't call method on  " + it);
      return it;
    };
  }
});

// node_modules/core-js/modules/_to-object.js
var require_to_object = __commonJS({
  "node_modules/core-js/modules/_to-object.js"(exports, module) {
    var defined = require_defined();
    module.exports = function(it) {
      return Object(defined(it));
    };
  }
});

// node_modules/core-js/modules/_to-integer.js
var require_to_integer = __commonJS({
  "node_modules/core-js/modules/_to-integer.js"(exports, module) {
    var ceil = Math.ceil;
    var floor = Math.floor;
    module.exports = function(it) {
      return isNaN(it = +it) ? 0 : (it > 0 ? floor : ceil)(it);
    };
  }
});

// node_modules/core-js/modules/_to-length.js
var require_to_length = __commonJS({
  "node_modules/core-js/modules/_to-length.js"(exports, module) {
    var toInteger = require_to_integer();
    var min = Math.min;
    module.exports = function(it) {
      return it > 0 ? min(toInteger(it), 9007199254740991) : 0;
    };
  }
});

// node_modules/core-js/modules/_string-at.js
var require_string_at = __commonJS({
  "node_modules/core-js/modules/_string-at.js"(exports, module) {
    var toInteger = require_to_integer();
    var defined = require_defined();
    module.exports = function(TO_STRING) {
      return function(that, pos2) {
        var s = String(defined(that));
        var i = toInteger(pos2);
        var l = s.length;
        var a, b;
        if (i < 0 || i >= l) return TO_STRING ? "" : void 0;
        a = s.charCodeAt(i);
        return a < 55296 || a > 56319 || i + 1 === l || (b = s.charCodeAt(i + 1)) < 56320 || b > 57343 ? TO_STRING ? s.charAt(i) : a : TO_STRING ? s.slice(i, i + 2) : (a - 55296 << 10) + (b - 56320) + 65536;
      };
    };
  }
});

// node_modules/core-js/modules/_advance-string-index.js
var require_advance_string_index = __commonJS({
  "node_modules/core-js/modules/_advance-string-index.js"(exports, module) {
    "use strict";
    var at = require_string_at()(true);
    module.exports = function(S, index, unicode) {
      return index + (unicode ? at(S, index).length : 1);
    };
  }
});

// node_modules/core-js/modules/_cof.js
var require_cof = __commonJS({
  "node_modules/core-js/modules/_cof.js"(exports, module) {
    var toString = {}.toString;
    module.exports = function(it) {
      return toString.call(it).slice(8, -1);
    };
  }
});

// node_modules/core-js/modules/_wks.js
var require_wks = __commonJS({
  "node_modules/core-js/modules/_wks.js"(exports, module) {
    var store = require_shared()("wks");
    var uid = require_uid();
    var Symbol2 = require_global().Symbol;
    var USE_SYMBOL = typeof Symbol2 == "function";
    var $exports = module.exports = function(name) {
      return store[name] || (store[name] = USE_SYMBOL && Symbol2[name] || (USE_SYMBOL ? Symbol2 : uid)("Symbol." + name));
    };
    $exports.store = store;
  }
});

// node_modules/core-js/modules/_classof.js
var require_classof = __commonJS({
  "node_modules/core-js/modules/_classof.js"(exports, module) {
    var cof = require_cof();
    var TAG = require_wks()("toStringTag");
    var ARG = cof(/* @__PURE__ */ (function() {
      return arguments;
    })()) == "Arguments";
    var tryGet = function(it, key) {
      try {
        return it[key];
      } catch (e) {
      }
    };
    module.exports = function(it) {
      var O, T, B;
      return it === void 0 ? "Undefined" : it === null ? "Null" : typeof (T = tryGet(O = Object(it), TAG)) == "string" ? T : ARG ? cof(O) : (B = cof(O)) == "Object" && typeof O.callee == "function" ? "Arguments" : B;
    };
  }
});

// node_modules/core-js/modules/_regexp-exec-abstract.js
var require_regexp_exec_abstract = __commonJS({
  "node_modules/core-js/modules/_regexp-exec-abstract.js"(exports, module) {
    "use strict";
    var classof = require_classof();
    var builtinExec = RegExp.prototype.exec;
    module.exports = function(R, S) {
      var exec = R.exec;
      if (typeof exec === "function") {
        var result = exec.call(R, S);
        if (typeof result !== "object") {
          throw new TypeError("RegExp exec method returned something other than an Object or null");
        }
        return result;
      }
      if (classof(R) !== "RegExp") {
        throw new TypeError("RegExp#exec called on incompatible receiver");
      }
      return builtinExec.call(R, S);
    };
  }
});

// node_modules/core-js/modules/_flags.js
var require_flags = __commonJS({
  "node_modules/core-js/modules/_flags.js"(exports, module) {
    "use strict";
    var anObject = require_an_object();
    module.exports = function() {
      var that = anObject(this);
      var result = "";
      if (that.global) result += "g";
      if (that.ignoreCase) result += "i";
      if (that.multiline) result += "m";
      if (that.unicode) result += "u";
      if (that.sticky) result += "y";
      return result;
    };
  }
});

// node_modules/core-js/modules/_regexp-exec.js
var require_regexp_exec = __commonJS({
  "node_modules/core-js/modules/_regexp-exec.js"(exports, module) {
    "use strict";
    var regexpFlags = require_flags();
    var nativeExec = RegExp.prototype.exec;
    var nativeReplace = String.prototype.replace;
    var patchedExec = nativeExec;
    var LAST_INDEX = "lastIndex";
    var UPDATES_LAST_INDEX_WRONG = (function() {
      var re1 = /a/, re2 = /b*/g;
      nativeExec.call(re1, "a");
      nativeExec.call(re2, "a");
      return re1[LAST_INDEX] !== 0 || re2[LAST_INDEX] !== 0;
    })();
    var NPCG_INCLUDED = /()??/.exec("")[1] !== void 0;
    var PATCH = UPDATES_LAST_INDEX_WRONG || NPCG_INCLUDED;
    if (PATCH) {
      patchedExec = function exec(str) {
        var re = this;
        var lastIndex, reCopy, match, i;
        if (NPCG_INCLUDED) {
          reCopy = new RegExp("^" + re.source + "$(?!\\s)", regexpFlags.call(re));
        }
        if (UPDATES_LAST_INDEX_WRONG) lastIndex = re[LAST_INDEX];
        match = nativeExec.call(re, str);
        if (UPDATES_LAST_INDEX_WRONG && match) {
          re[LAST_INDEX] = re.global ? match.index + match[0].length : lastIndex;
        }
        if (NPCG_INCLUDED && match && match.length > 1) {
          nativeReplace.call(match[0], reCopy, function() {
            for (i = 1; i < arguments.length - 2; i++) {
              if (arguments[i] === void 0) match[i] = void 0;
            }
          });
        }
        return match;
      };
    }
    module.exports = patchedExec;
  }
});

// node_modules/core-js/modules/es6.regexp.exec.js
var require_es6_regexp_exec = __commonJS({
  "node_modules/core-js/modules/es6.regexp.exec.js"() {
    "use strict";
    var regexpExec = require_regexp_exec();
    require_export()({
      target: "RegExp",
      proto: true,
      forced: regexpExec !== /./.exec
    }, {
      exec: regexpExec
    });
  }
});

// node_modules/core-js/modules/_fix-re-wks.js
var require_fix_re_wks = __commonJS({
  "node_modules/core-js/modules/_fix-re-wks.js"(exports, module) {
    "use strict";
    require_es6_regexp_exec();
    var redefine = require_redefine();
    var hide2 = require_hide();
    var fails = require_fails();
    var defined = require_defined();
    var wks = require_wks();
    var regexpExec = require_regexp_exec();
    var SPECIES = wks("species");
    var REPLACE_SUPPORTS_NAMED_GROUPS = !fails(function() {
      var re = /./;
      re.exec = function() {
        var result = [];
        result.groups = { a: "7" };
        return result;
      };
      return "".replace(re, "$<a>") !== "7";
    });
    var SPLIT_WORKS_WITH_OVERWRITTEN_EXEC = (function() {
      var re = /(?:)/;
      var originalExec = re.exec;
      re.exec = function() {
        return originalExec.apply(this, arguments);
      };
      var result = "ab".split(re);
      return result.length === 2 && result[0] === "a" && result[1] === "b";
    })();
    module.exports = function(KEY, length2, exec) {
      var SYMBOL = wks(KEY);
      var DELEGATES_TO_SYMBOL = !fails(function() {
        var O = {};
        O[SYMBOL] = function() {
          return 7;
        };
        return ""[KEY](O) != 7;
      });
      var DELEGATES_TO_EXEC = DELEGATES_TO_SYMBOL ? !fails(function() {
        var execCalled = false;
        var re = /a/;
        re.exec = function() {
          execCalled = true;
          return null;
        };
        if (KEY === "split") {
          re.constructor = {};
          re.constructor[SPECIES] = function() {
            return re;
          };
        }
        re[SYMBOL]("");
        return !execCalled;
      }) : void 0;
      if (!DELEGATES_TO_SYMBOL || !DELEGATES_TO_EXEC || KEY === "replace" && !REPLACE_SUPPORTS_NAMED_GROUPS || KEY === "split" && !SPLIT_WORKS_WITH_OVERWRITTEN_EXEC) {
        var nativeRegExpMethod = /./[SYMBOL];
        var fns = exec(
          defined,
          SYMBOL,
          ""[KEY],
          function maybeCallNative(nativeMethod, regexp, str, arg2, forceStringMethod) {
            if (regexp.exec === regexpExec) {
              if (DELEGATES_TO_SYMBOL && !forceStringMethod) {
                return { done: true, value: nativeRegExpMethod.call(regexp, str, arg2) };
              }
              return { done: true, value: nativeMethod.call(str, regexp, arg2) };
            }
            return { done: false };
          }
        );
        var strfn = fns[0];
        var rxfn = fns[1];
        redefine(String.prototype, KEY, strfn);
        hide2(
          RegExp.prototype,
          SYMBOL,
          length2 == 2 ? function(string3, arg) {
            return rxfn.call(string3, this, arg);
          } : function(string3) {
            return rxfn.call(string3, this);
          }
        );
      }
    };
  }
});

// node_modules/core-js/modules/es6.regexp.replace.js
var require_es6_regexp_replace = __commonJS({
  "node_modules/core-js/modules/es6.regexp.replace.js"() {
    "use strict";
    var anObject = require_an_object();
    var toObject = require_to_object();
    var toLength = require_to_length();
    var toInteger = require_to_integer();
    var advanceStringIndex = require_advance_string_index();
    var regExpExec = require_regexp_exec_abstract();
    var max = Math.max;
    var min = Math.min;
    var floor = Math.floor;
    var SUBSTITUTION_SYMBOLS = /\$([$&`']|\d\d?|<[^>]*>)/g;
    var SUBSTITUTION_SYMBOLS_NO_NAMED = /\$([$&`']|\d\d?)/g;
    var maybeToString = function(it) {
      return it === void 0 ? it : String(it);
    };
    require_fix_re_wks()("replace", 2, function(defined, REPLACE, $replace, maybeCallNative) {
      return [
        // `String.prototype.replace` method
        // https://tc39.github.io/ecma262/#sec-string.prototype.replace
        function replace(searchValue, replaceValue) {
          var O = defined(this);
          var fn = searchValue == void 0 ? void 0 : searchValue[REPLACE];
          return fn !== void 0 ? fn.call(searchValue, O, replaceValue) : $replace.call(String(O), searchValue, replaceValue);
        },
        // `RegExp.prototype[@@replace]` method
        // https://tc39.github.io/ecma262/#sec-regexp.prototype-@@replace
        function(regexp, replaceValue) {
          var res = maybeCallNative($replace, regexp, this, replaceValue);
          if (res.done) return res.value;
          var rx = anObject(regexp);
          var S = String(this);
          var functionalReplace = typeof replaceValue === "function";
          if (!functionalReplace) replaceValue = String(replaceValue);
          var global = rx.global;
          if (global) {
            var fullUnicode = rx.unicode;
            rx.lastIndex = 0;
          }
          var results = [];
          while (true) {
            var result = regExpExec(rx, S);
            if (result === null) break;
            results.push(result);
            if (!global) break;
            var matchStr = String(result[0]);
            if (matchStr === "") rx.lastIndex = advanceStringIndex(S, toLength(rx.lastIndex), fullUnicode);
          }
          var accumulatedResult = "";
          var nextSourcePosition = 0;
          for (var i = 0; i < results.length; i++) {
            result = results[i];
            var matched = String(result[0]);
            var position = max(min(toInteger(result.index), S.length), 0);
            var captures = [];
            for (var j = 1; j < result.length; j++) captures.push(maybeToString(result[j]));
            var namedCaptures = result.groups;
            if (functionalReplace) {
              var replacerArgs = [matched].concat(captures, position, S);
              if (namedCaptures !== void 0) replacerArgs.push(namedCaptures);
              var replacement = String(replaceValue.apply(void 0, replacerArgs));
            } else {
              replacement = getSubstitution(matched, S, position, captures, namedCaptures, replaceValue);
            }
            if (position >= nextSourcePosition) {
              accumulatedResult += S.slice(nextSourcePosition, position) + replacement;
              nextSourcePosition = position + matched.length;
            }
          }
          return accumulatedResult + S.slice(nextSourcePosition);
        }
      ];
      function getSubstitution(matched, str, position, captures, namedCaptures, replacement) {
        var tailPos = position + matched.length;
        var m = captures.length;
        var symbols = SUBSTITUTION_SYMBOLS_NO_NAMED;
        if (namedCaptures !== void 0) {
          namedCaptures = toObject(namedCaptures);
          symbols = SUBSTITUTION_SYMBOLS;
        }
        return $replace.call(replacement, symbols, function(match, ch) {
          var capture;
          switch (ch.charAt(0)) {
            case "$":
              return "$";
            case "&":
              return matched;
            case "`":
              return str.slice(0, position);
            case "'":
              return str.slice(tailPos);
            case "<":
              capture = namedCaptures[ch.slice(1, -1)];
              break;
            default:
              var n2 = +ch;
              if (n2 === 0) return match;
              if (n2 > m) {
                var f = floor(n2 / 10);
                if (f === 0) return match;
                if (f <= m) return captures[f - 1] === void 0 ? ch.charAt(1) : captures[f - 1] + ch.charAt(1);
                return match;
              }
              capture = captures[n2 - 1];
          }
          return capture === void 0 ? "" : capture;
        });
      }
    });
  }
});

// node_modules/core-js/modules/_iobject.js
var require_iobject = __commonJS({
  "node_modules/core-js/modules/_iobject.js"(exports, module) {
    var cof = require_cof();
    module.exports = Object("z").propertyIsEnumerable(0) ? Object : function(it) {
      return cof(it) == "String" ? it.split("") : Object(it);
    };
  }
});

// node_modules/core-js/modules/_to-iobject.js
var require_to_iobject = __commonJS({
  "node_modules/core-js/modules/_to-iobject.js"(exports, module) {
    var IObject = require_iobject();
    var defined = require_defined();
    module.exports = function(it) {
      return IObject(defined(it));
    };
  }
});

// node_modules/core-js/modules/_to-absolute-index.js
var require_to_absolute_index = __commonJS({
  "node_modules/core-js/modules/_to-absolute-index.js"(exports, module) {
    var toInteger = require_to_integer();
    var max = Math.max;
    var min = Math.min;
    module.exports = function(index, length2) {
      index = toInteger(index);
      return index < 0 ? max(index + length2, 0) : min(index, length2);
    };
  }
});

// node_modules/core-js/modules/_array-includes.js
var require_array_includes = __commonJS({
  "node_modules/core-js/modules/_array-includes.js"(exports, module) {
    var toIObject = require_to_iobject();
    var toLength = require_to_length();
    var toAbsoluteIndex = require_to_absolute_index();
    module.exports = function(IS_INCLUDES) {
      return function($this, el, fromIndex) {
        var O = toIObject($this);
        var length2 = toLength(O.length);
        var index = toAbsoluteIndex(fromIndex, length2);
        var value;
        if (IS_INCLUDES && el != el) while (length2 > index) {
          value = O[index++];
          if (value != value) return true;
        }
        else for (; length2 > index; index++) if (IS_INCLUDES || index in O) {
          if (O[index] === el) return IS_INCLUDES || index || 0;
        }
        return !IS_INCLUDES && -1;
      };
    };
  }
});

// node_modules/core-js/modules/_strict-method.js
var require_strict_method = __commonJS({
  "node_modules/core-js/modules/_strict-method.js"(exports, module) {
    "use strict";
    var fails = require_fails();
    module.exports = function(method, arg) {
      return !!method && fails(function() {
        arg ? method.call(null, function() {
        }, 1) : method.call(null);
      });
    };
  }
});

// node_modules/core-js/modules/es6.array.index-of.js
var require_es6_array_index_of = __commonJS({
  "node_modules/core-js/modules/es6.array.index-of.js"() {
    "use strict";
    var $export = require_export();
    var $indexOf = require_array_includes()(false);
    var $native = [].indexOf;
    var NEGATIVE_ZERO = !!$native && 1 / [1].indexOf(1, -0) < 0;
    $export($export.P + $export.F * (NEGATIVE_ZERO || !require_strict_method()($native)), "Array", {
      // 22.1.3.11 / 15.4.4.14 Array.prototype.indexOf(searchElement [, fromIndex])
      indexOf: function indexOf(searchElement) {
        return NEGATIVE_ZERO ? $native.apply(this, arguments) || 0 : $indexOf(this, searchElement, arguments[1]);
      }
    });
  }
});

// node_modules/twitter-text/dist/regexp/cashtag.js
var require_cashtag = __commonJS({
  "node_modules/twitter-text/dist/regexp/cashtag.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var cashtag = /[a-z]{1,6}(?:[._][a-z]{1,2})?/i;
    var _default2 = cashtag;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/punct.js
var require_punct = __commonJS({
  "node_modules/twitter-text/dist/regexp/punct.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var punct = /\!'#%&'\(\)*\+,\\\-\.\/:;<=>\?@\[\]\^_{|}~\$/;
    var _default2 = punct;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/_object-pie.js
var require_object_pie = __commonJS({
  "node_modules/core-js/modules/_object-pie.js"(exports) {
    exports.f = {}.propertyIsEnumerable;
  }
});

// node_modules/core-js/modules/_object-gopd.js
var require_object_gopd = __commonJS({
  "node_modules/core-js/modules/_object-gopd.js"(exports) {
    var pIE = require_object_pie();
    var createDesc = require_property_desc();
    var toIObject = require_to_iobject();
    var toPrimitive = require_to_primitive();
    var has = require_has();
    var IE8_DOM_DEFINE = require_ie8_dom_define();
    var gOPD = Object.getOwnPropertyDescriptor;
    exports.f = require_descriptors() ? gOPD : function getOwnPropertyDescriptor(O, P) {
      O = toIObject(O);
      P = toPrimitive(P, true);
      if (IE8_DOM_DEFINE) try {
        return gOPD(O, P);
      } catch (e) {
      }
      if (has(O, P)) return createDesc(!pIE.f.call(O, P), O[P]);
    };
  }
});

// node_modules/core-js/modules/_set-proto.js
var require_set_proto = __commonJS({
  "node_modules/core-js/modules/_set-proto.js"(exports, module) {
    var isObject2 = require_is_object();
    var anObject = require_an_object();
    var check = function(O, proto) {
      anObject(O);
      if (!isObject2(proto) && proto !== null) throw TypeError(proto + ": can't set as prototype!");
    };
    module.exports = {
      set: Object.setPrototypeOf || ("__proto__" in {} ? (
        // eslint-disable-line
        (function(test, buggy, set2) {
          try {
            set2 = require_ctx()(Function.call, require_object_gopd().f(Object.prototype, "__proto__").set, 2);
            set2(test, []);
            buggy = !(test instanceof Array);
          } catch (e) {
            buggy = true;
          }
          return function setPrototypeOf(O, proto) {
            check(O, proto);
            if (buggy) O.__proto__ = proto;
            else set2(O, proto);
            return O;
          };
        })({}, false)
      ) : void 0),
      check
    };
  }
});

// node_modules/core-js/modules/_inherit-if-required.js
var require_inherit_if_required = __commonJS({
  "node_modules/core-js/modules/_inherit-if-required.js"(exports, module) {
    var isObject2 = require_is_object();
    var setPrototypeOf = require_set_proto().set;
    module.exports = function(that, target, C) {
      var S = target.constructor;
      var P;
      if (S !== C && typeof S == "function" && (P = S.prototype) !== C.prototype && isObject2(P) && setPrototypeOf) {
        setPrototypeOf(that, P);
      }
      return that;
    };
  }
});

// node_modules/core-js/modules/_shared-key.js
var require_shared_key = __commonJS({
  "node_modules/core-js/modules/_shared-key.js"(exports, module) {
    var shared = require_shared()("keys");
    var uid = require_uid();
    module.exports = function(key) {
      return shared[key] || (shared[key] = uid(key));
    };
  }
});

// node_modules/core-js/modules/_object-keys-internal.js
var require_object_keys_internal = __commonJS({
  "node_modules/core-js/modules/_object-keys-internal.js"(exports, module) {
    var has = require_has();
    var toIObject = require_to_iobject();
    var arrayIndexOf = require_array_includes()(false);
    var IE_PROTO = require_shared_key()("IE_PROTO");
    module.exports = function(object2, names) {
      var O = toIObject(object2);
      var i = 0;
      var result = [];
      var key;
      for (key in O) if (key != IE_PROTO) has(O, key) && result.push(key);
      while (names.length > i) if (has(O, key = names[i++])) {
        ~arrayIndexOf(result, key) || result.push(key);
      }
      return result;
    };
  }
});

// node_modules/core-js/modules/_enum-bug-keys.js
var require_enum_bug_keys = __commonJS({
  "node_modules/core-js/modules/_enum-bug-keys.js"(exports, module) {
    module.exports = "constructor,hasOwnProperty,isPrototypeOf,propertyIsEnumerable,toLocaleString,toString,valueOf".split(",");
  }
});

// node_modules/core-js/modules/_object-gopn.js
var require_object_gopn = __commonJS({
  "node_modules/core-js/modules/_object-gopn.js"(exports) {
    var $keys = require_object_keys_internal();
    var hiddenKeys = require_enum_bug_keys().concat("length", "prototype");
    exports.f = Object.getOwnPropertyNames || function getOwnPropertyNames(O) {
      return $keys(O, hiddenKeys);
    };
  }
});

// node_modules/core-js/modules/_is-regexp.js
var require_is_regexp = __commonJS({
  "node_modules/core-js/modules/_is-regexp.js"(exports, module) {
    var isObject2 = require_is_object();
    var cof = require_cof();
    var MATCH = require_wks()("match");
    module.exports = function(it) {
      var isRegExp;
      return isObject2(it) && ((isRegExp = it[MATCH]) !== void 0 ? !!isRegExp : cof(it) == "RegExp");
    };
  }
});

// node_modules/core-js/modules/_set-species.js
var require_set_species = __commonJS({
  "node_modules/core-js/modules/_set-species.js"(exports, module) {
    "use strict";
    var global = require_global();
    var dP = require_object_dp();
    var DESCRIPTORS = require_descriptors();
    var SPECIES = require_wks()("species");
    module.exports = function(KEY) {
      var C = global[KEY];
      if (DESCRIPTORS && C && !C[SPECIES]) dP.f(C, SPECIES, {
        configurable: true,
        get: function() {
          return this;
        }
      });
    };
  }
});

// node_modules/core-js/modules/es6.regexp.constructor.js
var require_es6_regexp_constructor = __commonJS({
  "node_modules/core-js/modules/es6.regexp.constructor.js"() {
    var global = require_global();
    var inheritIfRequired = require_inherit_if_required();
    var dP = require_object_dp().f;
    var gOPN = require_object_gopn().f;
    var isRegExp = require_is_regexp();
    var $flags = require_flags();
    var $RegExp = global.RegExp;
    var Base = $RegExp;
    var proto = $RegExp.prototype;
    var re1 = /a/g;
    var re2 = /a/g;
    var CORRECT_NEW = new $RegExp(re1) !== re1;
    if (require_descriptors() && (!CORRECT_NEW || require_fails()(function() {
      re2[require_wks()("match")] = false;
      return $RegExp(re1) != re1 || $RegExp(re2) == re2 || $RegExp(re1, "i") != "/a/i";
    }))) {
      $RegExp = function RegExp2(p, f) {
        var tiRE = this instanceof $RegExp;
        var piRE = isRegExp(p);
        var fiU = f === void 0;
        return !tiRE && piRE && p.constructor === $RegExp && fiU ? p : inheritIfRequired(
          CORRECT_NEW ? new Base(piRE && !fiU ? p.source : p, f) : Base((piRE = p instanceof $RegExp) ? p.source : p, piRE && fiU ? $flags.call(p) : f),
          tiRE ? this : proto,
          $RegExp
        );
      };
      proxy = function(key) {
        key in $RegExp || dP($RegExp, key, {
          configurable: true,
          get: function() {
            return Base[key];
          },
          set: function(it) {
            Base[key] = it;
          }
        });
      };
      for (keys = gOPN(Base), i = 0; keys.length > i; ) proxy(keys[i++]);
      proto.constructor = $RegExp;
      $RegExp.prototype = proto;
      require_redefine()(global, "RegExp", $RegExp);
    }
    var proxy;
    var keys;
    var i;
    require_set_species()("RegExp");
  }
});

// node_modules/twitter-text/dist/lib/regexSupplant.js
var require_regexSupplant = __commonJS({
  "node_modules/twitter-text/dist/lib/regexSupplant.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_replace();
    require_es6_regexp_constructor();
    require_es6_array_index_of();
    function _default2(regex, map, flags2) {
      flags2 = flags2 || "";
      if (typeof regex !== "string") {
        if (regex.global && flags2.indexOf("g") < 0) {
          flags2 += "g";
        }
        if (regex.ignoreCase && flags2.indexOf("i") < 0) {
          flags2 += "i";
        }
        if (regex.multiline && flags2.indexOf("m") < 0) {
          flags2 += "m";
        }
        regex = regex.source;
      }
      return new RegExp(regex.replace(/#\{(\w+)\}/g, function(match, name) {
        var newRegex = map[name] || "";
        if (typeof newRegex !== "string") {
          newRegex = newRegex.source;
        }
        return newRegex;
      }), flags2);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/spacesGroup.js
var require_spacesGroup = __commonJS({
  "node_modules/twitter-text/dist/regexp/spacesGroup.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var spacesGroup = /\x09-\x0D\x20\x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000/;
    var _default2 = spacesGroup;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/spaces.js
var require_spaces = __commonJS({
  "node_modules/twitter-text/dist/regexp/spaces.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _spacesGroup = _interopRequireDefault(require_spacesGroup());
    var _default2 = (0, _regexSupplant["default"])(/[#{spacesGroup}]/, {
      spacesGroup: _spacesGroup["default"]
    });
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validCashtag.js
var require_validCashtag = __commonJS({
  "node_modules/twitter-text/dist/regexp/validCashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _cashtag = _interopRequireDefault(require_cashtag());
    var _punct = _interopRequireDefault(require_punct());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _spaces = _interopRequireDefault(require_spaces());
    var validCashtag = (0, _regexSupplant["default"])("(^|#{spaces})(\\$)(#{cashtag})(?=$|\\s|[#{punct}])", {
      cashtag: _cashtag["default"],
      spaces: _spaces["default"],
      punct: _punct["default"]
    }, "gi");
    var _default2 = validCashtag;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractCashtagsWithIndices.js
var require_extractCashtagsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractCashtagsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_replace();
    require_es6_array_index_of();
    var _validCashtag = _interopRequireDefault(require_validCashtag());
    function _default2(text) {
      if (!text || text.indexOf("$") === -1) {
        return [];
      }
      var tags = [];
      text.replace(_validCashtag["default"], function(match, before, dollar, cashtag, offset, chunk) {
        var startPosition = offset + before.length;
        var endPosition = startPosition + cashtag.length + 1;
        tags.push({
          cashtag,
          indices: [startPosition, endPosition]
        });
      });
      return tags;
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.regexp.match.js
var require_es6_regexp_match = __commonJS({
  "node_modules/core-js/modules/es6.regexp.match.js"() {
    "use strict";
    var anObject = require_an_object();
    var toLength = require_to_length();
    var advanceStringIndex = require_advance_string_index();
    var regExpExec = require_regexp_exec_abstract();
    require_fix_re_wks()("match", 1, function(defined, MATCH, $match, maybeCallNative) {
      return [
        // `String.prototype.match` method
        // https://tc39.github.io/ecma262/#sec-string.prototype.match
        function match(regexp) {
          var O = defined(this);
          var fn = regexp == void 0 ? void 0 : regexp[MATCH];
          return fn !== void 0 ? fn.call(regexp, O) : new RegExp(regexp)[MATCH](String(O));
        },
        // `RegExp.prototype[@@match]` method
        // https://tc39.github.io/ecma262/#sec-regexp.prototype-@@match
        function(regexp) {
          var res = maybeCallNative($match, regexp, this);
          if (res.done) return res.value;
          var rx = anObject(regexp);
          var S = String(this);
          if (!rx.global) return regExpExec(rx, S);
          var fullUnicode = rx.unicode;
          rx.lastIndex = 0;
          var A = [];
          var n2 = 0;
          var result;
          while ((result = regExpExec(rx, S)) !== null) {
            var matchStr = String(result[0]);
            A[n2] = matchStr;
            if (matchStr === "") rx.lastIndex = advanceStringIndex(S, toLength(rx.lastIndex), fullUnicode);
            n2++;
          }
          return n2 === 0 ? null : A;
        }
      ];
    });
  }
});

// node_modules/twitter-text/dist/regexp/hashSigns.js
var require_hashSigns = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashSigns.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var hashSigns = /[#＃]/;
    var _default2 = hashSigns;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/endHashtagMatch.js
var require_endHashtagMatch = __commonJS({
  "node_modules/twitter-text/dist/regexp/endHashtagMatch.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _hashSigns = _interopRequireDefault(require_hashSigns());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var endHashtagMatch = (0, _regexSupplant["default"])(/^(?:#{hashSigns}|:\/\/)/, {
      hashSigns: _hashSigns["default"]
    });
    var _default2 = endHashtagMatch;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validCCTLD.js
var require_validCCTLD = __commonJS({
  "node_modules/twitter-text/dist/regexp/validCCTLD.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_regexp_constructor();
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validCCTLD = (0, _regexSupplant["default"])(RegExp("(?:(?:\uD55C\uAD6D|\u9999\u6E2F|\u6FB3\u9580|\u65B0\u52A0\u5761|\u53F0\u7063|\u53F0\u6E7E|\u4E2D\u570B|\u4E2D\u56FD|\u10D2\u10D4|\u0EA5\u0EB2\u0EA7|\u0E44\u0E17\u0E22|\u0DBD\u0D82\u0D9A\u0DCF|\u0D2D\u0D3E\u0D30\u0D24\u0D02|\u0CAD\u0CBE\u0CB0\u0CA4|\u0C2D\u0C3E\u0C30\u0C24\u0C4D|\u0B9A\u0BBF\u0B99\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0BC2\u0BB0\u0BCD|\u0B87\u0BB2\u0B99\u0BCD\u0B95\u0BC8|\u0B87\u0BA8\u0BCD\u0BA4\u0BBF\u0BAF\u0BBE|\u0B2D\u0B3E\u0B30\u0B24|\u0AAD\u0ABE\u0AB0\u0AA4|\u0A2D\u0A3E\u0A30\u0A24|\u09AD\u09BE\u09F0\u09A4|\u09AD\u09BE\u09B0\u09A4|\u09AC\u09BE\u0982\u09B2\u09BE|\u092D\u093E\u0930\u094B\u0924|\u092D\u093E\u0930\u0924\u092E\u094D|\u092D\u093E\u0930\u0924|\u0680\u0627\u0631\u062A|\u067E\u0627\u06A9\u0633\u062A\u0627\u0646|\u0645\u0648\u0631\u064A\u062A\u0627\u0646\u064A\u0627|\u0645\u0644\u064A\u0633\u064A\u0627|\u0645\u0635\u0631|\u0642\u0637\u0631|\u0641\u0644\u0633\u0637\u064A\u0646|\u0639\u0645\u0627\u0646|\u0639\u0631\u0627\u0642|\u0633\u0648\u0631\u064A\u0629|\u0633\u0648\u062F\u0627\u0646|\u062A\u0648\u0646\u0633|\u0628\u06BE\u0627\u0631\u062A|\u0628\u0627\u0631\u062A|\u0627\u06CC\u0631\u0627\u0646|\u0627\u0645\u0627\u0631\u0627\u062A|\u0627\u0644\u0645\u063A\u0631\u0628|\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629|\u0627\u0644\u062C\u0632\u0627\u0626\u0631|\u0627\u0644\u0628\u062D\u0631\u064A\u0646|\u0627\u0644\u0627\u0631\u062F\u0646|\u0570\u0561\u0575|\u049B\u0430\u0437|\u0443\u043A\u0440|\u0441\u0440\u0431|\u0440\u0444|\u043C\u043E\u043D|\u043C\u043A\u0434|\u0435\u044E|\u0431\u0435\u043B|\u0431\u0433|\u03B5\u03C5|\u03B5\u03BB|zw|zm|za|yt|ye|ws|wf|vu|vn|vi|vg|ve|vc|va|uz|uy|us|um|uk|ug|ua|tz|tw|tv|tt|tr|tp|to|tn|tm|tl|tk|tj|th|tg|tf|td|tc|sz|sy|sx|sv|su|st|ss|sr|so|sn|sm|sl|sk|sj|si|sh|sg|se|sd|sc|sb|sa|rw|ru|rs|ro|re|qa|py|pw|pt|ps|pr|pn|pm|pl|pk|ph|pg|pf|pe|pa|om|nz|nu|nr|np|no|nl|ni|ng|nf|ne|nc|na|mz|my|mx|mw|mv|mu|mt|ms|mr|mq|mp|mo|mn|mm|ml|mk|mh|mg|mf|me|md|mc|ma|ly|lv|lu|lt|ls|lr|lk|li|lc|lb|la|kz|ky|kw|kr|kp|kn|km|ki|kh|kg|ke|jp|jo|jm|je|it|is|ir|iq|io|in|im|il|ie|id|hu|ht|hr|hn|hm|hk|gy|gw|gu|gt|gs|gr|gq|gp|gn|gm|gl|gi|gh|gg|gf|ge|gd|gb|ga|fr|fo|fm|fk|fj|fi|eu|et|es|er|eh|eg|ee|ec|dz|do|dm|dk|dj|de|cz|cy|cx|cw|cv|cu|cr|co|cn|cm|cl|ck|ci|ch|cg|cf|cd|cc|ca|bz|by|bw|bv|bt|bs|br|bq|bo|bn|bm|bl|bj|bi|bh|bg|bf|be|bd|bb|ba|az|ax|aw|au|at|as|ar|aq|ao|an|am|al|ai|ag|af|ae|ad|ac)(?=[^0-9a-zA-Z@+-]|$))"));
    var _default2 = validCCTLD;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/directionalMarkersGroup.js
var require_directionalMarkersGroup = __commonJS({
  "node_modules/twitter-text/dist/regexp/directionalMarkersGroup.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var directionalMarkersGroup = /\u202A-\u202E\u061C\u200E\u200F\u2066\u2067\u2068\u2069/;
    var _default2 = directionalMarkersGroup;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/invalidCharsGroup.js
var require_invalidCharsGroup = __commonJS({
  "node_modules/twitter-text/dist/regexp/invalidCharsGroup.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var invalidCharsGroup = /\uFFFE\uFEFF\uFFFF/;
    var _default2 = invalidCharsGroup;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/lib/stringSupplant.js
var require_stringSupplant = __commonJS({
  "node_modules/twitter-text/dist/lib/stringSupplant.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_replace();
    function _default2(str, map) {
      return str.replace(/#\{(\w+)\}/g, function(match, name) {
        return map[name] || "";
      });
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/invalidDomainChars.js
var require_invalidDomainChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/invalidDomainChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _directionalMarkersGroup = _interopRequireDefault(require_directionalMarkersGroup());
    var _invalidCharsGroup = _interopRequireDefault(require_invalidCharsGroup());
    var _punct = _interopRequireDefault(require_punct());
    var _spacesGroup = _interopRequireDefault(require_spacesGroup());
    var _stringSupplant = _interopRequireDefault(require_stringSupplant());
    var invalidDomainChars = (0, _stringSupplant["default"])("#{punct}#{spacesGroup}#{invalidCharsGroup}#{directionalMarkersGroup}", {
      punct: _punct["default"],
      spacesGroup: _spacesGroup["default"],
      invalidCharsGroup: _invalidCharsGroup["default"],
      directionalMarkersGroup: _directionalMarkersGroup["default"]
    });
    var _default2 = invalidDomainChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validDomainChars.js
var require_validDomainChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validDomainChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _invalidDomainChars = _interopRequireDefault(require_invalidDomainChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validDomainChars = (0, _regexSupplant["default"])(/[^#{invalidDomainChars}]/, {
      invalidDomainChars: _invalidDomainChars["default"]
    });
    var _default2 = validDomainChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validDomainName.js
var require_validDomainName = __commonJS({
  "node_modules/twitter-text/dist/regexp/validDomainName.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validDomainChars = _interopRequireDefault(require_validDomainChars());
    var validDomainName = (0, _regexSupplant["default"])(/(?:(?:#{validDomainChars}(?:-|#{validDomainChars})*)?#{validDomainChars}\.)/, {
      validDomainChars: _validDomainChars["default"]
    });
    var _default2 = validDomainName;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validGTLD.js
var require_validGTLD = __commonJS({
  "node_modules/twitter-text/dist/regexp/validGTLD.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_regexp_constructor();
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validGTLD = (0, _regexSupplant["default"])(RegExp("(?:(?:\uC0BC\uC131|\uB2F7\uCEF4|\uB2F7\uB137|\u9999\u683C\u91CC\u62C9|\u9910\u5385|\u98DF\u54C1|\u98DE\u5229\u6D66|\u96FB\u8A0A\u76C8\u79D1|\u96C6\u56E2|\u901A\u8CA9|\u8D2D\u7269|\u8C37\u6B4C|\u8BFA\u57FA\u4E9A|\u8054\u901A|\u7F51\u7EDC|\u7F51\u7AD9|\u7F51\u5E97|\u7F51\u5740|\u7EC4\u7EC7\u673A\u6784|\u79FB\u52A8|\u73E0\u5B9D|\u70B9\u770B|\u6E38\u620F|\u6DE1\u9A6C\u9521|\u673A\u6784|\u66F8\u7C4D|\u65F6\u5C1A|\u65B0\u95FB|\u653F\u5E9C|\u653F\u52A1|\u62DB\u8058|\u624B\u8868|\u624B\u673A|\u6211\u7231\u4F60|\u6148\u5584|\u5FAE\u535A|\u5E7F\u4E1C|\u5DE5\u884C|\u5BB6\u96FB|\u5A31\u4E50|\u5929\u4E3B\u6559|\u5927\u62FF|\u5927\u4F17\u6C7D\u8F66|\u5728\u7EBF|\u5609\u91CC\u5927\u9152\u5E97|\u5609\u91CC|\u5546\u6807|\u5546\u5E97|\u5546\u57CE|\u516C\u76CA|\u516C\u53F8|\u516B\u5366|\u5065\u5EB7|\u4FE1\u606F|\u4F5B\u5C71|\u4F01\u4E1A|\u4E2D\u6587\u7F51|\u4E2D\u4FE1|\u4E16\u754C|\u30DD\u30A4\u30F3\u30C8|\u30D5\u30A1\u30C3\u30B7\u30E7\u30F3|\u30BB\u30FC\u30EB|\u30B9\u30C8\u30A2|\u30B3\u30E0|\u30B0\u30FC\u30B0\u30EB|\u30AF\u30E9\u30A6\u30C9|\u307F\u3093\u306A|\u0E04\u0E2D\u0E21|\u0938\u0902\u0917\u0920\u0928|\u0928\u0947\u091F|\u0915\u0949\u092E|\u0647\u0645\u0631\u0627\u0647|\u0645\u0648\u0642\u0639|\u0645\u0648\u0628\u0627\u064A\u0644\u064A|\u0643\u0648\u0645|\u0643\u0627\u062B\u0648\u0644\u064A\u0643|\u0639\u0631\u0628|\u0634\u0628\u0643\u0629|\u0628\u064A\u062A\u0643|\u0628\u0627\u0632\u0627\u0631|\u0627\u0644\u0639\u0644\u064A\u0627\u0646|\u0627\u0631\u0627\u0645\u0643\u0648|\u0627\u062A\u0635\u0627\u0644\u0627\u062A|\u0627\u0628\u0648\u0638\u0628\u064A|\u05E7\u05D5\u05DD|\u0441\u0430\u0439\u0442|\u0440\u0443\u0441|\u043E\u0440\u0433|\u043E\u043D\u043B\u0430\u0439\u043D|\u043C\u043E\u0441\u043A\u0432\u0430|\u043A\u043E\u043C|\u043A\u0430\u0442\u043E\u043B\u0438\u043A|\u0434\u0435\u0442\u0438|zuerich|zone|zippo|zip|zero|zara|zappos|yun|youtube|you|yokohama|yoga|yodobashi|yandex|yamaxun|yahoo|yachts|xyz|xxx|xperia|xin|xihuan|xfinity|xerox|xbox|wtf|wtc|wow|world|works|work|woodside|wolterskluwer|wme|winners|wine|windows|win|williamhill|wiki|wien|whoswho|weir|weibo|wedding|wed|website|weber|webcam|weatherchannel|weather|watches|watch|warman|wanggou|wang|walter|walmart|wales|vuelos|voyage|voto|voting|vote|volvo|volkswagen|vodka|vlaanderen|vivo|viva|vistaprint|vista|vision|visa|virgin|vip|vin|villas|viking|vig|video|viajes|vet|versicherung|verm\xF6gensberatung|verm\xF6gensberater|verisign|ventures|vegas|vanguard|vana|vacations|ups|uol|uno|university|unicom|uconnect|ubs|ubank|tvs|tushu|tunes|tui|tube|trv|trust|travelersinsurance|travelers|travelchannel|travel|training|trading|trade|toys|toyota|town|tours|total|toshiba|toray|top|tools|tokyo|today|tmall|tkmaxx|tjx|tjmaxx|tirol|tires|tips|tiffany|tienda|tickets|tiaa|theatre|theater|thd|teva|tennis|temasek|telefonica|telecity|tel|technology|tech|team|tdk|tci|taxi|tax|tattoo|tatar|tatamotors|target|taobao|talk|taipei|tab|systems|symantec|sydney|swiss|swiftcover|swatch|suzuki|surgery|surf|support|supply|supplies|sucks|style|study|studio|stream|store|storage|stockholm|stcgroup|stc|statoil|statefarm|statebank|starhub|star|staples|stada|srt|srl|spreadbetting|spot|sport|spiegel|space|soy|sony|song|solutions|solar|sohu|software|softbank|social|soccer|sncf|smile|smart|sling|skype|sky|skin|ski|site|singles|sina|silk|shriram|showtime|show|shouji|shopping|shop|shoes|shiksha|shia|shell|shaw|sharp|shangrila|sfr|sexy|sex|sew|seven|ses|services|sener|select|seek|security|secure|seat|search|scot|scor|scjohnson|science|schwarz|schule|school|scholarships|schmidt|schaeffler|scb|sca|sbs|sbi|saxo|save|sas|sarl|sapo|sap|sanofi|sandvikcoromant|sandvik|samsung|samsclub|salon|sale|sakura|safety|safe|saarland|ryukyu|rwe|run|ruhr|rugby|rsvp|room|rogers|rodeo|rocks|rocher|rmit|rip|rio|ril|rightathome|ricoh|richardli|rich|rexroth|reviews|review|restaurant|rest|republican|report|repair|rentals|rent|ren|reliance|reit|reisen|reise|rehab|redumbrella|redstone|red|recipes|realty|realtor|realestate|read|raid|radio|racing|qvc|quest|quebec|qpon|pwc|pub|prudential|pru|protection|property|properties|promo|progressive|prof|productions|prod|pro|prime|press|praxi|pramerica|post|porn|politie|poker|pohl|pnc|plus|plumbing|playstation|play|place|pizza|pioneer|pink|ping|pin|pid|pictures|pictet|pics|piaget|physio|photos|photography|photo|phone|philips|phd|pharmacy|pfizer|pet|pccw|pay|passagens|party|parts|partners|pars|paris|panerai|panasonic|pamperedchef|page|ovh|ott|otsuka|osaka|origins|orientexpress|organic|org|orange|oracle|open|ooo|onyourside|online|onl|ong|one|omega|ollo|oldnavy|olayangroup|olayan|okinawa|office|off|observer|obi|nyc|ntt|nrw|nra|nowtv|nowruz|now|norton|northwesternmutual|nokia|nissay|nissan|ninja|nikon|nike|nico|nhk|ngo|nfl|nexus|nextdirect|next|news|newholland|new|neustar|network|netflix|netbank|net|nec|nba|navy|natura|nationwide|name|nagoya|nadex|nab|mutuelle|mutual|museum|mtr|mtpc|mtn|msd|movistar|movie|mov|motorcycles|moto|moscow|mortgage|mormon|mopar|montblanc|monster|money|monash|mom|moi|moe|moda|mobily|mobile|mobi|mma|mls|mlb|mitsubishi|mit|mint|mini|mil|microsoft|miami|metlife|merckmsd|meo|menu|men|memorial|meme|melbourne|meet|media|med|mckinsey|mcdonalds|mcd|mba|mattel|maserati|marshalls|marriott|markets|marketing|market|map|mango|management|man|makeup|maison|maif|madrid|macys|luxury|luxe|lupin|lundbeck|ltda|ltd|lplfinancial|lpl|love|lotto|lotte|london|lol|loft|locus|locker|loans|loan|llp|llc|lixil|living|live|lipsy|link|linde|lincoln|limo|limited|lilly|like|lighting|lifestyle|lifeinsurance|life|lidl|liaison|lgbt|lexus|lego|legal|lefrak|leclerc|lease|lds|lawyer|law|latrobe|latino|lat|lasalle|lanxess|landrover|land|lancome|lancia|lancaster|lamer|lamborghini|ladbrokes|lacaixa|kyoto|kuokgroup|kred|krd|kpn|kpmg|kosher|komatsu|koeln|kiwi|kitchen|kindle|kinder|kim|kia|kfh|kerryproperties|kerrylogistics|kerryhotels|kddi|kaufen|juniper|juegos|jprs|jpmorgan|joy|jot|joburg|jobs|jnj|jmp|jll|jlc|jio|jewelry|jetzt|jeep|jcp|jcb|java|jaguar|iwc|iveco|itv|itau|istanbul|ist|ismaili|iselect|irish|ipiranga|investments|intuit|international|intel|int|insure|insurance|institute|ink|ing|info|infiniti|industries|inc|immobilien|immo|imdb|imamat|ikano|iinet|ifm|ieee|icu|ice|icbc|ibm|hyundai|hyatt|hughes|htc|hsbc|how|house|hotmail|hotels|hoteles|hot|hosting|host|hospital|horse|honeywell|honda|homesense|homes|homegoods|homedepot|holiday|holdings|hockey|hkt|hiv|hitachi|hisamitsu|hiphop|hgtv|hermes|here|helsinki|help|healthcare|health|hdfcbank|hdfc|hbo|haus|hangout|hamburg|hair|guru|guitars|guide|guge|gucci|guardian|group|grocery|gripe|green|gratis|graphics|grainger|gov|got|gop|google|goog|goodyear|goodhands|goo|golf|goldpoint|gold|godaddy|gmx|gmo|gmbh|gmail|globo|global|gle|glass|glade|giving|gives|gifts|gift|ggee|george|genting|gent|gea|gdn|gbiz|gay|garden|gap|games|game|gallup|gallo|gallery|gal|fyi|futbol|furniture|fund|fun|fujixerox|fujitsu|ftr|frontier|frontdoor|frogans|frl|fresenius|free|fox|foundation|forum|forsale|forex|ford|football|foodnetwork|food|foo|fly|flsmidth|flowers|florist|flir|flights|flickr|fitness|fit|fishing|fish|firmdale|firestone|fire|financial|finance|final|film|fido|fidelity|fiat|ferrero|ferrari|feedback|fedex|fast|fashion|farmers|farm|fans|fan|family|faith|fairwinds|fail|fage|extraspace|express|exposed|expert|exchange|everbank|events|eus|eurovision|etisalat|esurance|estate|esq|erni|ericsson|equipment|epson|epost|enterprises|engineering|engineer|energy|emerck|email|education|edu|edeka|eco|eat|earth|dvr|dvag|durban|dupont|duns|dunlop|duck|dubai|dtv|drive|download|dot|doosan|domains|doha|dog|dodge|doctor|docs|dnp|diy|dish|discover|discount|directory|direct|digital|diet|diamonds|dhl|dev|design|desi|dentist|dental|democrat|delta|deloitte|dell|delivery|degree|deals|dealer|deal|dds|dclk|day|datsun|dating|date|data|dance|dad|dabur|cyou|cymru|cuisinella|csc|cruises|cruise|crs|crown|cricket|creditunion|creditcard|credit|cpa|courses|coupons|coupon|country|corsica|coop|cool|cookingchannel|cooking|contractors|contact|consulting|construction|condos|comsec|computer|compare|company|community|commbank|comcast|com|cologne|college|coffee|codes|coach|clubmed|club|cloud|clothing|clinique|clinic|click|cleaning|claims|cityeats|city|citic|citi|citadel|cisco|circle|cipriani|church|chrysler|chrome|christmas|chloe|chintai|cheap|chat|chase|charity|channel|chanel|cfd|cfa|cern|ceo|center|ceb|cbs|cbre|cbn|cba|catholic|catering|cat|casino|cash|caseih|case|casa|cartier|cars|careers|career|care|cards|caravan|car|capitalone|capital|capetown|canon|cancerresearch|camp|camera|cam|calvinklein|call|cal|cafe|cab|bzh|buzz|buy|business|builders|build|bugatti|budapest|brussels|brother|broker|broadway|bridgestone|bradesco|box|boutique|bot|boston|bostik|bosch|boots|booking|book|boo|bond|bom|bofa|boehringer|boats|bnpparibas|bnl|bmw|bms|blue|bloomberg|blog|blockbuster|blanco|blackfriday|black|biz|bio|bingo|bing|bike|bid|bible|bharti|bet|bestbuy|best|berlin|bentley|beer|beauty|beats|bcn|bcg|bbva|bbt|bbc|bayern|bauhaus|basketball|baseball|bargains|barefoot|barclays|barclaycard|barcelona|bar|bank|band|bananarepublic|banamex|baidu|baby|azure|axa|aws|avianca|autos|auto|author|auspost|audio|audible|audi|auction|attorney|athleta|associates|asia|asda|arte|art|arpa|army|archi|aramco|arab|aquarelle|apple|app|apartments|aol|anz|anquan|android|analytics|amsterdam|amica|amfam|amex|americanfamily|americanexpress|alstom|alsace|ally|allstate|allfinanz|alipay|alibaba|alfaromeo|akdn|airtel|airforce|airbus|aigo|aig|agency|agakhan|africa|afl|afamilycompany|aetna|aero|aeg|adult|ads|adac|actor|active|aco|accountants|accountant|accenture|academy|abudhabi|abogado|able|abc|abbvie|abbott|abb|abarth|aarp|aaa|onion)(?=[^0-9a-zA-Z@+-]|$))"));
    var _default2 = validGTLD;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validPunycode.js
var require_validPunycode = __commonJS({
  "node_modules/twitter-text/dist/regexp/validPunycode.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validPunycode = /(?:xn--[\-0-9a-z]+)/;
    var _default2 = validPunycode;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validSubdomain.js
var require_validSubdomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validSubdomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validDomainChars = _interopRequireDefault(require_validDomainChars());
    var validSubdomain = (0, _regexSupplant["default"])(/(?:(?:#{validDomainChars}(?:[_-]|#{validDomainChars})*)?#{validDomainChars}\.)/, {
      validDomainChars: _validDomainChars["default"]
    });
    var _default2 = validSubdomain;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validDomain.js
var require_validDomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validDomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validCCTLD = _interopRequireDefault(require_validCCTLD());
    var _validDomainName = _interopRequireDefault(require_validDomainName());
    var _validGTLD = _interopRequireDefault(require_validGTLD());
    var _validPunycode = _interopRequireDefault(require_validPunycode());
    var _validSubdomain = _interopRequireDefault(require_validSubdomain());
    var validDomain = (0, _regexSupplant["default"])(/(?:#{validSubdomain}*#{validDomainName}(?:#{validGTLD}|#{validCCTLD}|#{validPunycode}))/, {
      validDomainName: _validDomainName["default"],
      validSubdomain: _validSubdomain["default"],
      validGTLD: _validGTLD["default"],
      validCCTLD: _validCCTLD["default"],
      validPunycode: _validPunycode["default"]
    });
    var _default2 = validDomain;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validPortNumber.js
var require_validPortNumber = __commonJS({
  "node_modules/twitter-text/dist/regexp/validPortNumber.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validPortNumber = /[0-9]+/;
    var _default2 = validPortNumber;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/cyrillicLettersAndMarks.js
var require_cyrillicLettersAndMarks = __commonJS({
  "node_modules/twitter-text/dist/regexp/cyrillicLettersAndMarks.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var cyrillicLettersAndMarks = /\u0400-\u04FF/;
    var _default2 = cyrillicLettersAndMarks;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/latinAccentChars.js
var require_latinAccentChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/latinAccentChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var latinAccentChars = /\xC0-\xD6\xD8-\xF6\xF8-\xFF\u0100-\u024F\u0253\u0254\u0256\u0257\u0259\u025B\u0263\u0268\u026F\u0272\u0289\u028B\u02BB\u0300-\u036F\u1E00-\u1EFF/;
    var _default2 = latinAccentChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validGeneralUrlPathChars.js
var require_validGeneralUrlPathChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validGeneralUrlPathChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _cyrillicLettersAndMarks = _interopRequireDefault(require_cyrillicLettersAndMarks());
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validGeneralUrlPathChars = (0, _regexSupplant["default"])(/[a-z#{cyrillicLettersAndMarks}0-9!\*';:=\+,\.\$\/%#\[\]\-\u2013_~@\|&#{latinAccentChars}]/i, {
      cyrillicLettersAndMarks: _cyrillicLettersAndMarks["default"],
      latinAccentChars: _latinAccentChars["default"]
    });
    var _default2 = validGeneralUrlPathChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlBalancedParens.js
var require_validUrlBalancedParens = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlBalancedParens.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validGeneralUrlPathChars = _interopRequireDefault(require_validGeneralUrlPathChars());
    var validUrlBalancedParens = (0, _regexSupplant["default"])("\\((?:#{validGeneralUrlPathChars}+|(?:#{validGeneralUrlPathChars}*\\(#{validGeneralUrlPathChars}+\\)#{validGeneralUrlPathChars}*))\\)", {
      validGeneralUrlPathChars: _validGeneralUrlPathChars["default"]
    }, "i");
    var _default2 = validUrlBalancedParens;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlPathEndingChars.js
var require_validUrlPathEndingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlPathEndingChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _cyrillicLettersAndMarks = _interopRequireDefault(require_cyrillicLettersAndMarks());
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validUrlBalancedParens = _interopRequireDefault(require_validUrlBalancedParens());
    var validUrlPathEndingChars = (0, _regexSupplant["default"])(/[\+\-a-z#{cyrillicLettersAndMarks}0-9=_#\/#{latinAccentChars}]|(?:#{validUrlBalancedParens})/i, {
      cyrillicLettersAndMarks: _cyrillicLettersAndMarks["default"],
      latinAccentChars: _latinAccentChars["default"],
      validUrlBalancedParens: _validUrlBalancedParens["default"]
    });
    var _default2 = validUrlPathEndingChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlPath.js
var require_validUrlPath = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlPath.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validGeneralUrlPathChars = _interopRequireDefault(require_validGeneralUrlPathChars());
    var _validUrlBalancedParens = _interopRequireDefault(require_validUrlBalancedParens());
    var _validUrlPathEndingChars = _interopRequireDefault(require_validUrlPathEndingChars());
    var validUrlPath = (0, _regexSupplant["default"])("(?:(?:#{validGeneralUrlPathChars}*(?:#{validUrlBalancedParens}#{validGeneralUrlPathChars}*)*#{validUrlPathEndingChars})|(?:@#{validGeneralUrlPathChars}+/))", {
      validGeneralUrlPathChars: _validGeneralUrlPathChars["default"],
      validUrlBalancedParens: _validUrlBalancedParens["default"],
      validUrlPathEndingChars: _validUrlPathEndingChars["default"]
    }, "i");
    var _default2 = validUrlPath;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlPrecedingChars.js
var require_validUrlPrecedingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlPrecedingChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _directionalMarkersGroup = _interopRequireDefault(require_directionalMarkersGroup());
    var _invalidCharsGroup = _interopRequireDefault(require_invalidCharsGroup());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validUrlPrecedingChars = (0, _regexSupplant["default"])(/(?:[^A-Za-z0-9@＠$#＃#{invalidCharsGroup}]|[#{directionalMarkersGroup}]|^)/, {
      invalidCharsGroup: _invalidCharsGroup["default"],
      directionalMarkersGroup: _directionalMarkersGroup["default"]
    });
    var _default2 = validUrlPrecedingChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlQueryChars.js
var require_validUrlQueryChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlQueryChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validUrlQueryChars = /[a-z0-9!?\*'@\(\);:&=\+\$\/%#\[\]\-_\.,~|]/i;
    var _default2 = validUrlQueryChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validUrlQueryEndingChars.js
var require_validUrlQueryEndingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validUrlQueryEndingChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validUrlQueryEndingChars = /[a-z0-9\-_&=#\/]/i;
    var _default2 = validUrlQueryEndingChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/extractUrl.js
var require_extractUrl = __commonJS({
  "node_modules/twitter-text/dist/regexp/extractUrl.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validDomain = _interopRequireDefault(require_validDomain());
    var _validPortNumber = _interopRequireDefault(require_validPortNumber());
    var _validUrlPath = _interopRequireDefault(require_validUrlPath());
    var _validUrlPrecedingChars = _interopRequireDefault(require_validUrlPrecedingChars());
    var _validUrlQueryChars = _interopRequireDefault(require_validUrlQueryChars());
    var _validUrlQueryEndingChars = _interopRequireDefault(require_validUrlQueryEndingChars());
    var extractUrl = (0, _regexSupplant["default"])("((#{validUrlPrecedingChars})((https?:\\/\\/)?(#{validDomain})(?::(#{validPortNumber}))?(\\/#{validUrlPath}*)?(\\?#{validUrlQueryChars}*#{validUrlQueryEndingChars})?))", {
      validUrlPrecedingChars: _validUrlPrecedingChars["default"],
      validDomain: _validDomain["default"],
      validPortNumber: _validPortNumber["default"],
      validUrlPath: _validUrlPath["default"],
      validUrlQueryChars: _validUrlQueryChars["default"],
      validUrlQueryEndingChars: _validUrlQueryEndingChars["default"]
    }, "gi");
    var _default2 = extractUrl;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/invalidUrlWithoutProtocolPrecedingChars.js
var require_invalidUrlWithoutProtocolPrecedingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/invalidUrlWithoutProtocolPrecedingChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var invalidUrlWithoutProtocolPrecedingChars = /[-_.\/]$/;
    var _default2 = invalidUrlWithoutProtocolPrecedingChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/_species-constructor.js
var require_species_constructor = __commonJS({
  "node_modules/core-js/modules/_species-constructor.js"(exports, module) {
    var anObject = require_an_object();
    var aFunction = require_a_function();
    var SPECIES = require_wks()("species");
    module.exports = function(O, D) {
      var C = anObject(O).constructor;
      var S;
      return C === void 0 || (S = anObject(C)[SPECIES]) == void 0 ? D : aFunction(S);
    };
  }
});

// node_modules/core-js/modules/es6.regexp.split.js
var require_es6_regexp_split = __commonJS({
  "node_modules/core-js/modules/es6.regexp.split.js"() {
    "use strict";
    var isRegExp = require_is_regexp();
    var anObject = require_an_object();
    var speciesConstructor = require_species_constructor();
    var advanceStringIndex = require_advance_string_index();
    var toLength = require_to_length();
    var callRegExpExec = require_regexp_exec_abstract();
    var regexpExec = require_regexp_exec();
    var fails = require_fails();
    var $min = Math.min;
    var $push = [].push;
    var $SPLIT = "split";
    var LENGTH = "length";
    var LAST_INDEX = "lastIndex";
    var MAX_UINT32 = 4294967295;
    var SUPPORTS_Y = !fails(function() {
      RegExp(MAX_UINT32, "y");
    });
    require_fix_re_wks()("split", 2, function(defined, SPLIT, $split, maybeCallNative) {
      var internalSplit;
      if ("abbc"[$SPLIT](/(b)*/)[1] == "c" || "test"[$SPLIT](/(?:)/, -1)[LENGTH] != 4 || "ab"[$SPLIT](/(?:ab)*/)[LENGTH] != 2 || "."[$SPLIT](/(.?)(.?)/)[LENGTH] != 4 || "."[$SPLIT](/()()/)[LENGTH] > 1 || ""[$SPLIT](/.?/)[LENGTH]) {
        internalSplit = function(separator, limit) {
          var string3 = String(this);
          if (separator === void 0 && limit === 0) return [];
          if (!isRegExp(separator)) return $split.call(string3, separator, limit);
          var output = [];
          var flags2 = (separator.ignoreCase ? "i" : "") + (separator.multiline ? "m" : "") + (separator.unicode ? "u" : "") + (separator.sticky ? "y" : "");
          var lastLastIndex = 0;
          var splitLimit = limit === void 0 ? MAX_UINT32 : limit >>> 0;
          var separatorCopy = new RegExp(separator.source, flags2 + "g");
          var match, lastIndex, lastLength;
          while (match = regexpExec.call(separatorCopy, string3)) {
            lastIndex = separatorCopy[LAST_INDEX];
            if (lastIndex > lastLastIndex) {
              output.push(string3.slice(lastLastIndex, match.index));
              if (match[LENGTH] > 1 && match.index < string3[LENGTH]) $push.apply(output, match.slice(1));
              lastLength = match[0][LENGTH];
              lastLastIndex = lastIndex;
              if (output[LENGTH] >= splitLimit) break;
            }
            if (separatorCopy[LAST_INDEX] === match.index) separatorCopy[LAST_INDEX]++;
          }
          if (lastLastIndex === string3[LENGTH]) {
            if (lastLength || !separatorCopy.test("")) output.push("");
          } else output.push(string3.slice(lastLastIndex));
          return output[LENGTH] > splitLimit ? output.slice(0, splitLimit) : output;
        };
      } else if ("0"[$SPLIT](void 0, 0)[LENGTH]) {
        internalSplit = function(separator, limit) {
          return separator === void 0 && limit === 0 ? [] : $split.call(this, separator, limit);
        };
      } else {
        internalSplit = $split;
      }
      return [
        // `String.prototype.split` method
        // https://tc39.github.io/ecma262/#sec-string.prototype.split
        function split(separator, limit) {
          var O = defined(this);
          var splitter = separator == void 0 ? void 0 : separator[SPLIT];
          return splitter !== void 0 ? splitter.call(separator, O, limit) : internalSplit.call(String(O), separator, limit);
        },
        // `RegExp.prototype[@@split]` method
        // https://tc39.github.io/ecma262/#sec-regexp.prototype-@@split
        //
        // NOTE: This cannot be properly polyfilled in engines that don't support
        // the 'y' flag.
        function(regexp, limit) {
          var res = maybeCallNative(internalSplit, regexp, this, limit, internalSplit !== $split);
          if (res.done) return res.value;
          var rx = anObject(regexp);
          var S = String(this);
          var C = speciesConstructor(rx, RegExp);
          var unicodeMatching = rx.unicode;
          var flags2 = (rx.ignoreCase ? "i" : "") + (rx.multiline ? "m" : "") + (rx.unicode ? "u" : "") + (SUPPORTS_Y ? "y" : "g");
          var splitter = new C(SUPPORTS_Y ? rx : "^(?:" + rx.source + ")", flags2);
          var lim = limit === void 0 ? MAX_UINT32 : limit >>> 0;
          if (lim === 0) return [];
          if (S.length === 0) return callRegExpExec(splitter, S) === null ? [S] : [];
          var p = 0;
          var q = 0;
          var A = [];
          while (q < S.length) {
            splitter.lastIndex = SUPPORTS_Y ? q : 0;
            var z = callRegExpExec(splitter, SUPPORTS_Y ? S : S.slice(q));
            var e;
            if (z === null || (e = $min(toLength(splitter.lastIndex + (SUPPORTS_Y ? 0 : q)), S.length)) === p) {
              q = advanceStringIndex(S, q, unicodeMatching);
            } else {
              A.push(S.slice(p, q));
              if (A.length === lim) return A;
              for (var i = 1; i <= z.length - 1; i++) {
                A.push(z[i]);
                if (A.length === lim) return A;
              }
              q = p = e;
            }
          }
          A.push(S.slice(p));
          return A;
        }
      ];
    });
  }
});

// node_modules/twitter-text/dist/regexp/validAsciiDomain.js
var require_validAsciiDomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validAsciiDomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validCCTLD = _interopRequireDefault(require_validCCTLD());
    var _validGTLD = _interopRequireDefault(require_validGTLD());
    var _validPunycode = _interopRequireDefault(require_validPunycode());
    var validAsciiDomain = (0, _regexSupplant["default"])(/(?:(?:[\-a-z0-9#{latinAccentChars}]+)\.)+(?:#{validGTLD}|#{validCCTLD}|#{validPunycode})/gi, {
      latinAccentChars: _latinAccentChars["default"],
      validGTLD: _validGTLD["default"],
      validCCTLD: _validCCTLD["default"],
      validPunycode: _validPunycode["default"]
    });
    var _default2 = validAsciiDomain;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/lib/idna.js
var require_idna = __commonJS({
  "node_modules/twitter-text/dist/lib/idna.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_regexp_split();
    require_es6_regexp_match();
    var _punycode = _interopRequireDefault(__require("punycode"));
    var _validAsciiDomain = _interopRequireDefault(require_validAsciiDomain());
    var MAX_DOMAIN_LABEL_LENGTH = 63;
    var PUNYCODE_ENCODED_DOMAIN_PREFIX = "xn--";
    var idna = {
      toAscii: function toAscii(domain) {
        if (domain.substring(0, 4) === PUNYCODE_ENCODED_DOMAIN_PREFIX && !domain.match(_validAsciiDomain["default"])) {
          return;
        }
        var labels = domain.split(".");
        for (var i = 0; i < labels.length; i++) {
          var label = labels[i];
          var punycodeEncodedLabel = _punycode["default"].toASCII(label);
          if (punycodeEncodedLabel.length < 1 || punycodeEncodedLabel.length > MAX_DOMAIN_LABEL_LENGTH) {
            return;
          }
        }
        return labels.join(".");
      }
    };
    var _default2 = idna;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validTcoUrl.js
var require_validTcoUrl = __commonJS({
  "node_modules/twitter-text/dist/regexp/validTcoUrl.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validUrlQueryChars = _interopRequireDefault(require_validUrlQueryChars());
    var _validUrlQueryEndingChars = _interopRequireDefault(require_validUrlQueryEndingChars());
    var validTcoUrl = (0, _regexSupplant["default"])(/^https?:\/\/t\.co\/([a-z0-9]+)(?:\?#{validUrlQueryChars}*#{validUrlQueryEndingChars})?/, {
      validUrlQueryChars: _validUrlQueryChars["default"],
      validUrlQueryEndingChars: _validUrlQueryEndingChars["default"]
    }, "i");
    var _default2 = validTcoUrl;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractUrlsWithIndices.js
var require_extractUrlsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractUrlsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_array_index_of();
    require_es6_regexp_replace();
    require_es6_regexp_constructor();
    require_es6_regexp_match();
    var _extractUrl = _interopRequireDefault(require_extractUrl());
    var _invalidUrlWithoutProtocolPrecedingChars = _interopRequireDefault(require_invalidUrlWithoutProtocolPrecedingChars());
    var _idna = _interopRequireDefault(require_idna());
    var _validAsciiDomain = _interopRequireDefault(require_validAsciiDomain());
    var _validTcoUrl = _interopRequireDefault(require_validTcoUrl());
    var DEFAULT_PROTOCOL = "https://";
    var DEFAULT_PROTOCOL_OPTIONS = {
      extractUrlsWithoutProtocol: true
    };
    var MAX_URL_LENGTH = 4096;
    var MAX_TCO_SLUG_LENGTH = 40;
    var extractUrlsWithIndices = function extractUrlsWithIndices2(text) {
      var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : DEFAULT_PROTOCOL_OPTIONS;
      if (!text || (options.extractUrlsWithoutProtocol ? !text.match(/\./) : !text.match(/:/))) {
        return [];
      }
      var urls = [];
      var _loop = function _loop2() {
        var before = RegExp.$2;
        var url = RegExp.$3;
        var protocol = RegExp.$4;
        var domain = RegExp.$5;
        var path = RegExp.$7;
        var endPosition = _extractUrl["default"].lastIndex;
        var startPosition = endPosition - url.length;
        if (!isValidUrl(url, protocol || DEFAULT_PROTOCOL, domain)) {
          return "continue";
        }
        if (!protocol) {
          if (!options.extractUrlsWithoutProtocol || before.match(_invalidUrlWithoutProtocolPrecedingChars["default"])) {
            return "continue";
          }
          var lastUrl = null;
          var asciiEndPosition = 0;
          domain.replace(_validAsciiDomain["default"], function(asciiDomain) {
            var asciiStartPosition = domain.indexOf(asciiDomain, asciiEndPosition);
            asciiEndPosition = asciiStartPosition + asciiDomain.length;
            lastUrl = {
              url: asciiDomain,
              indices: [startPosition + asciiStartPosition, startPosition + asciiEndPosition]
            };
            urls.push(lastUrl);
          });
          if (lastUrl == null) {
            return "continue";
          }
          if (path) {
            lastUrl.url = url.replace(domain, lastUrl.url);
            lastUrl.indices[1] = endPosition;
          }
        } else {
          if (url.match(_validTcoUrl["default"])) {
            var tcoUrlSlug = RegExp.$1;
            if (tcoUrlSlug && tcoUrlSlug.length > MAX_TCO_SLUG_LENGTH) {
              return "continue";
            } else {
              url = RegExp.lastMatch;
              endPosition = startPosition + url.length;
            }
          }
          urls.push({
            url,
            indices: [startPosition, endPosition]
          });
        }
      };
      while (_extractUrl["default"].exec(text)) {
        var _ret = _loop();
        if (_ret === "continue") continue;
      }
      return urls;
    };
    var isValidUrl = function isValidUrl2(url, protocol, domain) {
      var urlLength = url.length;
      var punycodeEncodedDomain = _idna["default"].toAscii(domain);
      if (!punycodeEncodedDomain || !punycodeEncodedDomain.length) {
        return false;
      }
      urlLength = urlLength + punycodeEncodedDomain.length - domain.length;
      return protocol.length + urlLength <= MAX_URL_LENGTH;
    };
    var _default2 = extractUrlsWithIndices;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.array.sort.js
var require_es6_array_sort = __commonJS({
  "node_modules/core-js/modules/es6.array.sort.js"() {
    "use strict";
    var $export = require_export();
    var aFunction = require_a_function();
    var toObject = require_to_object();
    var fails = require_fails();
    var $sort = [].sort;
    var test = [1, 2, 3];
    $export($export.P + $export.F * (fails(function() {
      test.sort(void 0);
    }) || !fails(function() {
      test.sort(null);
    }) || !require_strict_method()($sort)), "Array", {
      // 22.1.3.25 Array.prototype.sort(comparefn)
      sort: function sort(comparefn) {
        return comparefn === void 0 ? $sort.call(toObject(this)) : $sort.call(toObject(this), aFunction(comparefn));
      }
    });
  }
});

// node_modules/twitter-text/dist/removeOverlappingEntities.js
var require_removeOverlappingEntities = __commonJS({
  "node_modules/twitter-text/dist/removeOverlappingEntities.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_array_sort();
    function _default2(entities) {
      entities.sort(function(a, b) {
        return a.indices[0] - b.indices[0];
      });
      var prev = entities[0];
      for (var i = 1; i < entities.length; i++) {
        if (prev.indices[1] > entities[i].indices[0]) {
          entities.splice(i, 1);
          i--;
        } else {
          prev = entities[i];
        }
      }
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/astralLetterAndMarks.js
var require_astralLetterAndMarks = __commonJS({
  "node_modules/twitter-text/dist/regexp/astralLetterAndMarks.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var astralLetterAndMarks = /\ud800[\udc00-\udc0b\udc0d-\udc26\udc28-\udc3a\udc3c\udc3d\udc3f-\udc4d\udc50-\udc5d\udc80-\udcfa\uddfd\ude80-\ude9c\udea0-\uded0\udee0\udf00-\udf1f\udf30-\udf40\udf42-\udf49\udf50-\udf7a\udf80-\udf9d\udfa0-\udfc3\udfc8-\udfcf]|\ud801[\udc00-\udc9d\udd00-\udd27\udd30-\udd63\ude00-\udf36\udf40-\udf55\udf60-\udf67]|\ud802[\udc00-\udc05\udc08\udc0a-\udc35\udc37\udc38\udc3c\udc3f-\udc55\udc60-\udc76\udc80-\udc9e\udd00-\udd15\udd20-\udd39\udd80-\uddb7\uddbe\uddbf\ude00-\ude03\ude05\ude06\ude0c-\ude13\ude15-\ude17\ude19-\ude33\ude38-\ude3a\ude3f\ude60-\ude7c\ude80-\ude9c\udec0-\udec7\udec9-\udee6\udf00-\udf35\udf40-\udf55\udf60-\udf72\udf80-\udf91]|\ud803[\udc00-\udc48]|\ud804[\udc00-\udc46\udc7f-\udcba\udcd0-\udce8\udd00-\udd34\udd50-\udd73\udd76\udd80-\uddc4\uddda\ude00-\ude11\ude13-\ude37\udeb0-\udeea\udf01-\udf03\udf05-\udf0c\udf0f\udf10\udf13-\udf28\udf2a-\udf30\udf32\udf33\udf35-\udf39\udf3c-\udf44\udf47\udf48\udf4b-\udf4d\udf57\udf5d-\udf63\udf66-\udf6c\udf70-\udf74]|\ud805[\udc80-\udcc5\udcc7\udd80-\uddb5\uddb8-\uddc0\ude00-\ude40\ude44\ude80-\udeb7]|\ud806[\udca0-\udcdf\udcff\udec0-\udef8]|\ud808[\udc00-\udf98]|\ud80c[\udc00-\udfff]|\ud80d[\udc00-\udc2e]|\ud81a[\udc00-\ude38\ude40-\ude5e\uded0-\udeed\udef0-\udef4\udf00-\udf36\udf40-\udf43\udf63-\udf77\udf7d-\udf8f]|\ud81b[\udf00-\udf44\udf50-\udf7e\udf8f-\udf9f]|\ud82c[\udc00\udc01]|\ud82f[\udc00-\udc6a\udc70-\udc7c\udc80-\udc88\udc90-\udc99\udc9d\udc9e]|\ud834[\udd65-\udd69\udd6d-\udd72\udd7b-\udd82\udd85-\udd8b\uddaa-\uddad\ude42-\ude44]|\ud835[\udc00-\udc54\udc56-\udc9c\udc9e\udc9f\udca2\udca5\udca6\udca9-\udcac\udcae-\udcb9\udcbb\udcbd-\udcc3\udcc5-\udd05\udd07-\udd0a\udd0d-\udd14\udd16-\udd1c\udd1e-\udd39\udd3b-\udd3e\udd40-\udd44\udd46\udd4a-\udd50\udd52-\udea5\udea8-\udec0\udec2-\udeda\udedc-\udefa\udefc-\udf14\udf16-\udf34\udf36-\udf4e\udf50-\udf6e\udf70-\udf88\udf8a-\udfa8\udfaa-\udfc2\udfc4-\udfcb]|\ud83a[\udc00-\udcc4\udcd0-\udcd6]|\ud83b[\ude00-\ude03\ude05-\ude1f\ude21\ude22\ude24\ude27\ude29-\ude32\ude34-\ude37\ude39\ude3b\ude42\ude47\ude49\ude4b\ude4d-\ude4f\ude51\ude52\ude54\ude57\ude59\ude5b\ude5d\ude5f\ude61\ude62\ude64\ude67-\ude6a\ude6c-\ude72\ude74-\ude77\ude79-\ude7c\ude7e\ude80-\ude89\ude8b-\ude9b\udea1-\udea3\udea5-\udea9\udeab-\udebb]|\ud840[\udc00-\udfff]|\ud841[\udc00-\udfff]|\ud842[\udc00-\udfff]|\ud843[\udc00-\udfff]|\ud844[\udc00-\udfff]|\ud845[\udc00-\udfff]|\ud846[\udc00-\udfff]|\ud847[\udc00-\udfff]|\ud848[\udc00-\udfff]|\ud849[\udc00-\udfff]|\ud84a[\udc00-\udfff]|\ud84b[\udc00-\udfff]|\ud84c[\udc00-\udfff]|\ud84d[\udc00-\udfff]|\ud84e[\udc00-\udfff]|\ud84f[\udc00-\udfff]|\ud850[\udc00-\udfff]|\ud851[\udc00-\udfff]|\ud852[\udc00-\udfff]|\ud853[\udc00-\udfff]|\ud854[\udc00-\udfff]|\ud855[\udc00-\udfff]|\ud856[\udc00-\udfff]|\ud857[\udc00-\udfff]|\ud858[\udc00-\udfff]|\ud859[\udc00-\udfff]|\ud85a[\udc00-\udfff]|\ud85b[\udc00-\udfff]|\ud85c[\udc00-\udfff]|\ud85d[\udc00-\udfff]|\ud85e[\udc00-\udfff]|\ud85f[\udc00-\udfff]|\ud860[\udc00-\udfff]|\ud861[\udc00-\udfff]|\ud862[\udc00-\udfff]|\ud863[\udc00-\udfff]|\ud864[\udc00-\udfff]|\ud865[\udc00-\udfff]|\ud866[\udc00-\udfff]|\ud867[\udc00-\udfff]|\ud868[\udc00-\udfff]|\ud869[\udc00-\uded6\udf00-\udfff]|\ud86a[\udc00-\udfff]|\ud86b[\udc00-\udfff]|\ud86c[\udc00-\udfff]|\ud86d[\udc00-\udf34\udf40-\udfff]|\ud86e[\udc00-\udc1d]|\ud87e[\udc00-\ude1d]|\udb40[\udd00-\uddef]/;
    var _default2 = astralLetterAndMarks;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/bmpLetterAndMarks.js
var require_bmpLetterAndMarks = __commonJS({
  "node_modules/twitter-text/dist/regexp/bmpLetterAndMarks.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var bmpLetterAndMarks = /A-Za-z\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\u02c1\u02c6-\u02d1\u02e0-\u02e4\u02ec\u02ee\u0300-\u0374\u0376\u0377\u037a-\u037d\u037f\u0386\u0388-\u038a\u038c\u038e-\u03a1\u03a3-\u03f5\u03f7-\u0481\u0483-\u052f\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u05d0-\u05ea\u05f0-\u05f2\u0610-\u061a\u0620-\u065f\u066e-\u06d3\u06d5-\u06dc\u06df-\u06e8\u06ea-\u06ef\u06fa-\u06fc\u06ff\u0710-\u074a\u074d-\u07b1\u07ca-\u07f5\u07fa\u0800-\u082d\u0840-\u085b\u08a0-\u08b2\u08e4-\u0963\u0971-\u0983\u0985-\u098c\u098f\u0990\u0993-\u09a8\u09aa-\u09b0\u09b2\u09b6-\u09b9\u09bc-\u09c4\u09c7\u09c8\u09cb-\u09ce\u09d7\u09dc\u09dd\u09df-\u09e3\u09f0\u09f1\u0a01-\u0a03\u0a05-\u0a0a\u0a0f\u0a10\u0a13-\u0a28\u0a2a-\u0a30\u0a32\u0a33\u0a35\u0a36\u0a38\u0a39\u0a3c\u0a3e-\u0a42\u0a47\u0a48\u0a4b-\u0a4d\u0a51\u0a59-\u0a5c\u0a5e\u0a70-\u0a75\u0a81-\u0a83\u0a85-\u0a8d\u0a8f-\u0a91\u0a93-\u0aa8\u0aaa-\u0ab0\u0ab2\u0ab3\u0ab5-\u0ab9\u0abc-\u0ac5\u0ac7-\u0ac9\u0acb-\u0acd\u0ad0\u0ae0-\u0ae3\u0b01-\u0b03\u0b05-\u0b0c\u0b0f\u0b10\u0b13-\u0b28\u0b2a-\u0b30\u0b32\u0b33\u0b35-\u0b39\u0b3c-\u0b44\u0b47\u0b48\u0b4b-\u0b4d\u0b56\u0b57\u0b5c\u0b5d\u0b5f-\u0b63\u0b71\u0b82\u0b83\u0b85-\u0b8a\u0b8e-\u0b90\u0b92-\u0b95\u0b99\u0b9a\u0b9c\u0b9e\u0b9f\u0ba3\u0ba4\u0ba8-\u0baa\u0bae-\u0bb9\u0bbe-\u0bc2\u0bc6-\u0bc8\u0bca-\u0bcd\u0bd0\u0bd7\u0c00-\u0c03\u0c05-\u0c0c\u0c0e-\u0c10\u0c12-\u0c28\u0c2a-\u0c39\u0c3d-\u0c44\u0c46-\u0c48\u0c4a-\u0c4d\u0c55\u0c56\u0c58\u0c59\u0c60-\u0c63\u0c81-\u0c83\u0c85-\u0c8c\u0c8e-\u0c90\u0c92-\u0ca8\u0caa-\u0cb3\u0cb5-\u0cb9\u0cbc-\u0cc4\u0cc6-\u0cc8\u0cca-\u0ccd\u0cd5\u0cd6\u0cde\u0ce0-\u0ce3\u0cf1\u0cf2\u0d01-\u0d03\u0d05-\u0d0c\u0d0e-\u0d10\u0d12-\u0d3a\u0d3d-\u0d44\u0d46-\u0d48\u0d4a-\u0d4e\u0d57\u0d60-\u0d63\u0d7a-\u0d7f\u0d82\u0d83\u0d85-\u0d96\u0d9a-\u0db1\u0db3-\u0dbb\u0dbd\u0dc0-\u0dc6\u0dca\u0dcf-\u0dd4\u0dd6\u0dd8-\u0ddf\u0df2\u0df3\u0e01-\u0e3a\u0e40-\u0e4e\u0e81\u0e82\u0e84\u0e87\u0e88\u0e8a\u0e8d\u0e94-\u0e97\u0e99-\u0e9f\u0ea1-\u0ea3\u0ea5\u0ea7\u0eaa\u0eab\u0ead-\u0eb9\u0ebb-\u0ebd\u0ec0-\u0ec4\u0ec6\u0ec8-\u0ecd\u0edc-\u0edf\u0f00\u0f18\u0f19\u0f35\u0f37\u0f39\u0f3e-\u0f47\u0f49-\u0f6c\u0f71-\u0f84\u0f86-\u0f97\u0f99-\u0fbc\u0fc6\u1000-\u103f\u1050-\u108f\u109a-\u109d\u10a0-\u10c5\u10c7\u10cd\u10d0-\u10fa\u10fc-\u1248\u124a-\u124d\u1250-\u1256\u1258\u125a-\u125d\u1260-\u1288\u128a-\u128d\u1290-\u12b0\u12b2-\u12b5\u12b8-\u12be\u12c0\u12c2-\u12c5\u12c8-\u12d6\u12d8-\u1310\u1312-\u1315\u1318-\u135a\u135d-\u135f\u1380-\u138f\u13a0-\u13f4\u1401-\u166c\u166f-\u167f\u1681-\u169a\u16a0-\u16ea\u16f1-\u16f8\u1700-\u170c\u170e-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176c\u176e-\u1770\u1772\u1773\u1780-\u17d3\u17d7\u17dc\u17dd\u180b-\u180d\u1820-\u1877\u1880-\u18aa\u18b0-\u18f5\u1900-\u191e\u1920-\u192b\u1930-\u193b\u1950-\u196d\u1970-\u1974\u1980-\u19ab\u19b0-\u19c9\u1a00-\u1a1b\u1a20-\u1a5e\u1a60-\u1a7c\u1a7f\u1aa7\u1ab0-\u1abe\u1b00-\u1b4b\u1b6b-\u1b73\u1b80-\u1baf\u1bba-\u1bf3\u1c00-\u1c37\u1c4d-\u1c4f\u1c5a-\u1c7d\u1cd0-\u1cd2\u1cd4-\u1cf6\u1cf8\u1cf9\u1d00-\u1df5\u1dfc-\u1f15\u1f18-\u1f1d\u1f20-\u1f45\u1f48-\u1f4d\u1f50-\u1f57\u1f59\u1f5b\u1f5d\u1f5f-\u1f7d\u1f80-\u1fb4\u1fb6-\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6-\u1fcc\u1fd0-\u1fd3\u1fd6-\u1fdb\u1fe0-\u1fec\u1ff2-\u1ff4\u1ff6-\u1ffc\u2071\u207f\u2090-\u209c\u20d0-\u20f0\u2102\u2107\u210a-\u2113\u2115\u2119-\u211d\u2124\u2126\u2128\u212a-\u212d\u212f-\u2139\u213c-\u213f\u2145-\u2149\u214e\u2183\u2184\u2c00-\u2c2e\u2c30-\u2c5e\u2c60-\u2ce4\u2ceb-\u2cf3\u2d00-\u2d25\u2d27\u2d2d\u2d30-\u2d67\u2d6f\u2d7f-\u2d96\u2da0-\u2da6\u2da8-\u2dae\u2db0-\u2db6\u2db8-\u2dbe\u2dc0-\u2dc6\u2dc8-\u2dce\u2dd0-\u2dd6\u2dd8-\u2dde\u2de0-\u2dff\u2e2f\u3005\u3006\u302a-\u302f\u3031-\u3035\u303b\u303c\u3041-\u3096\u3099\u309a\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3105-\u312d\u3131-\u318e\u31a0-\u31ba\u31f0-\u31ff\u3400-\u4db5\u4e00-\u9fcc\ua000-\ua48c\ua4d0-\ua4fd\ua500-\ua60c\ua610-\ua61f\ua62a\ua62b\ua640-\ua672\ua674-\ua67d\ua67f-\ua69d\ua69f-\ua6e5\ua6f0\ua6f1\ua717-\ua71f\ua722-\ua788\ua78b-\ua78e\ua790-\ua7ad\ua7b0\ua7b1\ua7f7-\ua827\ua840-\ua873\ua880-\ua8c4\ua8e0-\ua8f7\ua8fb\ua90a-\ua92d\ua930-\ua953\ua960-\ua97c\ua980-\ua9c0\ua9cf\ua9e0-\ua9ef\ua9fa-\ua9fe\uaa00-\uaa36\uaa40-\uaa4d\uaa60-\uaa76\uaa7a-\uaac2\uaadb-\uaadd\uaae0-\uaaef\uaaf2-\uaaf6\uab01-\uab06\uab09-\uab0e\uab11-\uab16\uab20-\uab26\uab28-\uab2e\uab30-\uab5a\uab5c-\uab5f\uab64\uab65\uabc0-\uabea\uabec\uabed\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uf870-\uf87f\uf882\uf884-\uf89f\uf8b8\uf8c1-\uf8d6\uf900-\ufa6d\ufa70-\ufad9\ufb00-\ufb06\ufb13-\ufb17\ufb1d-\ufb28\ufb2a-\ufb36\ufb38-\ufb3c\ufb3e\ufb40\ufb41\ufb43\ufb44\ufb46-\ufbb1\ufbd3-\ufd3d\ufd50-\ufd8f\ufd92-\ufdc7\ufdf0-\ufdfb\ufe00-\ufe0f\ufe20-\ufe2d\ufe70-\ufe74\ufe76-\ufefc\uff21-\uff3a\uff41-\uff5a\uff66-\uffbe\uffc2-\uffc7\uffca-\uffcf\uffd2-\uffd7\uffda-\uffdc/;
    var _default2 = bmpLetterAndMarks;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/nonBmpCodePairs.js
var require_nonBmpCodePairs = __commonJS({
  "node_modules/twitter-text/dist/regexp/nonBmpCodePairs.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var nonBmpCodePairs = /[\uD800-\uDBFF][\uDC00-\uDFFF]/gm;
    var _default2 = nonBmpCodePairs;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/hashtagAlpha.js
var require_hashtagAlpha = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashtagAlpha.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _astralLetterAndMarks = _interopRequireDefault(require_astralLetterAndMarks());
    var _bmpLetterAndMarks = _interopRequireDefault(require_bmpLetterAndMarks());
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var hashtagAlpha = (0, _regexSupplant["default"])(/(?:[#{bmpLetterAndMarks}]|(?=#{nonBmpCodePairs})(?:#{astralLetterAndMarks}))/, {
      bmpLetterAndMarks: _bmpLetterAndMarks["default"],
      nonBmpCodePairs: _nonBmpCodePairs["default"],
      astralLetterAndMarks: _astralLetterAndMarks["default"]
    });
    var _default2 = hashtagAlpha;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/astralNumerals.js
var require_astralNumerals = __commonJS({
  "node_modules/twitter-text/dist/regexp/astralNumerals.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var astralNumerals = /\ud801[\udca0-\udca9]|\ud804[\udc66-\udc6f\udcf0-\udcf9\udd36-\udd3f\uddd0-\uddd9\udef0-\udef9]|\ud805[\udcd0-\udcd9\ude50-\ude59\udec0-\udec9]|\ud806[\udce0-\udce9]|\ud81a[\ude60-\ude69\udf50-\udf59]|\ud835[\udfce-\udfff]/;
    var _default2 = astralNumerals;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/bmpNumerals.js
var require_bmpNumerals = __commonJS({
  "node_modules/twitter-text/dist/regexp/bmpNumerals.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var bmpNumerals = /0-9\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19/;
    var _default2 = bmpNumerals;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/hashtagSpecialChars.js
var require_hashtagSpecialChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashtagSpecialChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var hashtagSpecialChars = /_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\xb7/;
    var _default2 = hashtagSpecialChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/hashtagAlphaNumeric.js
var require_hashtagAlphaNumeric = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashtagAlphaNumeric.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _astralLetterAndMarks = _interopRequireDefault(require_astralLetterAndMarks());
    var _astralNumerals = _interopRequireDefault(require_astralNumerals());
    var _bmpLetterAndMarks = _interopRequireDefault(require_bmpLetterAndMarks());
    var _bmpNumerals = _interopRequireDefault(require_bmpNumerals());
    var _hashtagSpecialChars = _interopRequireDefault(require_hashtagSpecialChars());
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var hashtagAlphaNumeric = (0, _regexSupplant["default"])(/(?:[#{bmpLetterAndMarks}#{bmpNumerals}#{hashtagSpecialChars}]|(?=#{nonBmpCodePairs})(?:#{astralLetterAndMarks}|#{astralNumerals}))/, {
      bmpLetterAndMarks: _bmpLetterAndMarks["default"],
      bmpNumerals: _bmpNumerals["default"],
      hashtagSpecialChars: _hashtagSpecialChars["default"],
      nonBmpCodePairs: _nonBmpCodePairs["default"],
      astralLetterAndMarks: _astralLetterAndMarks["default"],
      astralNumerals: _astralNumerals["default"]
    });
    var _default2 = hashtagAlphaNumeric;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/codePoint.js
var require_codePoint = __commonJS({
  "node_modules/twitter-text/dist/regexp/codePoint.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var codePoint = /(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])/;
    var _default2 = codePoint;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/hashtagBoundary.js
var require_hashtagBoundary = __commonJS({
  "node_modules/twitter-text/dist/regexp/hashtagBoundary.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _codePoint = _interopRequireDefault(require_codePoint());
    var _hashtagAlphaNumeric = _interopRequireDefault(require_hashtagAlphaNumeric());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var hashtagBoundary = (0, _regexSupplant["default"])(/(?:^|\uFE0E|\uFE0F|$|(?!#{hashtagAlphaNumeric}|&)#{codePoint})/, {
      codePoint: _codePoint["default"],
      hashtagAlphaNumeric: _hashtagAlphaNumeric["default"]
    });
    var _default2 = hashtagBoundary;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validHashtag.js
var require_validHashtag = __commonJS({
  "node_modules/twitter-text/dist/regexp/validHashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _hashSigns = _interopRequireDefault(require_hashSigns());
    var _hashtagAlpha = _interopRequireDefault(require_hashtagAlpha());
    var _hashtagAlphaNumeric = _interopRequireDefault(require_hashtagAlphaNumeric());
    var _hashtagBoundary = _interopRequireDefault(require_hashtagBoundary());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validHashtag = (0, _regexSupplant["default"])(/(#{hashtagBoundary})(#{hashSigns})(?!\uFE0F|\u20E3)(#{hashtagAlphaNumeric}*#{hashtagAlpha}#{hashtagAlphaNumeric}*)/gi, {
      hashtagBoundary: _hashtagBoundary["default"],
      hashSigns: _hashSigns["default"],
      hashtagAlphaNumeric: _hashtagAlphaNumeric["default"],
      hashtagAlpha: _hashtagAlpha["default"]
    });
    var _default2 = validHashtag;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractHashtagsWithIndices.js
var require_extractHashtagsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractHashtagsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_regexp_replace();
    require_es6_regexp_match();
    var _endHashtagMatch = _interopRequireDefault(require_endHashtagMatch());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _hashSigns = _interopRequireDefault(require_hashSigns());
    var _removeOverlappingEntities = _interopRequireDefault(require_removeOverlappingEntities());
    var _validHashtag = _interopRequireDefault(require_validHashtag());
    var extractHashtagsWithIndices = function extractHashtagsWithIndices2(text, options) {
      if (!options) {
        options = {
          checkUrlOverlap: true
        };
      }
      if (!text || !text.match(_hashSigns["default"])) {
        return [];
      }
      var tags = [];
      text.replace(_validHashtag["default"], function(match, before, hash, hashText, offset, chunk) {
        var after = chunk.slice(offset + match.length);
        if (after.match(_endHashtagMatch["default"])) {
          return;
        }
        var startPosition = offset + before.length;
        var endPosition = startPosition + hashText.length + 1;
        tags.push({
          hashtag: hashText,
          indices: [startPosition, endPosition]
        });
      });
      if (options.checkUrlOverlap) {
        var urls = (0, _extractUrlsWithIndices["default"])(text);
        if (urls.length > 0) {
          var entities = tags.concat(urls);
          (0, _removeOverlappingEntities["default"])(entities);
          tags = [];
          for (var i = 0; i < entities.length; i++) {
            if (entities[i].hashtag) {
              tags.push(entities[i]);
            }
          }
        }
      }
      return tags;
    };
    var _default2 = extractHashtagsWithIndices;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/atSigns.js
var require_atSigns = __commonJS({
  "node_modules/twitter-text/dist/regexp/atSigns.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var atSigns = /[@＠]/;
    var _default2 = atSigns;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/endMentionMatch.js
var require_endMentionMatch = __commonJS({
  "node_modules/twitter-text/dist/regexp/endMentionMatch.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var endMentionMatch = (0, _regexSupplant["default"])(/^(?:#{atSigns}|[#{latinAccentChars}]|:\/\/)/, {
      atSigns: _atSigns["default"],
      latinAccentChars: _latinAccentChars["default"]
    });
    var _default2 = endMentionMatch;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validMentionPrecedingChars.js
var require_validMentionPrecedingChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/validMentionPrecedingChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validMentionPrecedingChars = /(?:^|[^a-zA-Z0-9_!#$%&*@＠]|(?:^|[^a-zA-Z0-9_+~.-])(?:rt|RT|rT|Rt):?)/;
    var _default2 = validMentionPrecedingChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validMentionOrList.js
var require_validMentionOrList = __commonJS({
  "node_modules/twitter-text/dist/regexp/validMentionOrList.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validMentionPrecedingChars = _interopRequireDefault(require_validMentionPrecedingChars());
    var validMentionOrList = (0, _regexSupplant["default"])(
      "(#{validMentionPrecedingChars})(#{atSigns})([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_-]{0,24})?",
      // $4: List (optional)
      {
        validMentionPrecedingChars: _validMentionPrecedingChars["default"],
        atSigns: _atSigns["default"]
      },
      "g"
    );
    var _default2 = validMentionOrList;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractMentionsOrListsWithIndices.js
var require_extractMentionsOrListsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractMentionsOrListsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_replace();
    require_es6_regexp_match();
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _endMentionMatch = _interopRequireDefault(require_endMentionMatch());
    var _validMentionOrList = _interopRequireDefault(require_validMentionOrList());
    function _default2(text) {
      if (!text || !text.match(_atSigns["default"])) {
        return [];
      }
      var possibleNames = [];
      text.replace(_validMentionOrList["default"], function(match, before, atSign, screenName, slashListname, offset, chunk) {
        var after = chunk.slice(offset + match.length);
        if (!after.match(_endMentionMatch["default"])) {
          slashListname = slashListname || "";
          var startPosition = offset + before.length;
          var endPosition = startPosition + screenName.length + slashListname.length + 1;
          possibleNames.push({
            screenName,
            listSlug: slashListname,
            indices: [startPosition, endPosition]
          });
        }
      });
      return possibleNames;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractEntitiesWithIndices.js
var require_extractEntitiesWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractEntitiesWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractCashtagsWithIndices = _interopRequireDefault(require_extractCashtagsWithIndices());
    var _extractHashtagsWithIndices = _interopRequireDefault(require_extractHashtagsWithIndices());
    var _extractMentionsOrListsWithIndices = _interopRequireDefault(require_extractMentionsOrListsWithIndices());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _removeOverlappingEntities = _interopRequireDefault(require_removeOverlappingEntities());
    function _default2(text, options) {
      var entities = (0, _extractUrlsWithIndices["default"])(text, options).concat((0, _extractMentionsOrListsWithIndices["default"])(text)).concat((0, _extractHashtagsWithIndices["default"])(text, {
        checkUrlOverlap: false
      })).concat((0, _extractCashtagsWithIndices["default"])(text));
      if (entities.length == 0) {
        return [];
      }
      (0, _removeOverlappingEntities["default"])(entities);
      return entities;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/lib/clone.js
var require_clone = __commonJS({
  "node_modules/twitter-text/dist/lib/clone.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    function _default2(o) {
      var r = {};
      for (var k in o) {
        if (o.hasOwnProperty(k)) {
          r[k] = o[k];
        }
      }
      return r;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractHtmlAttrsFromOptions.js
var require_extractHtmlAttrsFromOptions = __commonJS({
  "node_modules/twitter-text/dist/extractHtmlAttrsFromOptions.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var BOOLEAN_ATTRIBUTES = {
      disabled: true,
      readonly: true,
      multiple: true,
      checked: true
    };
    var OPTIONS_NOT_ATTRIBUTES = {
      urlClass: true,
      listClass: true,
      usernameClass: true,
      hashtagClass: true,
      cashtagClass: true,
      usernameUrlBase: true,
      listUrlBase: true,
      hashtagUrlBase: true,
      cashtagUrlBase: true,
      usernameUrlBlock: true,
      listUrlBlock: true,
      hashtagUrlBlock: true,
      linkUrlBlock: true,
      usernameIncludeSymbol: true,
      suppressLists: true,
      suppressNoFollow: true,
      targetBlank: true,
      suppressDataScreenName: true,
      urlEntities: true,
      symbolTag: true,
      textWithSymbolTag: true,
      urlTarget: true,
      invisibleTagAttrs: true,
      linkAttributeBlock: true,
      linkTextBlock: true,
      htmlEscapeNonEntities: true
    };
    function _default2(options) {
      var htmlAttrs = {};
      for (var k in options) {
        var v = options[k];
        if (OPTIONS_NOT_ATTRIBUTES[k]) {
          continue;
        }
        if (BOOLEAN_ATTRIBUTES[k]) {
          v = v ? k : null;
        }
        if (v == null) {
          continue;
        }
        htmlAttrs[k] = v;
      }
      return htmlAttrs;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/htmlEscape.js
var require_htmlEscape = __commonJS({
  "node_modules/twitter-text/dist/htmlEscape.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_replace();
    var HTML_ENTITIES = {
      "&": "&amp;",
      ">": "&gt;",
      "<": "&lt;",
      '"': "&quot;",
      "'": "&#39;"
    };
    function _default2(text) {
      return text && text.replace(/[&"'><]/g, function(character) {
        return HTML_ENTITIES[character];
      });
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.regexp.flags.js
var require_es6_regexp_flags = __commonJS({
  "node_modules/core-js/modules/es6.regexp.flags.js"() {
    if (require_descriptors() && /./g.flags != "g") require_object_dp().f(RegExp.prototype, "flags", {
      configurable: true,
      get: require_flags()
    });
  }
});

// node_modules/core-js/modules/es6.regexp.to-string.js
var require_es6_regexp_to_string = __commonJS({
  "node_modules/core-js/modules/es6.regexp.to-string.js"() {
    "use strict";
    require_es6_regexp_flags();
    var anObject = require_an_object();
    var $flags = require_flags();
    var DESCRIPTORS = require_descriptors();
    var TO_STRING = "toString";
    var $toString = /./[TO_STRING];
    var define2 = function(fn) {
      require_redefine()(RegExp.prototype, TO_STRING, fn, true);
    };
    if (require_fails()(function() {
      return $toString.call({ source: "a", flags: "b" }) != "/a/b";
    })) {
      define2(function toString() {
        var R = anObject(this);
        return "/".concat(
          R.source,
          "/",
          "flags" in R ? R.flags : !DESCRIPTORS && R instanceof RegExp ? $flags.call(R) : void 0
        );
      });
    } else if ($toString.name != TO_STRING) {
      define2(function toString() {
        return $toString.call(this);
      });
    }
  }
});

// node_modules/core-js/modules/es6.date.to-string.js
var require_es6_date_to_string = __commonJS({
  "node_modules/core-js/modules/es6.date.to-string.js"() {
    var DateProto = Date.prototype;
    var INVALID_DATE = "Invalid Date";
    var TO_STRING = "toString";
    var $toString = DateProto[TO_STRING];
    var getTime = DateProto.getTime;
    if (/* @__PURE__ */ new Date(NaN) + "" != INVALID_DATE) {
      require_redefine()(DateProto, TO_STRING, function toString() {
        var value = getTime.call(this);
        return value === value ? $toString.call(this) : INVALID_DATE;
      });
    }
  }
});

// node_modules/core-js/modules/es6.object.to-string.js
var require_es6_object_to_string = __commonJS({
  "node_modules/core-js/modules/es6.object.to-string.js"() {
    "use strict";
    var classof = require_classof();
    var test = {};
    test[require_wks()("toStringTag")] = "z";
    if (test + "" != "[object z]") {
      require_redefine()(Object.prototype, "toString", function toString() {
        return "[object " + classof(this) + "]";
      }, true);
    }
  }
});

// node_modules/twitter-text/dist/tagAttrs.js
var require_tagAttrs = __commonJS({
  "node_modules/twitter-text/dist/tagAttrs.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_to_string();
    require_es6_date_to_string();
    require_es6_object_to_string();
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var BOOLEAN_ATTRIBUTES = {
      disabled: true,
      readonly: true,
      multiple: true,
      checked: true
    };
    function _default2(attributes) {
      var htmlAttrs = "";
      for (var k in attributes) {
        var v = attributes[k];
        if (BOOLEAN_ATTRIBUTES[k]) {
          v = v ? k : null;
        }
        if (v == null) {
          continue;
        }
        htmlAttrs += " ".concat((0, _htmlEscape["default"])(k), '="').concat((0, _htmlEscape["default"])(v.toString()), '"');
      }
      return htmlAttrs;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToText.js
var require_linkToText = __commonJS({
  "node_modules/twitter-text/dist/linkToText.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _stringSupplant = _interopRequireDefault(require_stringSupplant());
    var _tagAttrs = _interopRequireDefault(require_tagAttrs());
    function _default2(entity, text, attributes, options) {
      if (!options.suppressNoFollow) {
        attributes.rel = "nofollow";
      }
      if (options.linkAttributeBlock) {
        options.linkAttributeBlock(entity, attributes);
      }
      if (options.linkTextBlock) {
        text = options.linkTextBlock(entity, text);
      }
      var d = {
        text,
        attr: (0, _tagAttrs["default"])(attributes)
      };
      return (0, _stringSupplant["default"])("<a#{attr}>#{text}</a>", d);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToTextWithSymbol.js
var require_linkToTextWithSymbol = __commonJS({
  "node_modules/twitter-text/dist/linkToTextWithSymbol.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_match();
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToText = _interopRequireDefault(require_linkToText());
    function _default2(entity, symbol, text, attributes, options) {
      var taggedSymbol = options.symbolTag ? "<".concat(options.symbolTag, ">").concat(symbol, "</").concat(options.symbolTag, ">") : symbol;
      text = (0, _htmlEscape["default"])(text);
      var taggedText = options.textWithSymbolTag ? "<".concat(options.textWithSymbolTag, ">").concat(text, "</").concat(options.textWithSymbolTag, ">") : text;
      if (options.usernameIncludeSymbol || !symbol.match(_atSigns["default"])) {
        return (0, _linkToText["default"])(entity, taggedSymbol + taggedText, attributes, options);
      } else {
        return taggedSymbol + (0, _linkToText["default"])(entity, taggedText, attributes, options);
      }
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToCashtag.js
var require_linkToCashtag = __commonJS({
  "node_modules/twitter-text/dist/linkToCashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _clone = _interopRequireDefault(require_clone());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToTextWithSymbol = _interopRequireDefault(require_linkToTextWithSymbol());
    function _default2(entity, text, options) {
      var cashtag = (0, _htmlEscape["default"])(entity.cashtag);
      var attrs = (0, _clone["default"])(options.htmlAttrs || {});
      attrs.href = options.cashtagUrlBase + cashtag;
      attrs.title = "$".concat(cashtag);
      attrs["class"] = options.cashtagClass;
      if (options.targetBlank) {
        attrs.target = "_blank";
      }
      return (0, _linkToTextWithSymbol["default"])(entity, "$", cashtag, attrs, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/rtlChars.js
var require_rtlChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/rtlChars.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var rtlChars = /[\u0600-\u06FF]|[\u0750-\u077F]|[\u0590-\u05FF]|[\uFE70-\uFEFF]/gm;
    var _default2 = rtlChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToHashtag.js
var require_linkToHashtag = __commonJS({
  "node_modules/twitter-text/dist/linkToHashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_match();
    var _clone = _interopRequireDefault(require_clone());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _rtlChars = _interopRequireDefault(require_rtlChars());
    var _linkToTextWithSymbol = _interopRequireDefault(require_linkToTextWithSymbol());
    function _default2(entity, text, options) {
      var hash = text.substring(entity.indices[0], entity.indices[0] + 1);
      var hashtag = (0, _htmlEscape["default"])(entity.hashtag);
      var attrs = (0, _clone["default"])(options.htmlAttrs || {});
      attrs.href = options.hashtagUrlBase + hashtag;
      attrs.title = "#".concat(hashtag);
      attrs["class"] = options.hashtagClass;
      if (hashtag.charAt(0).match(_rtlChars["default"])) {
        attrs["class"] += " rtl";
      }
      if (options.targetBlank) {
        attrs.target = "_blank";
      }
      return (0, _linkToTextWithSymbol["default"])(entity, hash, hashtag, attrs, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkTextWithEntity.js
var require_linkTextWithEntity = __commonJS({
  "node_modules/twitter-text/dist/linkTextWithEntity.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_match();
    require_es6_array_index_of();
    require_es6_regexp_replace();
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _stringSupplant = _interopRequireDefault(require_stringSupplant());
    function _default2(entity, options) {
      var displayUrl = entity.display_url;
      var expandedUrl = entity.expanded_url;
      var displayUrlSansEllipses = displayUrl.replace(/…/g, "");
      if (expandedUrl.indexOf(displayUrlSansEllipses) != -1) {
        var displayUrlIndex = expandedUrl.indexOf(displayUrlSansEllipses);
        var v = {
          displayUrlSansEllipses,
          // Portion of expandedUrl that precedes the displayUrl substring
          beforeDisplayUrl: expandedUrl.substr(0, displayUrlIndex),
          // Portion of expandedUrl that comes after displayUrl
          afterDisplayUrl: expandedUrl.substr(displayUrlIndex + displayUrlSansEllipses.length),
          precedingEllipsis: displayUrl.match(/^…/) ? "\u2026" : "",
          followingEllipsis: displayUrl.match(/…$/) ? "\u2026" : ""
        };
        for (var k in v) {
          if (v.hasOwnProperty(k)) {
            v[k] = (0, _htmlEscape["default"])(v[k]);
          }
        }
        v["invisible"] = options.invisibleTagAttrs;
        return (0, _stringSupplant["default"])("<span class='tco-ellipsis'>#{precedingEllipsis}<span #{invisible}>&nbsp;</span></span><span #{invisible}>#{beforeDisplayUrl}</span><span class='js-display-url'>#{displayUrlSansEllipses}</span><span #{invisible}>#{afterDisplayUrl}</span><span class='tco-ellipsis'><span #{invisible}>&nbsp;</span>#{followingEllipsis}</span>", v);
      }
      return displayUrl;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/urlHasProtocol.js
var require_urlHasProtocol = __commonJS({
  "node_modules/twitter-text/dist/regexp/urlHasProtocol.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var urlHasProtocol = /^https?:\/\//i;
    var _default2 = urlHasProtocol;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToUrl.js
var require_linkToUrl = __commonJS({
  "node_modules/twitter-text/dist/linkToUrl.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_match();
    var _clone = _interopRequireDefault(require_clone());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToText = _interopRequireDefault(require_linkToText());
    var _linkTextWithEntity = _interopRequireDefault(require_linkTextWithEntity());
    var _urlHasProtocol = _interopRequireDefault(require_urlHasProtocol());
    function _default2(entity, text, options) {
      var url = entity.url;
      var displayUrl = url;
      var linkText = (0, _htmlEscape["default"])(displayUrl);
      var urlEntity = options.urlEntities && options.urlEntities[url] || entity;
      if (urlEntity.display_url) {
        linkText = (0, _linkTextWithEntity["default"])(urlEntity, options);
      }
      var attrs = (0, _clone["default"])(options.htmlAttrs || {});
      if (!url.match(_urlHasProtocol["default"])) {
        url = "http://".concat(url);
      }
      attrs.href = url;
      if (options.targetBlank) {
        attrs.target = "_blank";
      }
      if (options.urlClass) {
        attrs["class"] = options.urlClass;
      }
      if (options.urlTarget) {
        attrs.target = options.urlTarget;
      }
      if (!options.title && urlEntity.display_url) {
        attrs.title = urlEntity.expanded_url;
      }
      return (0, _linkToText["default"])(entity, linkText, attrs, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/linkToMentionAndList.js
var require_linkToMentionAndList = __commonJS({
  "node_modules/twitter-text/dist/linkToMentionAndList.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _clone = _interopRequireDefault(require_clone());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToTextWithSymbol = _interopRequireDefault(require_linkToTextWithSymbol());
    function _default2(entity, text, options) {
      var at = text.substring(entity.indices[0], entity.indices[0] + 1);
      var user = (0, _htmlEscape["default"])(entity.screenName);
      var slashListname = (0, _htmlEscape["default"])(entity.listSlug);
      var isList = entity.listSlug && !options.suppressLists;
      var attrs = (0, _clone["default"])(options.htmlAttrs || {});
      attrs["class"] = isList ? options.listClass : options.usernameClass;
      attrs.href = isList ? options.listUrlBase + user + slashListname : options.usernameUrlBase + user;
      if (!isList && !options.suppressDataScreenName) {
        attrs["data-screen-name"] = user;
      }
      if (options.targetBlank) {
        attrs.target = "_blank";
      }
      return (0, _linkToTextWithSymbol["default"])(entity, at, isList ? user + slashListname : user, attrs, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkEntities.js
var require_autoLinkEntities = __commonJS({
  "node_modules/twitter-text/dist/autoLinkEntities.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_array_sort();
    var _clone = _interopRequireDefault(require_clone());
    var _extractHtmlAttrsFromOptions = _interopRequireDefault(require_extractHtmlAttrsFromOptions());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _linkToCashtag = _interopRequireDefault(require_linkToCashtag());
    var _linkToHashtag = _interopRequireDefault(require_linkToHashtag());
    var _linkToUrl = _interopRequireDefault(require_linkToUrl());
    var _linkToMentionAndList = _interopRequireDefault(require_linkToMentionAndList());
    var DEFAULT_LIST_CLASS = "tweet-url list-slug";
    var DEFAULT_USERNAME_CLASS = "tweet-url username";
    var DEFAULT_HASHTAG_CLASS = "tweet-url hashtag";
    var DEFAULT_CASHTAG_CLASS = "tweet-url cashtag";
    function _default2(text, entities, options) {
      var options = (0, _clone["default"])(options || {});
      options.hashtagClass = options.hashtagClass || DEFAULT_HASHTAG_CLASS;
      options.hashtagUrlBase = options.hashtagUrlBase || "https://twitter.com/search?q=%23";
      options.cashtagClass = options.cashtagClass || DEFAULT_CASHTAG_CLASS;
      options.cashtagUrlBase = options.cashtagUrlBase || "https://twitter.com/search?q=%24";
      options.listClass = options.listClass || DEFAULT_LIST_CLASS;
      options.usernameClass = options.usernameClass || DEFAULT_USERNAME_CLASS;
      options.usernameUrlBase = options.usernameUrlBase || "https://twitter.com/";
      options.listUrlBase = options.listUrlBase || "https://twitter.com/";
      options.htmlAttrs = (0, _extractHtmlAttrsFromOptions["default"])(options);
      options.invisibleTagAttrs = options.invisibleTagAttrs || "style='position:absolute;left:-9999px;'";
      var urlEntities, i, len;
      if (options.urlEntities) {
        urlEntities = {};
        for (i = 0, len = options.urlEntities.length; i < len; i++) {
          urlEntities[options.urlEntities[i].url] = options.urlEntities[i];
        }
        options.urlEntities = urlEntities;
      }
      var result = "";
      var beginIndex = 0;
      entities.sort(function(a, b) {
        return a.indices[0] - b.indices[0];
      });
      var nonEntity = options.htmlEscapeNonEntities ? _htmlEscape["default"] : function(text2) {
        return text2;
      };
      for (var i = 0; i < entities.length; i++) {
        var entity = entities[i];
        result += nonEntity(text.substring(beginIndex, entity.indices[0]));
        if (entity.url) {
          result += (0, _linkToUrl["default"])(entity, text, options);
        } else if (entity.hashtag) {
          result += (0, _linkToHashtag["default"])(entity, text, options);
        } else if (entity.screenName) {
          result += (0, _linkToMentionAndList["default"])(entity, text, options);
        } else if (entity.cashtag) {
          result += (0, _linkToCashtag["default"])(entity, text, options);
        }
        beginIndex = entity.indices[1];
      }
      result += nonEntity(text.substring(beginIndex, text.length));
      return result;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLink.js
var require_autoLink = __commonJS({
  "node_modules/twitter-text/dist/autoLink.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractEntitiesWithIndices = _interopRequireDefault(require_extractEntitiesWithIndices());
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    function _default2(text, options) {
      var entities = (0, _extractEntitiesWithIndices["default"])(text, {
        extractUrlsWithoutProtocol: false
      });
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkCashtags.js
var require_autoLinkCashtags = __commonJS({
  "node_modules/twitter-text/dist/autoLinkCashtags.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    var _extractCashtagsWithIndices = _interopRequireDefault(require_extractCashtagsWithIndices());
    function _default2(text, options) {
      var entities = (0, _extractCashtagsWithIndices["default"])(text);
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkHashtags.js
var require_autoLinkHashtags = __commonJS({
  "node_modules/twitter-text/dist/autoLinkHashtags.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractHashtagsWithIndices = _interopRequireDefault(require_extractHashtagsWithIndices());
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    function _default2(text, options) {
      var entities = (0, _extractHashtagsWithIndices["default"])(text);
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkUrlsCustom.js
var require_autoLinkUrlsCustom = __commonJS({
  "node_modules/twitter-text/dist/autoLinkUrlsCustom.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    function _default2(text, options) {
      var entities = (0, _extractUrlsWithIndices["default"])(text, {
        extractUrlsWithoutProtocol: false
      });
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkUsernamesOrLists.js
var require_autoLinkUsernamesOrLists = __commonJS({
  "node_modules/twitter-text/dist/autoLinkUsernamesOrLists.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractMentionsOrListsWithIndices = _interopRequireDefault(require_extractMentionsOrListsWithIndices());
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    function _default2(text, options) {
      var entities = (0, _extractMentionsOrListsWithIndices["default"])(text);
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/lib/convertUnicodeIndices.js
var require_convertUnicodeIndices = __commonJS({
  "node_modules/twitter-text/dist/lib/convertUnicodeIndices.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_array_sort();
    var convertUnicodeIndices = function convertUnicodeIndices2(text, entities, indicesInUTF16) {
      if (entities.length === 0) {
        return;
      }
      var charIndex = 0;
      var codePointIndex = 0;
      entities.sort(function(a, b) {
        return a.indices[0] - b.indices[0];
      });
      var entityIndex = 0;
      var entity = entities[0];
      while (charIndex < text.length) {
        if (entity.indices[0] === (indicesInUTF16 ? charIndex : codePointIndex)) {
          var len = entity.indices[1] - entity.indices[0];
          entity.indices[0] = indicesInUTF16 ? codePointIndex : charIndex;
          entity.indices[1] = entity.indices[0] + len;
          entityIndex++;
          if (entityIndex === entities.length) {
            break;
          }
          entity = entities[entityIndex];
        }
        var c = text.charCodeAt(charIndex);
        if (c >= 55296 && c <= 56319 && charIndex < text.length - 1) {
          c = text.charCodeAt(charIndex + 1);
          if (c >= 56320 && c <= 57343) {
            charIndex++;
          }
        }
        codePointIndex++;
        charIndex++;
      }
    };
    var _default2 = convertUnicodeIndices;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/modifyIndicesFromUnicodeToUTF16.js
var require_modifyIndicesFromUnicodeToUTF16 = __commonJS({
  "node_modules/twitter-text/dist/modifyIndicesFromUnicodeToUTF16.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _convertUnicodeIndices = _interopRequireDefault(require_convertUnicodeIndices());
    function _default2(text, entities) {
      (0, _convertUnicodeIndices["default"])(text, entities, false);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/autoLinkWithJSON.js
var require_autoLinkWithJSON = __commonJS({
  "node_modules/twitter-text/dist/autoLinkWithJSON.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    var _modifyIndicesFromUnicodeToUTF = _interopRequireDefault(require_modifyIndicesFromUnicodeToUTF16());
    function _default2(text, json, options) {
      if (json.user_mentions) {
        for (var i = 0; i < json.user_mentions.length; i++) {
          json.user_mentions[i].screenName = json.user_mentions[i].screen_name;
        }
      }
      if (json.hashtags) {
        for (var i = 0; i < json.hashtags.length; i++) {
          json.hashtags[i].hashtag = json.hashtags[i].text;
        }
      }
      if (json.symbols) {
        for (var i = 0; i < json.symbols.length; i++) {
          json.symbols[i].cashtag = json.symbols[i].text;
        }
      }
      var entities = [];
      for (var key in json) {
        entities = entities.concat(json[key]);
      }
      (0, _modifyIndicesFromUnicodeToUTF["default"])(text, entities);
      return (0, _autoLinkEntities["default"])(text, entities, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/configs.js
var require_configs = __commonJS({
  "node_modules/twitter-text/dist/configs.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _default2 = {
      version1: {
        version: 1,
        maxWeightedTweetLength: 140,
        scale: 1,
        defaultWeight: 1,
        transformedURLLength: 23,
        ranges: []
      },
      version2: {
        version: 2,
        maxWeightedTweetLength: 280,
        scale: 100,
        defaultWeight: 200,
        transformedURLLength: 23,
        ranges: [{
          start: 0,
          end: 4351,
          weight: 100
        }, {
          start: 8192,
          end: 8205,
          weight: 100
        }, {
          start: 8208,
          end: 8223,
          weight: 100
        }, {
          start: 8242,
          end: 8247,
          weight: 100
        }]
      },
      version3: {
        version: 3,
        maxWeightedTweetLength: 280,
        scale: 100,
        defaultWeight: 200,
        emojiParsingEnabled: true,
        transformedURLLength: 23,
        ranges: [{
          start: 0,
          end: 4351,
          weight: 100
        }, {
          start: 8192,
          end: 8205,
          weight: 100
        }, {
          start: 8208,
          end: 8223,
          weight: 100
        }, {
          start: 8242,
          end: 8247,
          weight: 100
        }]
      },
      defaults: {
        version: 3,
        maxWeightedTweetLength: 280,
        scale: 100,
        defaultWeight: 200,
        emojiParsingEnabled: true,
        transformedURLLength: 23,
        ranges: [{
          start: 0,
          end: 4351,
          weight: 100
        }, {
          start: 8192,
          end: 8205,
          weight: 100
        }, {
          start: 8208,
          end: 8223,
          weight: 100
        }, {
          start: 8242,
          end: 8247,
          weight: 100
        }]
      }
    };
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/convertUnicodeIndices.js
var require_convertUnicodeIndices2 = __commonJS({
  "node_modules/twitter-text/dist/convertUnicodeIndices.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_array_sort();
    function _default2(text, entities, indicesInUTF16) {
      if (entities.length == 0) {
        return;
      }
      var charIndex = 0;
      var codePointIndex = 0;
      entities.sort(function(a, b) {
        return a.indices[0] - b.indices[0];
      });
      var entityIndex = 0;
      var entity = entities[0];
      while (charIndex < text.length) {
        if (entity.indices[0] == (indicesInUTF16 ? charIndex : codePointIndex)) {
          var len = entity.indices[1] - entity.indices[0];
          entity.indices[0] = indicesInUTF16 ? codePointIndex : charIndex;
          entity.indices[1] = entity.indices[0] + len;
          entityIndex++;
          if (entityIndex == entities.length) {
            break;
          }
          entity = entities[entityIndex];
        }
        var c = text.charCodeAt(charIndex);
        if (c >= 55296 && c <= 56319 && charIndex < text.length - 1) {
          c = text.charCodeAt(charIndex + 1);
          if (c >= 56320 && c <= 57343) {
            charIndex++;
          }
        }
        codePointIndex++;
        charIndex++;
      }
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractCashtags.js
var require_extractCashtags = __commonJS({
  "node_modules/twitter-text/dist/extractCashtags.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractCashtagsWithIndices = _interopRequireDefault(require_extractCashtagsWithIndices());
    function _default2(text) {
      var cashtagsOnly = [], cashtagsWithIndices = (0, _extractCashtagsWithIndices["default"])(text);
      for (var i = 0; i < cashtagsWithIndices.length; i++) {
        cashtagsOnly.push(cashtagsWithIndices[i].cashtag);
      }
      return cashtagsOnly;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractHashtags.js
var require_extractHashtags = __commonJS({
  "node_modules/twitter-text/dist/extractHashtags.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractHashtagsWithIndices = _interopRequireDefault(require_extractHashtagsWithIndices());
    function _default2(text) {
      var hashtagsOnly = [];
      var hashtagsWithIndices = (0, _extractHashtagsWithIndices["default"])(text);
      for (var i = 0; i < hashtagsWithIndices.length; i++) {
        hashtagsOnly.push(hashtagsWithIndices[i].hashtag);
      }
      return hashtagsOnly;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractMentionsWithIndices.js
var require_extractMentionsWithIndices = __commonJS({
  "node_modules/twitter-text/dist/extractMentionsWithIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractMentionsOrListsWithIndices = _interopRequireDefault(require_extractMentionsOrListsWithIndices());
    function _default2(text) {
      var mentions = [];
      var mentionOrList;
      var mentionsOrLists = (0, _extractMentionsOrListsWithIndices["default"])(text);
      for (var i = 0; i < mentionsOrLists.length; i++) {
        mentionOrList = mentionsOrLists[i];
        if (mentionOrList.listSlug === "") {
          mentions.push({
            screenName: mentionOrList.screenName,
            indices: mentionOrList.indices
          });
        }
      }
      return mentions;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractMentions.js
var require_extractMentions = __commonJS({
  "node_modules/twitter-text/dist/extractMentions.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractMentionsWithIndices = _interopRequireDefault(require_extractMentionsWithIndices());
    function _default2(text) {
      var screenNamesOnly = [], screenNamesWithIndices = (0, _extractMentionsWithIndices["default"])(text);
      for (var i = 0; i < screenNamesWithIndices.length; i++) {
        var screenName = screenNamesWithIndices[i].screenName;
        screenNamesOnly.push(screenName);
      }
      return screenNamesOnly;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validReply.js
var require_validReply = __commonJS({
  "node_modules/twitter-text/dist/regexp/validReply.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _spaces = _interopRequireDefault(require_spaces());
    var validReply = (0, _regexSupplant["default"])(/^(?:#{spaces})*#{atSigns}([a-zA-Z0-9_]{1,20})/, {
      atSigns: _atSigns["default"],
      spaces: _spaces["default"]
    });
    var _default2 = validReply;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractReplies.js
var require_extractReplies = __commonJS({
  "node_modules/twitter-text/dist/extractReplies.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_constructor();
    require_es6_regexp_match();
    var _endMentionMatch = _interopRequireDefault(require_endMentionMatch());
    var _validReply = _interopRequireDefault(require_validReply());
    function _default2(text) {
      if (!text) {
        return null;
      }
      var possibleScreenName = text.match(_validReply["default"]);
      if (!possibleScreenName || RegExp.rightContext.match(_endMentionMatch["default"])) {
        return null;
      }
      return possibleScreenName[1];
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/extractUrls.js
var require_extractUrls = __commonJS({
  "node_modules/twitter-text/dist/extractUrls.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    function _default2(text, options) {
      var urlsOnly = [];
      var urlsWithIndices = (0, _extractUrlsWithIndices["default"])(text, options);
      for (var i = 0; i < urlsWithIndices.length; i++) {
        urlsOnly.push(urlsWithIndices[i].url);
      }
      return urlsOnly;
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/_is-array.js
var require_is_array = __commonJS({
  "node_modules/core-js/modules/_is-array.js"(exports, module) {
    var cof = require_cof();
    module.exports = Array.isArray || function isArray(arg) {
      return cof(arg) == "Array";
    };
  }
});

// node_modules/core-js/modules/es6.array.is-array.js
var require_es6_array_is_array = __commonJS({
  "node_modules/core-js/modules/es6.array.is-array.js"() {
    var $export = require_export();
    $export($export.S, "Array", { isArray: require_is_array() });
  }
});

// node_modules/twitter-text/dist/lib/getCharacterWeight.js
var require_getCharacterWeight = __commonJS({
  "node_modules/twitter-text/dist/lib/getCharacterWeight.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_array_is_array();
    var getCharacterWeight = function getCharacterWeight2(ch, options) {
      var defaultWeight = options.defaultWeight, ranges = options.ranges;
      var weight = defaultWeight;
      var chCodePoint = ch.charCodeAt(0);
      if (Array.isArray(ranges)) {
        for (var i = 0, length2 = ranges.length; i < length2; i++) {
          var currRange = ranges[i];
          if (chCodePoint >= currRange.start && chCodePoint <= currRange.end) {
            weight = currRange.weight;
            break;
          }
        }
      }
      return weight;
    };
    var _default2 = getCharacterWeight;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/modifyIndicesFromUTF16ToUnicode.js
var require_modifyIndicesFromUTF16ToUnicode = __commonJS({
  "node_modules/twitter-text/dist/modifyIndicesFromUTF16ToUnicode.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _convertUnicodeIndices = _interopRequireDefault(require_convertUnicodeIndices());
    function _default2(text, entities) {
      (0, _convertUnicodeIndices["default"])(text, entities, true);
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/_array-reduce.js
var require_array_reduce = __commonJS({
  "node_modules/core-js/modules/_array-reduce.js"(exports, module) {
    var aFunction = require_a_function();
    var toObject = require_to_object();
    var IObject = require_iobject();
    var toLength = require_to_length();
    module.exports = function(that, callbackfn, aLen, memo3, isRight) {
      aFunction(callbackfn);
      var O = toObject(that);
      var self2 = IObject(O);
      var length2 = toLength(O.length);
      var index = isRight ? length2 - 1 : 0;
      var i = isRight ? -1 : 1;
      if (aLen < 2) for (; ; ) {
        if (index in self2) {
          memo3 = self2[index];
          index += i;
          break;
        }
        index += i;
        if (isRight ? index < 0 : length2 <= index) {
          throw TypeError("Reduce of empty array with no initial value");
        }
      }
      for (; isRight ? index >= 0 : length2 > index; index += i) if (index in self2) {
        memo3 = callbackfn(memo3, self2[index], index, O);
      }
      return memo3;
    };
  }
});

// node_modules/core-js/modules/es6.array.reduce.js
var require_es6_array_reduce = __commonJS({
  "node_modules/core-js/modules/es6.array.reduce.js"() {
    "use strict";
    var $export = require_export();
    var $reduce = require_array_reduce();
    $export($export.P + $export.F * !require_strict_method()([].reduce, true), "Array", {
      // 22.1.3.18 / 15.4.4.21 Array.prototype.reduce(callbackfn [, initialValue])
      reduce: function reduce(callbackfn) {
        return $reduce(this, callbackfn, arguments.length, arguments[1], false);
      }
    });
  }
});

// node_modules/core-js/modules/_add-to-unscopables.js
var require_add_to_unscopables = __commonJS({
  "node_modules/core-js/modules/_add-to-unscopables.js"(exports, module) {
    var UNSCOPABLES = require_wks()("unscopables");
    var ArrayProto = Array.prototype;
    if (ArrayProto[UNSCOPABLES] == void 0) require_hide()(ArrayProto, UNSCOPABLES, {});
    module.exports = function(key) {
      ArrayProto[UNSCOPABLES][key] = true;
    };
  }
});

// node_modules/core-js/modules/_iter-step.js
var require_iter_step = __commonJS({
  "node_modules/core-js/modules/_iter-step.js"(exports, module) {
    module.exports = function(done, value) {
      return { value, done: !!done };
    };
  }
});

// node_modules/core-js/modules/_iterators.js
var require_iterators = __commonJS({
  "node_modules/core-js/modules/_iterators.js"(exports, module) {
    module.exports = {};
  }
});

// node_modules/core-js/modules/_object-keys.js
var require_object_keys = __commonJS({
  "node_modules/core-js/modules/_object-keys.js"(exports, module) {
    var $keys = require_object_keys_internal();
    var enumBugKeys = require_enum_bug_keys();
    module.exports = Object.keys || function keys(O) {
      return $keys(O, enumBugKeys);
    };
  }
});

// node_modules/core-js/modules/_object-dps.js
var require_object_dps = __commonJS({
  "node_modules/core-js/modules/_object-dps.js"(exports, module) {
    var dP = require_object_dp();
    var anObject = require_an_object();
    var getKeys = require_object_keys();
    module.exports = require_descriptors() ? Object.defineProperties : function defineProperties(O, Properties) {
      anObject(O);
      var keys = getKeys(Properties);
      var length2 = keys.length;
      var i = 0;
      var P;
      while (length2 > i) dP.f(O, P = keys[i++], Properties[P]);
      return O;
    };
  }
});

// node_modules/core-js/modules/_html.js
var require_html = __commonJS({
  "node_modules/core-js/modules/_html.js"(exports, module) {
    var document = require_global().document;
    module.exports = document && document.documentElement;
  }
});

// node_modules/core-js/modules/_object-create.js
var require_object_create = __commonJS({
  "node_modules/core-js/modules/_object-create.js"(exports, module) {
    var anObject = require_an_object();
    var dPs = require_object_dps();
    var enumBugKeys = require_enum_bug_keys();
    var IE_PROTO = require_shared_key()("IE_PROTO");
    var Empty = function() {
    };
    var PROTOTYPE = "prototype";
    var createDict = function() {
      var iframe = require_dom_create()("iframe");
      var i = enumBugKeys.length;
      var lt = "<";
      var gt = ">";
      var iframeDocument;
      iframe.style.display = "none";
      require_html().appendChild(iframe);
      iframe.src = "javascript:";
      iframeDocument = iframe.contentWindow.document;
      iframeDocument.open();
      iframeDocument.write(lt + "script" + gt + "document.F=Object" + lt + "/script" + gt);
      iframeDocument.close();
      createDict = iframeDocument.F;
      while (i--) delete createDict[PROTOTYPE][enumBugKeys[i]];
      return createDict();
    };
    module.exports = Object.create || function create(O, Properties) {
      var result;
      if (O !== null) {
        Empty[PROTOTYPE] = anObject(O);
        result = new Empty();
        Empty[PROTOTYPE] = null;
        result[IE_PROTO] = O;
      } else result = createDict();
      return Properties === void 0 ? result : dPs(result, Properties);
    };
  }
});

// node_modules/core-js/modules/_set-to-string-tag.js
var require_set_to_string_tag = __commonJS({
  "node_modules/core-js/modules/_set-to-string-tag.js"(exports, module) {
    var def2 = require_object_dp().f;
    var has = require_has();
    var TAG = require_wks()("toStringTag");
    module.exports = function(it, tag, stat3) {
      if (it && !has(it = stat3 ? it : it.prototype, TAG)) def2(it, TAG, { configurable: true, value: tag });
    };
  }
});

// node_modules/core-js/modules/_iter-create.js
var require_iter_create = __commonJS({
  "node_modules/core-js/modules/_iter-create.js"(exports, module) {
    "use strict";
    var create = require_object_create();
    var descriptor = require_property_desc();
    var setToStringTag = require_set_to_string_tag();
    var IteratorPrototype = {};
    require_hide()(IteratorPrototype, require_wks()("iterator"), function() {
      return this;
    });
    module.exports = function(Constructor, NAME, next) {
      Constructor.prototype = create(IteratorPrototype, { next: descriptor(1, next) });
      setToStringTag(Constructor, NAME + " Iterator");
    };
  }
});

// node_modules/core-js/modules/_object-gpo.js
var require_object_gpo = __commonJS({
  "node_modules/core-js/modules/_object-gpo.js"(exports, module) {
    var has = require_has();
    var toObject = require_to_object();
    var IE_PROTO = require_shared_key()("IE_PROTO");
    var ObjectProto = Object.prototype;
    module.exports = Object.getPrototypeOf || function(O) {
      O = toObject(O);
      if (has(O, IE_PROTO)) return O[IE_PROTO];
      if (typeof O.constructor == "function" && O instanceof O.constructor) {
        return O.constructor.prototype;
      }
      return O instanceof Object ? ObjectProto : null;
    };
  }
});

// node_modules/core-js/modules/_iter-define.js
var require_iter_define = __commonJS({
  "node_modules/core-js/modules/_iter-define.js"(exports, module) {
    "use strict";
    var LIBRARY = require_library();
    var $export = require_export();
    var redefine = require_redefine();
    var hide2 = require_hide();
    var Iterators = require_iterators();
    var $iterCreate = require_iter_create();
    var setToStringTag = require_set_to_string_tag();
    var getPrototypeOf = require_object_gpo();
    var ITERATOR = require_wks()("iterator");
    var BUGGY = !([].keys && "next" in [].keys());
    var FF_ITERATOR = "@@iterator";
    var KEYS = "keys";
    var VALUES = "values";
    var returnThis = function() {
      return this;
    };
    module.exports = function(Base, NAME, Constructor, next, DEFAULT, IS_SET, FORCED) {
      $iterCreate(Constructor, NAME, next);
      var getMethod = function(kind) {
        if (!BUGGY && kind in proto) return proto[kind];
        switch (kind) {
          case KEYS:
            return function keys() {
              return new Constructor(this, kind);
            };
          case VALUES:
            return function values() {
              return new Constructor(this, kind);
            };
        }
        return function entries() {
          return new Constructor(this, kind);
        };
      };
      var TAG = NAME + " Iterator";
      var DEF_VALUES = DEFAULT == VALUES;
      var VALUES_BUG = false;
      var proto = Base.prototype;
      var $native = proto[ITERATOR] || proto[FF_ITERATOR] || DEFAULT && proto[DEFAULT];
      var $default = $native || getMethod(DEFAULT);
      var $entries = DEFAULT ? !DEF_VALUES ? $default : getMethod("entries") : void 0;
      var $anyNative = NAME == "Array" ? proto.entries || $native : $native;
      var methods, key, IteratorPrototype;
      if ($anyNative) {
        IteratorPrototype = getPrototypeOf($anyNative.call(new Base()));
        if (IteratorPrototype !== Object.prototype && IteratorPrototype.next) {
          setToStringTag(IteratorPrototype, TAG, true);
          if (!LIBRARY && typeof IteratorPrototype[ITERATOR] != "function") hide2(IteratorPrototype, ITERATOR, returnThis);
        }
      }
      if (DEF_VALUES && $native && $native.name !== VALUES) {
        VALUES_BUG = true;
        $default = function values() {
          return $native.call(this);
        };
      }
      if ((!LIBRARY || FORCED) && (BUGGY || VALUES_BUG || !proto[ITERATOR])) {
        hide2(proto, ITERATOR, $default);
      }
      Iterators[NAME] = $default;
      Iterators[TAG] = returnThis;
      if (DEFAULT) {
        methods = {
          values: DEF_VALUES ? $default : getMethod(VALUES),
          keys: IS_SET ? $default : getMethod(KEYS),
          entries: $entries
        };
        if (FORCED) for (key in methods) {
          if (!(key in proto)) redefine(proto, key, methods[key]);
        }
        else $export($export.P + $export.F * (BUGGY || VALUES_BUG), NAME, methods);
      }
      return methods;
    };
  }
});

// node_modules/core-js/modules/es6.array.iterator.js
var require_es6_array_iterator = __commonJS({
  "node_modules/core-js/modules/es6.array.iterator.js"(exports, module) {
    "use strict";
    var addToUnscopables = require_add_to_unscopables();
    var step = require_iter_step();
    var Iterators = require_iterators();
    var toIObject = require_to_iobject();
    module.exports = require_iter_define()(Array, "Array", function(iterated, kind) {
      this._t = toIObject(iterated);
      this._i = 0;
      this._k = kind;
    }, function() {
      var O = this._t;
      var kind = this._k;
      var index = this._i++;
      if (!O || index >= O.length) {
        this._t = void 0;
        return step(1);
      }
      if (kind == "keys") return step(0, index);
      if (kind == "values") return step(0, O[index]);
      return step(0, [index, O[index]]);
    }, "values");
    Iterators.Arguments = Iterators.Array;
    addToUnscopables("keys");
    addToUnscopables("values");
    addToUnscopables("entries");
  }
});

// node_modules/core-js/modules/web.dom.iterable.js
var require_web_dom_iterable = __commonJS({
  "node_modules/core-js/modules/web.dom.iterable.js"() {
    var $iterators = require_es6_array_iterator();
    var getKeys = require_object_keys();
    var redefine = require_redefine();
    var global = require_global();
    var hide2 = require_hide();
    var Iterators = require_iterators();
    var wks = require_wks();
    var ITERATOR = wks("iterator");
    var TO_STRING_TAG = wks("toStringTag");
    var ArrayValues = Iterators.Array;
    var DOMIterables = {
      CSSRuleList: true,
      // TODO: Not spec compliant, should be false.
      CSSStyleDeclaration: false,
      CSSValueList: false,
      ClientRectList: false,
      DOMRectList: false,
      DOMStringList: false,
      DOMTokenList: true,
      DataTransferItemList: false,
      FileList: false,
      HTMLAllCollection: false,
      HTMLCollection: false,
      HTMLFormElement: false,
      HTMLSelectElement: false,
      MediaList: true,
      // TODO: Not spec compliant, should be false.
      MimeTypeArray: false,
      NamedNodeMap: false,
      NodeList: true,
      PaintRequestList: false,
      Plugin: false,
      PluginArray: false,
      SVGLengthList: false,
      SVGNumberList: false,
      SVGPathSegList: false,
      SVGPointList: false,
      SVGStringList: false,
      SVGTransformList: false,
      SourceBufferList: false,
      StyleSheetList: true,
      // TODO: Not spec compliant, should be false.
      TextTrackCueList: false,
      TextTrackList: false,
      TouchList: false
    };
    for (collections = getKeys(DOMIterables), i = 0; i < collections.length; i++) {
      NAME = collections[i];
      explicit = DOMIterables[NAME];
      Collection = global[NAME];
      proto = Collection && Collection.prototype;
      if (proto) {
        if (!proto[ITERATOR]) hide2(proto, ITERATOR, ArrayValues);
        if (!proto[TO_STRING_TAG]) hide2(proto, TO_STRING_TAG, NAME);
        Iterators[NAME] = ArrayValues;
        if (explicit) {
          for (key in $iterators) if (!proto[key]) redefine(proto, key, $iterators[key], true);
        }
      }
    }
    var NAME;
    var explicit;
    var Collection;
    var proto;
    var key;
    var collections;
    var i;
  }
});

// node_modules/core-js/modules/_object-sap.js
var require_object_sap = __commonJS({
  "node_modules/core-js/modules/_object-sap.js"(exports, module) {
    var $export = require_export();
    var core2 = require_core();
    var fails = require_fails();
    module.exports = function(KEY, exec) {
      var fn = (core2.Object || {})[KEY] || Object[KEY];
      var exp = {};
      exp[KEY] = exec(fn);
      $export($export.S + $export.F * fails(function() {
        fn(1);
      }), "Object", exp);
    };
  }
});

// node_modules/core-js/modules/es6.object.keys.js
var require_es6_object_keys = __commonJS({
  "node_modules/core-js/modules/es6.object.keys.js"() {
    var toObject = require_to_object();
    var $keys = require_object_keys();
    require_object_sap()("keys", function() {
      return function keys(it) {
        return $keys(toObject(it));
      };
    });
  }
});

// node_modules/twitter-text/dist/regexp/invalidChars.js
var require_invalidChars = __commonJS({
  "node_modules/twitter-text/dist/regexp/invalidChars.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _invalidCharsGroup = _interopRequireDefault(require_invalidCharsGroup());
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var invalidChars = (0, _regexSupplant["default"])(/[#{invalidCharsGroup}]/, {
      invalidCharsGroup: _invalidCharsGroup["default"]
    });
    var _default2 = invalidChars;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/hasInvalidCharacters.js
var require_hasInvalidCharacters = __commonJS({
  "node_modules/twitter-text/dist/hasInvalidCharacters.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _invalidChars = _interopRequireDefault(require_invalidChars());
    function _default2(text) {
      return _invalidChars["default"].test(text);
    }
    module.exports = exports.default;
  }
});

// node_modules/twemoji-parser/dist/lib/regex.js
var require_regex = __commonJS({
  "node_modules/twemoji-parser/dist/lib/regex.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.default = /(?:\ud83d[\udc68\udc69])(?:\ud83c[\udffb-\udfff])?\u200d(?:\u2695\ufe0f|\u2696\ufe0f|\u2708\ufe0f|\ud83c[\udf3e\udf73\udf93\udfa4\udfa8\udfeb\udfed]|\ud83d[\udcbb\udcbc\udd27\udd2c\ude80\ude92]|\ud83e[\uddb0-\uddb3])|(?:\ud83c[\udfcb\udfcc]|\ud83d[\udd74\udd75]|\u26f9)((?:\ud83c[\udffb-\udfff]|\ufe0f)\u200d[\u2640\u2642]\ufe0f)|(?:\ud83c[\udfc3\udfc4\udfca]|\ud83d[\udc6e\udc71\udc73\udc77\udc81\udc82\udc86\udc87\ude45-\ude47\ude4b\ude4d\ude4e\udea3\udeb4-\udeb6]|\ud83e[\udd26\udd35\udd37-\udd39\udd3d\udd3e\uddb8\uddb9\uddd6-\udddd])(?:\ud83c[\udffb-\udfff])?\u200d[\u2640\u2642]\ufe0f|(?:\ud83d\udc68\u200d\u2764\ufe0f\u200d\ud83d\udc8b\u200d\ud83d\udc68|\ud83d\udc68\u200d\ud83d\udc68\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc68\u200d\ud83d\udc68\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc69\u200d\u2764\ufe0f\u200d\ud83d\udc8b\u200d\ud83d[\udc68\udc69]|\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc68\u200d\u2764\ufe0f\u200d\ud83d\udc68|\ud83d\udc68\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc68\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc68\u200d\ud83d\udc68\u200d\ud83d[\udc66\udc67]|\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d[\udc66\udc67]|\ud83d\udc69\u200d\u2764\ufe0f\u200d\ud83d[\udc68\udc69]|\ud83d\udc69\u200d\ud83d\udc66\u200d\ud83d\udc66|\ud83d\udc69\u200d\ud83d\udc67\u200d\ud83d[\udc66\udc67]|\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d[\udc66\udc67]|\ud83c\udff3\ufe0f\u200d\ud83c\udf08|\ud83c\udff4\u200d\u2620\ufe0f|\ud83d\udc41\u200d\ud83d\udde8|\ud83d\udc68\u200d\ud83d[\udc66\udc67]|\ud83d\udc69\u200d\ud83d[\udc66\udc67]|\ud83d\udc6f\u200d\u2640\ufe0f|\ud83d\udc6f\u200d\u2642\ufe0f|\ud83e\udd3c\u200d\u2640\ufe0f|\ud83e\udd3c\u200d\u2642\ufe0f|\ud83e\uddde\u200d\u2640\ufe0f|\ud83e\uddde\u200d\u2642\ufe0f|\ud83e\udddf\u200d\u2640\ufe0f|\ud83e\udddf\u200d\u2642\ufe0f)|[#*0-9]\ufe0f?\u20e3|(?:[©®\u2122\u265f]\ufe0f)|(?:\ud83c[\udc04\udd70\udd71\udd7e\udd7f\ude02\ude1a\ude2f\ude37\udf21\udf24-\udf2c\udf36\udf7d\udf96\udf97\udf99-\udf9b\udf9e\udf9f\udfcd\udfce\udfd4-\udfdf\udff3\udff5\udff7]|\ud83d[\udc3f\udc41\udcfd\udd49\udd4a\udd6f\udd70\udd73\udd76-\udd79\udd87\udd8a-\udd8d\udda5\udda8\uddb1\uddb2\uddbc\uddc2-\uddc4\uddd1-\uddd3\udddc-\uddde\udde1\udde3\udde8\uddef\uddf3\uddfa\udecb\udecd-\udecf\udee0-\udee5\udee9\udef0\udef3]|[\u203c\u2049\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf\u23ed-\u23ef\u23f1\u23f2\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u2604\u260e\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262a\u262e\u262f\u2638-\u263a\u2640\u2642\u2648-\u2653\u2660\u2663\u2665\u2666\u2668\u267b\u267f\u2692-\u2697\u2699\u269b\u269c\u26a0\u26a1\u26aa\u26ab\u26b0\u26b1\u26bd\u26be\u26c4\u26c5\u26c8\u26cf\u26d1\u26d3\u26d4\u26e9\u26ea\u26f0-\u26f5\u26f8\u26fa\u26fd\u2702\u2708\u2709\u270f\u2712\u2714\u2716\u271d\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u2764\u27a1\u2934\u2935\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299])(?:\ufe0f|(?!\ufe0e))|(?:(?:\ud83c[\udfcb\udfcc]|\ud83d[\udd74\udd75\udd90]|[\u261d\u26f7\u26f9\u270c\u270d])(?:\ufe0f|(?!\ufe0e))|(?:\ud83c[\udf85\udfc2-\udfc4\udfc7\udfca]|\ud83d[\udc42\udc43\udc46-\udc50\udc66-\udc69\udc6e\udc70-\udc78\udc7c\udc81-\udc83\udc85-\udc87\udcaa\udd7a\udd95\udd96\ude45-\ude47\ude4b-\ude4f\udea3\udeb4-\udeb6\udec0\udecc]|\ud83e[\udd18-\udd1c\udd1e\udd1f\udd26\udd30-\udd39\udd3d\udd3e\uddb5\uddb6\uddb8\uddb9\uddd1-\udddd]|[\u270a\u270b]))(?:\ud83c[\udffb-\udfff])?|(?:\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f|\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc73\udb40\udc63\udb40\udc74\udb40\udc7f|\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc77\udb40\udc6c\udb40\udc73\udb40\udc7f|\ud83c\udde6\ud83c[\udde8-\uddec\uddee\uddf1\uddf2\uddf4\uddf6-\uddfa\uddfc\uddfd\uddff]|\ud83c\udde7\ud83c[\udde6\udde7\udde9-\uddef\uddf1-\uddf4\uddf6-\uddf9\uddfb\uddfc\uddfe\uddff]|\ud83c\udde8\ud83c[\udde6\udde8\udde9\uddeb-\uddee\uddf0-\uddf5\uddf7\uddfa-\uddff]|\ud83c\udde9\ud83c[\uddea\uddec\uddef\uddf0\uddf2\uddf4\uddff]|\ud83c\uddea\ud83c[\udde6\udde8\uddea\uddec\udded\uddf7-\uddfa]|\ud83c\uddeb\ud83c[\uddee-\uddf0\uddf2\uddf4\uddf7]|\ud83c\uddec\ud83c[\udde6\udde7\udde9-\uddee\uddf1-\uddf3\uddf5-\uddfa\uddfc\uddfe]|\ud83c\udded\ud83c[\uddf0\uddf2\uddf3\uddf7\uddf9\uddfa]|\ud83c\uddee\ud83c[\udde8-\uddea\uddf1-\uddf4\uddf6-\uddf9]|\ud83c\uddef\ud83c[\uddea\uddf2\uddf4\uddf5]|\ud83c\uddf0\ud83c[\uddea\uddec-\uddee\uddf2\uddf3\uddf5\uddf7\uddfc\uddfe\uddff]|\ud83c\uddf1\ud83c[\udde6-\udde8\uddee\uddf0\uddf7-\uddfb\uddfe]|\ud83c\uddf2\ud83c[\udde6\udde8-\udded\uddf0-\uddff]|\ud83c\uddf3\ud83c[\udde6\udde8\uddea-\uddec\uddee\uddf1\uddf4\uddf5\uddf7\uddfa\uddff]|\ud83c\uddf4\ud83c\uddf2|\ud83c\uddf5\ud83c[\udde6\uddea-\udded\uddf0-\uddf3\uddf7-\uddf9\uddfc\uddfe]|\ud83c\uddf6\ud83c\udde6|\ud83c\uddf7\ud83c[\uddea\uddf4\uddf8\uddfa\uddfc]|\ud83c\uddf8\ud83c[\udde6-\uddea\uddec-\uddf4\uddf7-\uddf9\uddfb\uddfd-\uddff]|\ud83c\uddf9\ud83c[\udde6\udde8\udde9\uddeb-\udded\uddef-\uddf4\uddf7\uddf9\uddfb\uddfc\uddff]|\ud83c\uddfa\ud83c[\udde6\uddec\uddf2\uddf3\uddf8\uddfe\uddff]|\ud83c\uddfb\ud83c[\udde6\udde8\uddea\uddec\uddee\uddf3\uddfa]|\ud83c\uddfc\ud83c[\uddeb\uddf8]|\ud83c\uddfd\ud83c\uddf0|\ud83c\uddfe\ud83c[\uddea\uddf9]|\ud83c\uddff\ud83c[\udde6\uddf2\uddfc]|\ud83c[\udccf\udd8e\udd91-\udd9a\udde6-\uddff\ude01\ude32-\ude36\ude38-\ude3a\ude50\ude51\udf00-\udf20\udf2d-\udf35\udf37-\udf7c\udf7e-\udf84\udf86-\udf93\udfa0-\udfc1\udfc5\udfc6\udfc8\udfc9\udfcf-\udfd3\udfe0-\udff0\udff4\udff8-\udfff]|\ud83d[\udc00-\udc3e\udc40\udc44\udc45\udc51-\udc65\udc6a-\udc6d\udc6f\udc79-\udc7b\udc7d-\udc80\udc84\udc88-\udca9\udcab-\udcfc\udcff-\udd3d\udd4b-\udd4e\udd50-\udd67\udda4\uddfb-\ude44\ude48-\ude4a\ude80-\udea2\udea4-\udeb3\udeb7-\udebf\udec1-\udec5\uded0-\uded2\udeeb\udeec\udef4-\udef9]|\ud83e[\udd10-\udd17\udd1d\udd20-\udd25\udd27-\udd2f\udd3a\udd3c\udd40-\udd45\udd47-\udd70\udd73-\udd76\udd7a\udd7c-\udda2\uddb4\uddb7\uddc0-\uddc2\uddd0\uddde-\uddff]|[\u23e9-\u23ec\u23f0\u23f3\u267e\u26ce\u2705\u2728\u274c\u274e\u2753-\u2755\u2795-\u2797\u27b0\u27bf\ue50a])|\ufe0f/g;
  }
});

// node_modules/twemoji-parser/dist/index.js
var require_dist = __commonJS({
  "node_modules/twemoji-parser/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports.TypeName = void 0;
    exports.parse = parse2;
    exports.toCodePoints = toCodePoints;
    var _regex2 = require_regex();
    var _regex22 = _interopRequireDefault(_regex2);
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { default: obj };
    }
    var TypeName = exports.TypeName = "emoji";
    function parse2(text, options) {
      var assetType = options && options.assetType ? options.assetType : "svg";
      var getTwemojiUrl = options && options.buildUrl ? options.buildUrl : function(codepoints2, assetType2) {
        return assetType2 === "png" ? "https://twemoji.maxcdn.com/2/72x72/" + codepoints2 + ".png" : "https://twemoji.maxcdn.com/2/svg/" + codepoints2 + ".svg";
      };
      var entities = [];
      _regex22.default.lastIndex = 0;
      while (true) {
        var result = _regex22.default.exec(text);
        if (!result) {
          break;
        }
        var emojiText = result[0];
        var codepoints = toCodePoints(removeVS16s(emojiText)).join("-");
        entities.push({
          url: codepoints ? getTwemojiUrl(codepoints, assetType) : "",
          indices: [result.index, _regex22.default.lastIndex],
          text: emojiText,
          type: TypeName
        });
      }
      return entities;
    }
    var vs16RegExp = /\uFE0F/g;
    var zeroWidthJoiner = String.fromCharCode(8205);
    var removeVS16s = function removeVS16s2(rawEmoji) {
      return rawEmoji.indexOf(zeroWidthJoiner) < 0 ? rawEmoji.replace(vs16RegExp, "") : rawEmoji;
    };
    function toCodePoints(unicodeSurrogates) {
      var points = [];
      var char = 0;
      var previous = 0;
      var i = 0;
      while (i < unicodeSurrogates.length) {
        char = unicodeSurrogates.charCodeAt(i++);
        if (previous) {
          points.push((65536 + (previous - 55296 << 10) + (char - 56320)).toString(16));
          previous = 0;
        } else if (char > 55296 && char <= 56319) {
          previous = char;
        } else {
          points.push(char.toString(16));
        }
      }
      return points;
    }
  }
});

// node_modules/twitter-text/dist/regexp/urlHasHttps.js
var require_urlHasHttps = __commonJS({
  "node_modules/twitter-text/dist/regexp/urlHasHttps.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var urlHasHttps = /^https:\/\//i;
    var _default2 = urlHasHttps;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/parseTweet.js
var require_parseTweet = __commonJS({
  "node_modules/twitter-text/dist/parseTweet.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    require_es6_array_reduce();
    require_web_dom_iterable();
    require_es6_array_iterator();
    require_es6_object_to_string();
    require_es6_object_keys();
    var _configs = _interopRequireDefault(require_configs());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _getCharacterWeight = _interopRequireDefault(require_getCharacterWeight());
    var _hasInvalidCharacters = _interopRequireDefault(require_hasInvalidCharacters());
    var _modifyIndicesFromUTF16ToUnicode = _interopRequireDefault(require_modifyIndicesFromUTF16ToUnicode());
    var _twemojiParser = require_dist();
    var _urlHasHttps = _interopRequireDefault(require_urlHasHttps());
    var parseTweet = function parseTweet2() {
      var text = arguments.length > 0 && arguments[0] !== void 0 ? arguments[0] : "";
      var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : _configs["default"].defaults;
      var mergedOptions = Object.keys(options).length ? options : _configs["default"].defaults;
      var defaultWeight = mergedOptions.defaultWeight, emojiParsingEnabled = mergedOptions.emojiParsingEnabled, scale = mergedOptions.scale, maxWeightedTweetLength = mergedOptions.maxWeightedTweetLength, transformedURLLength = mergedOptions.transformedURLLength;
      var normalizedText = typeof String.prototype.normalize === "function" ? text.normalize() : text;
      var urlEntitiesMap = transformEntitiesToHash((0, _extractUrlsWithIndices["default"])(normalizedText));
      var emojiEntitiesMap = emojiParsingEnabled ? transformEntitiesToHash((0, _twemojiParser.parse)(normalizedText)) : [];
      var tweetLength = normalizedText.length;
      var weightedLength = 0;
      var validDisplayIndex = 0;
      var valid = true;
      for (var charIndex = 0; charIndex < tweetLength; charIndex++) {
        if (urlEntitiesMap[charIndex]) {
          var _urlEntitiesMap$charI = urlEntitiesMap[charIndex], url = _urlEntitiesMap$charI.url, indices = _urlEntitiesMap$charI.indices;
          weightedLength += transformedURLLength * scale;
          charIndex += url.length - 1;
        } else if (emojiParsingEnabled && emojiEntitiesMap[charIndex]) {
          var _emojiEntitiesMap$cha = emojiEntitiesMap[charIndex], emoji3 = _emojiEntitiesMap$cha.text, _indices = _emojiEntitiesMap$cha.indices;
          weightedLength += defaultWeight;
          charIndex += emoji3.length - 1;
        } else {
          charIndex += isSurrogatePair(normalizedText, charIndex) ? 1 : 0;
          weightedLength += (0, _getCharacterWeight["default"])(normalizedText.charAt(charIndex), mergedOptions);
        }
        if (valid) {
          valid = !(0, _hasInvalidCharacters["default"])(normalizedText.substring(charIndex, charIndex + 1));
        }
        if (valid && weightedLength <= maxWeightedTweetLength * scale) {
          validDisplayIndex = charIndex;
        }
      }
      weightedLength = weightedLength / scale;
      valid = valid && weightedLength > 0 && weightedLength <= maxWeightedTweetLength;
      var permillage = Math.floor(weightedLength / maxWeightedTweetLength * 1e3);
      var normalizationOffset = text.length - normalizedText.length;
      validDisplayIndex += normalizationOffset;
      return {
        weightedLength,
        valid,
        permillage,
        validRangeStart: 0,
        validRangeEnd: validDisplayIndex,
        displayRangeStart: 0,
        displayRangeEnd: text.length > 0 ? text.length - 1 : 0
      };
    };
    var transformEntitiesToHash = function transformEntitiesToHash2(entities) {
      return entities.reduce(function(map, entity) {
        map[entity.indices[0]] = entity;
        return map;
      }, {});
    };
    var isSurrogatePair = function isSurrogatePair2(text, cIndex) {
      if (cIndex < text.length - 1) {
        var c = text.charCodeAt(cIndex);
        var cNext = text.charCodeAt(cIndex + 1);
        return 55296 <= c && c <= 56319 && 56320 <= cNext && cNext <= 57343;
      }
      return false;
    };
    var _default2 = parseTweet;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/getTweetLength.js
var require_getTweetLength = __commonJS({
  "node_modules/twitter-text/dist/getTweetLength.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _configs = _interopRequireDefault(require_configs());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _getCharacterWeight = _interopRequireDefault(require_getCharacterWeight());
    var _modifyIndicesFromUTF16ToUnicode = _interopRequireDefault(require_modifyIndicesFromUTF16ToUnicode());
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    var _parseTweet = _interopRequireDefault(require_parseTweet());
    var _urlHasHttps = _interopRequireDefault(require_urlHasHttps());
    var getTweetLength = function getTweetLength2(text) {
      var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : _configs["default"].defaults;
      return (0, _parseTweet["default"])(text, options).weightedLength;
    };
    var _default2 = getTweetLength;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/getUnicodeTextLength.js
var require_getUnicodeTextLength = __commonJS({
  "node_modules/twitter-text/dist/getUnicodeTextLength.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_replace();
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    function _default2(text) {
      return text.replace(_nonBmpCodePairs["default"], " ").length;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/splitTags.js
var require_splitTags = __commonJS({
  "node_modules/twitter-text/dist/splitTags.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_split();
    function _default2(text) {
      var firstSplits = text.split("<"), secondSplits, allSplits = [], split;
      for (var i = 0; i < firstSplits.length; i += 1) {
        split = firstSplits[i];
        if (!split) {
          allSplits.push("");
        } else {
          secondSplits = split.split(">");
          for (var j = 0; j < secondSplits.length; j += 1) {
            allSplits.push(secondSplits[j]);
          }
        }
      }
      return allSplits;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/hitHighlight.js
var require_hitHighlight = __commonJS({
  "node_modules/twitter-text/dist/hitHighlight.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _splitTags = _interopRequireDefault(require_splitTags());
    function _default2(text, hits, options) {
      var defaultHighlightTag = "em";
      hits = hits || [];
      options = options || {};
      if (hits.length === 0) {
        return text;
      }
      var tagName = options.tag || defaultHighlightTag, tags = ["<".concat(tagName, ">"), "</".concat(tagName, ">")], chunks = (0, _splitTags["default"])(text), i, j, result = "", chunkIndex = 0, chunk = chunks[0], prevChunksLen = 0, chunkCursor = 0, startInChunk = false, chunkChars = chunk, flatHits = [], index, hit, tag, placed, hitSpot;
      for (i = 0; i < hits.length; i += 1) {
        for (j = 0; j < hits[i].length; j += 1) {
          flatHits.push(hits[i][j]);
        }
      }
      for (index = 0; index < flatHits.length; index += 1) {
        hit = flatHits[index];
        tag = tags[index % 2];
        placed = false;
        while (chunk != null && hit >= prevChunksLen + chunk.length) {
          result += chunkChars.slice(chunkCursor);
          if (startInChunk && hit === prevChunksLen + chunkChars.length) {
            result += tag;
            placed = true;
          }
          if (chunks[chunkIndex + 1]) {
            result += "<".concat(chunks[chunkIndex + 1], ">");
          }
          prevChunksLen += chunkChars.length;
          chunkCursor = 0;
          chunkIndex += 2;
          chunk = chunks[chunkIndex];
          chunkChars = chunk;
          startInChunk = false;
        }
        if (!placed && chunk != null) {
          hitSpot = hit - prevChunksLen;
          result += chunkChars.slice(chunkCursor, hitSpot) + tag;
          chunkCursor = hitSpot;
          if (index % 2 === 0) {
            startInChunk = true;
          } else {
            startInChunk = false;
          }
        } else if (!placed) {
          placed = true;
          result += tag;
        }
      }
      if (chunk != null) {
        if (chunkCursor < chunkChars.length) {
          result += chunkChars.slice(chunkCursor);
        }
        for (index = chunkIndex + 1; index < chunks.length; index += 1) {
          result += index % 2 === 0 ? chunks[index] : "<".concat(chunks[index], ">");
        }
      }
      return result;
    }
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.object.define-properties.js
var require_es6_object_define_properties = __commonJS({
  "node_modules/core-js/modules/es6.object.define-properties.js"() {
    var $export = require_export();
    $export($export.S + $export.F * !require_descriptors(), "Object", { defineProperties: require_object_dps() });
  }
});

// node_modules/core-js/modules/_object-gops.js
var require_object_gops = __commonJS({
  "node_modules/core-js/modules/_object-gops.js"(exports) {
    exports.f = Object.getOwnPropertySymbols;
  }
});

// node_modules/core-js/modules/_own-keys.js
var require_own_keys = __commonJS({
  "node_modules/core-js/modules/_own-keys.js"(exports, module) {
    var gOPN = require_object_gopn();
    var gOPS = require_object_gops();
    var anObject = require_an_object();
    var Reflect2 = require_global().Reflect;
    module.exports = Reflect2 && Reflect2.ownKeys || function ownKeys(it) {
      var keys = gOPN.f(anObject(it));
      var getSymbols = gOPS.f;
      return getSymbols ? keys.concat(getSymbols(it)) : keys;
    };
  }
});

// node_modules/core-js/modules/_create-property.js
var require_create_property = __commonJS({
  "node_modules/core-js/modules/_create-property.js"(exports, module) {
    "use strict";
    var $defineProperty = require_object_dp();
    var createDesc = require_property_desc();
    module.exports = function(object2, index, value) {
      if (index in object2) $defineProperty.f(object2, index, createDesc(0, value));
      else object2[index] = value;
    };
  }
});

// node_modules/core-js/modules/es7.object.get-own-property-descriptors.js
var require_es7_object_get_own_property_descriptors = __commonJS({
  "node_modules/core-js/modules/es7.object.get-own-property-descriptors.js"() {
    var $export = require_export();
    var ownKeys = require_own_keys();
    var toIObject = require_to_iobject();
    var gOPD = require_object_gopd();
    var createProperty = require_create_property();
    $export($export.S, "Object", {
      getOwnPropertyDescriptors: function getOwnPropertyDescriptors(object2) {
        var O = toIObject(object2);
        var getDesc = gOPD.f;
        var keys = ownKeys(O);
        var result = {};
        var i = 0;
        var key, desc;
        while (keys.length > i) {
          desc = getDesc(O, key = keys[i++]);
          if (desc !== void 0) createProperty(result, key, desc);
        }
        return result;
      }
    });
  }
});

// node_modules/core-js/modules/_array-species-constructor.js
var require_array_species_constructor = __commonJS({
  "node_modules/core-js/modules/_array-species-constructor.js"(exports, module) {
    var isObject2 = require_is_object();
    var isArray = require_is_array();
    var SPECIES = require_wks()("species");
    module.exports = function(original) {
      var C;
      if (isArray(original)) {
        C = original.constructor;
        if (typeof C == "function" && (C === Array || isArray(C.prototype))) C = void 0;
        if (isObject2(C)) {
          C = C[SPECIES];
          if (C === null) C = void 0;
        }
      }
      return C === void 0 ? Array : C;
    };
  }
});

// node_modules/core-js/modules/_array-species-create.js
var require_array_species_create = __commonJS({
  "node_modules/core-js/modules/_array-species-create.js"(exports, module) {
    var speciesConstructor = require_array_species_constructor();
    module.exports = function(original, length2) {
      return new (speciesConstructor(original))(length2);
    };
  }
});

// node_modules/core-js/modules/_array-methods.js
var require_array_methods = __commonJS({
  "node_modules/core-js/modules/_array-methods.js"(exports, module) {
    var ctx = require_ctx();
    var IObject = require_iobject();
    var toObject = require_to_object();
    var toLength = require_to_length();
    var asc = require_array_species_create();
    module.exports = function(TYPE, $create) {
      var IS_MAP = TYPE == 1;
      var IS_FILTER = TYPE == 2;
      var IS_SOME = TYPE == 3;
      var IS_EVERY = TYPE == 4;
      var IS_FIND_INDEX = TYPE == 6;
      var NO_HOLES = TYPE == 5 || IS_FIND_INDEX;
      var create = $create || asc;
      return function($this, callbackfn, that) {
        var O = toObject($this);
        var self2 = IObject(O);
        var f = ctx(callbackfn, that, 3);
        var length2 = toLength(self2.length);
        var index = 0;
        var result = IS_MAP ? create($this, length2) : IS_FILTER ? create($this, 0) : void 0;
        var val, res;
        for (; length2 > index; index++) if (NO_HOLES || index in self2) {
          val = self2[index];
          res = f(val, index, O);
          if (TYPE) {
            if (IS_MAP) result[index] = res;
            else if (res) switch (TYPE) {
              case 3:
                return true;
              // some
              case 5:
                return val;
              // find
              case 6:
                return index;
              // findIndex
              case 2:
                result.push(val);
            }
            else if (IS_EVERY) return false;
          }
        }
        return IS_FIND_INDEX ? -1 : IS_SOME || IS_EVERY ? IS_EVERY : result;
      };
    };
  }
});

// node_modules/core-js/modules/es6.array.for-each.js
var require_es6_array_for_each = __commonJS({
  "node_modules/core-js/modules/es6.array.for-each.js"() {
    "use strict";
    var $export = require_export();
    var $forEach = require_array_methods()(0);
    var STRICT = require_strict_method()([].forEach, true);
    $export($export.P + $export.F * !STRICT, "Array", {
      // 22.1.3.10 / 15.4.4.18 Array.prototype.forEach(callbackfn [, thisArg])
      forEach: function forEach(callbackfn) {
        return $forEach(this, callbackfn, arguments[1]);
      }
    });
  }
});

// node_modules/core-js/modules/es6.array.filter.js
var require_es6_array_filter = __commonJS({
  "node_modules/core-js/modules/es6.array.filter.js"() {
    "use strict";
    var $export = require_export();
    var $filter = require_array_methods()(2);
    $export($export.P + $export.F * !require_strict_method()([].filter, true), "Array", {
      // 22.1.3.7 / 15.4.4.20 Array.prototype.filter(callbackfn [, thisArg])
      filter: function filter(callbackfn) {
        return $filter(this, callbackfn, arguments[1]);
      }
    });
  }
});

// node_modules/core-js/modules/_meta.js
var require_meta = __commonJS({
  "node_modules/core-js/modules/_meta.js"(exports, module) {
    var META = require_uid()("meta");
    var isObject2 = require_is_object();
    var has = require_has();
    var setDesc = require_object_dp().f;
    var id = 0;
    var isExtensible = Object.isExtensible || function() {
      return true;
    };
    var FREEZE = !require_fails()(function() {
      return isExtensible(Object.preventExtensions({}));
    });
    var setMeta = function(it) {
      setDesc(it, META, { value: {
        i: "O" + ++id,
        // object ID
        w: {}
        // weak collections IDs
      } });
    };
    var fastKey = function(it, create) {
      if (!isObject2(it)) return typeof it == "symbol" ? it : (typeof it == "string" ? "S" : "P") + it;
      if (!has(it, META)) {
        if (!isExtensible(it)) return "F";
        if (!create) return "E";
        setMeta(it);
      }
      return it[META].i;
    };
    var getWeak = function(it, create) {
      if (!has(it, META)) {
        if (!isExtensible(it)) return true;
        if (!create) return false;
        setMeta(it);
      }
      return it[META].w;
    };
    var onFreeze = function(it) {
      if (FREEZE && meta2.NEED && isExtensible(it) && !has(it, META)) setMeta(it);
      return it;
    };
    var meta2 = module.exports = {
      KEY: META,
      NEED: false,
      fastKey,
      getWeak,
      onFreeze
    };
  }
});

// node_modules/core-js/modules/_wks-ext.js
var require_wks_ext = __commonJS({
  "node_modules/core-js/modules/_wks-ext.js"(exports) {
    exports.f = require_wks();
  }
});

// node_modules/core-js/modules/_wks-define.js
var require_wks_define = __commonJS({
  "node_modules/core-js/modules/_wks-define.js"(exports, module) {
    var global = require_global();
    var core2 = require_core();
    var LIBRARY = require_library();
    var wksExt = require_wks_ext();
    var defineProperty = require_object_dp().f;
    module.exports = function(name) {
      var $Symbol = core2.Symbol || (core2.Symbol = LIBRARY ? {} : global.Symbol || {});
      if (name.charAt(0) != "_" && !(name in $Symbol)) defineProperty($Symbol, name, { value: wksExt.f(name) });
    };
  }
});

// node_modules/core-js/modules/_enum-keys.js
var require_enum_keys = __commonJS({
  "node_modules/core-js/modules/_enum-keys.js"(exports, module) {
    var getKeys = require_object_keys();
    var gOPS = require_object_gops();
    var pIE = require_object_pie();
    module.exports = function(it) {
      var result = getKeys(it);
      var getSymbols = gOPS.f;
      if (getSymbols) {
        var symbols = getSymbols(it);
        var isEnum = pIE.f;
        var i = 0;
        var key;
        while (symbols.length > i) if (isEnum.call(it, key = symbols[i++])) result.push(key);
      }
      return result;
    };
  }
});

// node_modules/core-js/modules/_object-gopn-ext.js
var require_object_gopn_ext = __commonJS({
  "node_modules/core-js/modules/_object-gopn-ext.js"(exports, module) {
    var toIObject = require_to_iobject();
    var gOPN = require_object_gopn().f;
    var toString = {}.toString;
    var windowNames = typeof window == "object" && window && Object.getOwnPropertyNames ? Object.getOwnPropertyNames(window) : [];
    var getWindowNames = function(it) {
      try {
        return gOPN(it);
      } catch (e) {
        return windowNames.slice();
      }
    };
    module.exports.f = function getOwnPropertyNames(it) {
      return windowNames && toString.call(it) == "[object Window]" ? getWindowNames(it) : gOPN(toIObject(it));
    };
  }
});

// node_modules/core-js/modules/es6.symbol.js
var require_es6_symbol = __commonJS({
  "node_modules/core-js/modules/es6.symbol.js"() {
    "use strict";
    var global = require_global();
    var has = require_has();
    var DESCRIPTORS = require_descriptors();
    var $export = require_export();
    var redefine = require_redefine();
    var META = require_meta().KEY;
    var $fails = require_fails();
    var shared = require_shared();
    var setToStringTag = require_set_to_string_tag();
    var uid = require_uid();
    var wks = require_wks();
    var wksExt = require_wks_ext();
    var wksDefine = require_wks_define();
    var enumKeys = require_enum_keys();
    var isArray = require_is_array();
    var anObject = require_an_object();
    var isObject2 = require_is_object();
    var toObject = require_to_object();
    var toIObject = require_to_iobject();
    var toPrimitive = require_to_primitive();
    var createDesc = require_property_desc();
    var _create = require_object_create();
    var gOPNExt = require_object_gopn_ext();
    var $GOPD = require_object_gopd();
    var $GOPS = require_object_gops();
    var $DP = require_object_dp();
    var $keys = require_object_keys();
    var gOPD = $GOPD.f;
    var dP = $DP.f;
    var gOPN = gOPNExt.f;
    var $Symbol = global.Symbol;
    var $JSON = global.JSON;
    var _stringify = $JSON && $JSON.stringify;
    var PROTOTYPE = "prototype";
    var HIDDEN = wks("_hidden");
    var TO_PRIMITIVE = wks("toPrimitive");
    var isEnum = {}.propertyIsEnumerable;
    var SymbolRegistry = shared("symbol-registry");
    var AllSymbols = shared("symbols");
    var OPSymbols = shared("op-symbols");
    var ObjectProto = Object[PROTOTYPE];
    var USE_NATIVE = typeof $Symbol == "function" && !!$GOPS.f;
    var QObject = global.QObject;
    var setter = !QObject || !QObject[PROTOTYPE] || !QObject[PROTOTYPE].findChild;
    var setSymbolDesc = DESCRIPTORS && $fails(function() {
      return _create(dP({}, "a", {
        get: function() {
          return dP(this, "a", { value: 7 }).a;
        }
      })).a != 7;
    }) ? function(it, key, D) {
      var protoDesc = gOPD(ObjectProto, key);
      if (protoDesc) delete ObjectProto[key];
      dP(it, key, D);
      if (protoDesc && it !== ObjectProto) dP(ObjectProto, key, protoDesc);
    } : dP;
    var wrap = function(tag) {
      var sym = AllSymbols[tag] = _create($Symbol[PROTOTYPE]);
      sym._k = tag;
      return sym;
    };
    var isSymbol = USE_NATIVE && typeof $Symbol.iterator == "symbol" ? function(it) {
      return typeof it == "symbol";
    } : function(it) {
      return it instanceof $Symbol;
    };
    var $defineProperty = function defineProperty(it, key, D) {
      if (it === ObjectProto) $defineProperty(OPSymbols, key, D);
      anObject(it);
      key = toPrimitive(key, true);
      anObject(D);
      if (has(AllSymbols, key)) {
        if (!D.enumerable) {
          if (!has(it, HIDDEN)) dP(it, HIDDEN, createDesc(1, {}));
          it[HIDDEN][key] = true;
        } else {
          if (has(it, HIDDEN) && it[HIDDEN][key]) it[HIDDEN][key] = false;
          D = _create(D, { enumerable: createDesc(0, false) });
        }
        return setSymbolDesc(it, key, D);
      }
      return dP(it, key, D);
    };
    var $defineProperties = function defineProperties(it, P) {
      anObject(it);
      var keys = enumKeys(P = toIObject(P));
      var i = 0;
      var l = keys.length;
      var key;
      while (l > i) $defineProperty(it, key = keys[i++], P[key]);
      return it;
    };
    var $create = function create(it, P) {
      return P === void 0 ? _create(it) : $defineProperties(_create(it), P);
    };
    var $propertyIsEnumerable = function propertyIsEnumerable(key) {
      var E = isEnum.call(this, key = toPrimitive(key, true));
      if (this === ObjectProto && has(AllSymbols, key) && !has(OPSymbols, key)) return false;
      return E || !has(this, key) || !has(AllSymbols, key) || has(this, HIDDEN) && this[HIDDEN][key] ? E : true;
    };
    var $getOwnPropertyDescriptor = function getOwnPropertyDescriptor(it, key) {
      it = toIObject(it);
      key = toPrimitive(key, true);
      if (it === ObjectProto && has(AllSymbols, key) && !has(OPSymbols, key)) return;
      var D = gOPD(it, key);
      if (D && has(AllSymbols, key) && !(has(it, HIDDEN) && it[HIDDEN][key])) D.enumerable = true;
      return D;
    };
    var $getOwnPropertyNames = function getOwnPropertyNames(it) {
      var names = gOPN(toIObject(it));
      var result = [];
      var i = 0;
      var key;
      while (names.length > i) {
        if (!has(AllSymbols, key = names[i++]) && key != HIDDEN && key != META) result.push(key);
      }
      return result;
    };
    var $getOwnPropertySymbols = function getOwnPropertySymbols(it) {
      var IS_OP = it === ObjectProto;
      var names = gOPN(IS_OP ? OPSymbols : toIObject(it));
      var result = [];
      var i = 0;
      var key;
      while (names.length > i) {
        if (has(AllSymbols, key = names[i++]) && (IS_OP ? has(ObjectProto, key) : true)) result.push(AllSymbols[key]);
      }
      return result;
    };
    if (!USE_NATIVE) {
      $Symbol = function Symbol2() {
        if (this instanceof $Symbol) throw TypeError("Symbol is not a constructor!");
        var tag = uid(arguments.length > 0 ? arguments[0] : void 0);
        var $set = function(value) {
          if (this === ObjectProto) $set.call(OPSymbols, value);
          if (has(this, HIDDEN) && has(this[HIDDEN], tag)) this[HIDDEN][tag] = false;
          setSymbolDesc(this, tag, createDesc(1, value));
        };
        if (DESCRIPTORS && setter) setSymbolDesc(ObjectProto, tag, { configurable: true, set: $set });
        return wrap(tag);
      };
      redefine($Symbol[PROTOTYPE], "toString", function toString() {
        return this._k;
      });
      $GOPD.f = $getOwnPropertyDescriptor;
      $DP.f = $defineProperty;
      require_object_gopn().f = gOPNExt.f = $getOwnPropertyNames;
      require_object_pie().f = $propertyIsEnumerable;
      $GOPS.f = $getOwnPropertySymbols;
      if (DESCRIPTORS && !require_library()) {
        redefine(ObjectProto, "propertyIsEnumerable", $propertyIsEnumerable, true);
      }
      wksExt.f = function(name) {
        return wrap(wks(name));
      };
    }
    $export($export.G + $export.W + $export.F * !USE_NATIVE, { Symbol: $Symbol });
    for (es6Symbols = // 19.4.2.2, 19.4.2.3, 19.4.2.4, 19.4.2.6, 19.4.2.8, 19.4.2.9, 19.4.2.10, 19.4.2.11, 19.4.2.12, 19.4.2.13, 19.4.2.14
    "hasInstance,isConcatSpreadable,iterator,match,replace,search,species,split,toPrimitive,toStringTag,unscopables".split(","), j = 0; es6Symbols.length > j; ) wks(es6Symbols[j++]);
    var es6Symbols;
    var j;
    for (wellKnownSymbols = $keys(wks.store), k = 0; wellKnownSymbols.length > k; ) wksDefine(wellKnownSymbols[k++]);
    var wellKnownSymbols;
    var k;
    $export($export.S + $export.F * !USE_NATIVE, "Symbol", {
      // 19.4.2.1 Symbol.for(key)
      "for": function(key) {
        return has(SymbolRegistry, key += "") ? SymbolRegistry[key] : SymbolRegistry[key] = $Symbol(key);
      },
      // 19.4.2.5 Symbol.keyFor(sym)
      keyFor: function keyFor(sym) {
        if (!isSymbol(sym)) throw TypeError(sym + " is not a symbol!");
        for (var key in SymbolRegistry) if (SymbolRegistry[key] === sym) return key;
      },
      useSetter: function() {
        setter = true;
      },
      useSimple: function() {
        setter = false;
      }
    });
    $export($export.S + $export.F * !USE_NATIVE, "Object", {
      // 19.1.2.2 Object.create(O [, Properties])
      create: $create,
      // 19.1.2.4 Object.defineProperty(O, P, Attributes)
      defineProperty: $defineProperty,
      // 19.1.2.3 Object.defineProperties(O, Properties)
      defineProperties: $defineProperties,
      // 19.1.2.6 Object.getOwnPropertyDescriptor(O, P)
      getOwnPropertyDescriptor: $getOwnPropertyDescriptor,
      // 19.1.2.7 Object.getOwnPropertyNames(O)
      getOwnPropertyNames: $getOwnPropertyNames,
      // 19.1.2.8 Object.getOwnPropertySymbols(O)
      getOwnPropertySymbols: $getOwnPropertySymbols
    });
    var FAILS_ON_PRIMITIVES = $fails(function() {
      $GOPS.f(1);
    });
    $export($export.S + $export.F * FAILS_ON_PRIMITIVES, "Object", {
      getOwnPropertySymbols: function getOwnPropertySymbols(it) {
        return $GOPS.f(toObject(it));
      }
    });
    $JSON && $export($export.S + $export.F * (!USE_NATIVE || $fails(function() {
      var S = $Symbol();
      return _stringify([S]) != "[null]" || _stringify({ a: S }) != "{}" || _stringify(Object(S)) != "{}";
    })), "JSON", {
      stringify: function stringify(it) {
        var args = [it];
        var i = 1;
        var replacer, $replacer;
        while (arguments.length > i) args.push(arguments[i++]);
        $replacer = replacer = args[1];
        if (!isObject2(replacer) && it === void 0 || isSymbol(it)) return;
        if (!isArray(replacer)) replacer = function(key, value) {
          if (typeof $replacer == "function") value = $replacer.call(this, key, value);
          if (!isSymbol(value)) return value;
        };
        args[1] = replacer;
        return _stringify.apply($JSON, args);
      }
    });
    $Symbol[PROTOTYPE][TO_PRIMITIVE] || require_hide()($Symbol[PROTOTYPE], TO_PRIMITIVE, $Symbol[PROTOTYPE].valueOf);
    setToStringTag($Symbol, "Symbol");
    setToStringTag(Math, "Math", true);
    setToStringTag(global.JSON, "JSON", true);
  }
});

// node_modules/@babel/runtime/helpers/typeof.js
var require_typeof = __commonJS({
  "node_modules/@babel/runtime/helpers/typeof.js"(exports, module) {
    function _typeof(o) {
      "@babel/helpers - typeof";
      return module.exports = _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function(o2) {
        return typeof o2;
      } : function(o2) {
        return o2 && "function" == typeof Symbol && o2.constructor === Symbol && o2 !== Symbol.prototype ? "symbol" : typeof o2;
      }, module.exports.__esModule = true, module.exports["default"] = module.exports, _typeof(o);
    }
    module.exports = _typeof, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/toPrimitive.js
var require_toPrimitive = __commonJS({
  "node_modules/@babel/runtime/helpers/toPrimitive.js"(exports, module) {
    var _typeof = require_typeof()["default"];
    function toPrimitive(t2, e) {
      if ("object" != _typeof(t2) || !t2) return t2;
      var r;
      if ("undefined" != typeof Symbol && void 0 !== (r = t2[Symbol.toPrimitive])) {
        var i = r.call(t2, e || "default");
        if ("object" != _typeof(i)) return i;
        throw new TypeError("@@toPrimitive must return a primitive value.");
      }
      return ("string" === e ? String : Number)(t2);
    }
    module.exports = toPrimitive, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/toPropertyKey.js
var require_toPropertyKey = __commonJS({
  "node_modules/@babel/runtime/helpers/toPropertyKey.js"(exports, module) {
    var _typeof = require_typeof()["default"];
    var toPrimitive = require_toPrimitive();
    function toPropertyKey(t2) {
      var i = toPrimitive(t2, "string");
      return "symbol" == _typeof(i) ? i : i + "";
    }
    module.exports = toPropertyKey, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/@babel/runtime/helpers/defineProperty.js
var require_defineProperty = __commonJS({
  "node_modules/@babel/runtime/helpers/defineProperty.js"(exports, module) {
    var toPropertyKey = require_toPropertyKey();
    function _defineProperty(e, r, t2) {
      return (r = toPropertyKey(r)) in e ? Object.defineProperty(e, r, {
        value: t2,
        enumerable: true,
        configurable: true,
        writable: true
      }) : e[r] = t2, e;
    }
    module.exports = _defineProperty, module.exports.__esModule = true, module.exports["default"] = module.exports;
  }
});

// node_modules/twitter-text/dist/isInvalidTweet.js
var require_isInvalidTweet = __commonJS({
  "node_modules/twitter-text/dist/isInvalidTweet.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_object_define_property();
    require_es6_object_define_properties();
    require_es7_object_get_own_property_descriptors();
    require_es6_array_for_each();
    require_es6_array_filter();
    require_es6_symbol();
    require_web_dom_iterable();
    require_es6_array_iterator();
    require_es6_object_to_string();
    require_es6_object_keys();
    var _defineProperty2 = _interopRequireDefault(require_defineProperty());
    var _configs = _interopRequireDefault(require_configs());
    var _getTweetLength = _interopRequireDefault(require_getTweetLength());
    var _hasInvalidCharacters = _interopRequireDefault(require_hasInvalidCharacters());
    function ownKeys(object2, enumerableOnly) {
      var keys = Object.keys(object2);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object2);
        if (enumerableOnly) symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object2, sym).enumerable;
        });
        keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i] != null ? arguments[i] : {};
        if (i % 2) {
          ownKeys(source, true).forEach(function(key) {
            (0, _defineProperty2["default"])(target, key, source[key]);
          });
        } else if (Object.getOwnPropertyDescriptors) {
          Object.defineProperties(target, Object.getOwnPropertyDescriptors(source));
        } else {
          ownKeys(source).forEach(function(key) {
            Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
          });
        }
      }
      return target;
    }
    function _default2(text) {
      var options = arguments.length > 1 && arguments[1] !== void 0 ? arguments[1] : _configs["default"].defaults;
      if (!text) {
        return "empty";
      }
      var mergedOptions = _objectSpread({}, _configs["default"].defaults, {}, options);
      var maxLength = mergedOptions.maxWeightedTweetLength;
      if ((0, _getTweetLength["default"])(text, mergedOptions) > maxLength) {
        return "too_long";
      }
      if ((0, _hasInvalidCharacters["default"])(text)) {
        return "invalid_characters";
      }
      return false;
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidHashtag.js
var require_isValidHashtag = __commonJS({
  "node_modules/twitter-text/dist/isValidHashtag.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractHashtags = _interopRequireDefault(require_extractHashtags());
    function _default2(hashtag) {
      if (!hashtag) {
        return false;
      }
      var extracted = (0, _extractHashtags["default"])(hashtag);
      return extracted.length === 1 && extracted[0] === hashtag.slice(1);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidList.js
var require_isValidList = __commonJS({
  "node_modules/twitter-text/dist/isValidList.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_match();
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validMentionOrList = _interopRequireDefault(require_validMentionOrList());
    var VALID_LIST_RE = (0, _regexSupplant["default"])(/^#{validMentionOrList}$/, {
      validMentionOrList: _validMentionOrList["default"]
    });
    function _default2(usernameList) {
      var match = usernameList.match(VALID_LIST_RE);
      return !!(match && match[1] == "" && match[4]);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidTweetText.js
var require_isValidTweetText = __commonJS({
  "node_modules/twitter-text/dist/isValidTweetText.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _isInvalidTweet = _interopRequireDefault(require_isInvalidTweet());
    function _default2(text, options) {
      return !(0, _isInvalidTweet["default"])(text, options);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnreserved.js
var require_validateUrlUnreserved = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnreserved.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlUnreserved = /[a-z\u0400-\u04FF0-9\-._~]/i;
    var _default2 = validateUrlUnreserved;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlPctEncoded.js
var require_validateUrlPctEncoded = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlPctEncoded.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlPctEncoded = /(?:%[0-9a-f]{2})/i;
    var _default2 = validateUrlPctEncoded;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlSubDelims.js
var require_validateUrlSubDelims = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlSubDelims.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlSubDelims = /[!$&'()*+,;=]/i;
    var _default2 = validateUrlSubDelims;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUserinfo.js
var require_validateUrlUserinfo = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUserinfo.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUnreserved = _interopRequireDefault(require_validateUrlUnreserved());
    var _validateUrlPctEncoded = _interopRequireDefault(require_validateUrlPctEncoded());
    var _validateUrlSubDelims = _interopRequireDefault(require_validateUrlSubDelims());
    var validateUrlUserinfo = (0, _regexSupplant["default"])("(?:#{validateUrlUnreserved}|#{validateUrlPctEncoded}|#{validateUrlSubDelims}|:)*", {
      validateUrlUnreserved: _validateUrlUnreserved["default"],
      validateUrlPctEncoded: _validateUrlPctEncoded["default"],
      validateUrlSubDelims: _validateUrlSubDelims["default"]
    }, "i");
    var _default2 = validateUrlUserinfo;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlDomainSegment.js
var require_validateUrlDomainSegment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlDomainSegment.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlDomainSegment = /(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)/i;
    var _default2 = validateUrlDomainSegment;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlDomainTld.js
var require_validateUrlDomainTld = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlDomainTld.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlDomainTld = /(?:[a-z](?:[a-z0-9\-]*[a-z0-9])?)/i;
    var _default2 = validateUrlDomainTld;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlSubDomainSegment.js
var require_validateUrlSubDomainSegment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlSubDomainSegment.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlSubDomainSegment = /(?:[a-z0-9](?:[a-z0-9_\-]*[a-z0-9])?)/i;
    var _default2 = validateUrlSubDomainSegment;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlDomain.js
var require_validateUrlDomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlDomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlDomainSegment = _interopRequireDefault(require_validateUrlDomainSegment());
    var _validateUrlDomainTld = _interopRequireDefault(require_validateUrlDomainTld());
    var _validateUrlSubDomainSegment = _interopRequireDefault(require_validateUrlSubDomainSegment());
    var validateUrlDomain = (0, _regexSupplant["default"])(/(?:(?:#{validateUrlSubDomainSegment}\.)*(?:#{validateUrlDomainSegment}\.)#{validateUrlDomainTld})/i, {
      validateUrlSubDomainSegment: _validateUrlSubDomainSegment["default"],
      validateUrlDomainSegment: _validateUrlDomainSegment["default"],
      validateUrlDomainTld: _validateUrlDomainTld["default"]
    });
    var _default2 = validateUrlDomain;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlDecOctet.js
var require_validateUrlDecOctet = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlDecOctet.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlDecOctet = /(?:[0-9]|(?:[1-9][0-9])|(?:1[0-9]{2})|(?:2[0-4][0-9])|(?:25[0-5]))/i;
    var _default2 = validateUrlDecOctet;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlIpv4.js
var require_validateUrlIpv4 = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlIpv4.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlDecOctet = _interopRequireDefault(require_validateUrlDecOctet());
    var validateUrlIpv4 = (0, _regexSupplant["default"])(/(?:#{validateUrlDecOctet}(?:\.#{validateUrlDecOctet}){3})/i, {
      validateUrlDecOctet: _validateUrlDecOctet["default"]
    });
    var _default2 = validateUrlIpv4;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlIpv6.js
var require_validateUrlIpv6 = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlIpv6.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlIpv6 = /(?:\[[a-f0-9:\.]+\])/i;
    var _default2 = validateUrlIpv6;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlIp.js
var require_validateUrlIp = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlIp.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlIpv = _interopRequireDefault(require_validateUrlIpv4());
    var _validateUrlIpv2 = _interopRequireDefault(require_validateUrlIpv6());
    var validateUrlIp = (0, _regexSupplant["default"])("(?:#{validateUrlIpv4}|#{validateUrlIpv6})", {
      validateUrlIpv4: _validateUrlIpv["default"],
      validateUrlIpv6: _validateUrlIpv2["default"]
    }, "i");
    var _default2 = validateUrlIp;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlHost.js
var require_validateUrlHost = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlHost.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlDomain = _interopRequireDefault(require_validateUrlDomain());
    var _validateUrlIp = _interopRequireDefault(require_validateUrlIp());
    var validateUrlHost = (0, _regexSupplant["default"])("(?:#{validateUrlIp}|#{validateUrlDomain})", {
      validateUrlIp: _validateUrlIp["default"],
      validateUrlDomain: _validateUrlDomain["default"]
    }, "i");
    var _default2 = validateUrlHost;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlPort.js
var require_validateUrlPort = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlPort.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlPort = /[0-9]{1,5}/;
    var _default2 = validateUrlPort;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlAuthority.js
var require_validateUrlAuthority = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlAuthority.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUserinfo = _interopRequireDefault(require_validateUrlUserinfo());
    var _validateUrlHost = _interopRequireDefault(require_validateUrlHost());
    var _validateUrlPort = _interopRequireDefault(require_validateUrlPort());
    var validateUrlAuthority = (0, _regexSupplant["default"])(
      // $1 userinfo
      "(?:(#{validateUrlUserinfo})@)?(#{validateUrlHost})(?::(#{validateUrlPort}))?",
      {
        validateUrlUserinfo: _validateUrlUserinfo["default"],
        validateUrlHost: _validateUrlHost["default"],
        validateUrlPort: _validateUrlPort["default"]
      },
      "i"
    );
    var _default2 = validateUrlAuthority;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlPchar.js
var require_validateUrlPchar = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlPchar.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUnreserved = _interopRequireDefault(require_validateUrlUnreserved());
    var _validateUrlPctEncoded = _interopRequireDefault(require_validateUrlPctEncoded());
    var _validateUrlSubDelims = _interopRequireDefault(require_validateUrlSubDelims());
    var validateUrlPchar = (0, _regexSupplant["default"])("(?:#{validateUrlUnreserved}|#{validateUrlPctEncoded}|#{validateUrlSubDelims}|[:|@])", {
      validateUrlUnreserved: _validateUrlUnreserved["default"],
      validateUrlPctEncoded: _validateUrlPctEncoded["default"],
      validateUrlSubDelims: _validateUrlSubDelims["default"]
    }, "i");
    var _default2 = validateUrlPchar;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlFragment.js
var require_validateUrlFragment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlFragment.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlPchar = _interopRequireDefault(require_validateUrlPchar());
    var validateUrlFragment = (0, _regexSupplant["default"])(/(#{validateUrlPchar}|\/|\?)*/i, {
      validateUrlPchar: _validateUrlPchar["default"]
    });
    var _default2 = validateUrlFragment;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlPath.js
var require_validateUrlPath = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlPath.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlPchar = _interopRequireDefault(require_validateUrlPchar());
    var validateUrlPath = (0, _regexSupplant["default"])(/(\/#{validateUrlPchar}*)*/i, {
      validateUrlPchar: _validateUrlPchar["default"]
    });
    var _default2 = validateUrlPath;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlQuery.js
var require_validateUrlQuery = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlQuery.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlPchar = _interopRequireDefault(require_validateUrlPchar());
    var validateUrlQuery = (0, _regexSupplant["default"])(/(#{validateUrlPchar}|\/|\?)*/i, {
      validateUrlPchar: _validateUrlPchar["default"]
    });
    var _default2 = validateUrlQuery;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlScheme.js
var require_validateUrlScheme = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlScheme.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlScheme = /(?:[a-z][a-z0-9+\-.]*)/i;
    var _default2 = validateUrlScheme;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnencoded.js
var require_validateUrlUnencoded = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnencoded.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var validateUrlUnencoded = (0, _regexSupplant["default"])("^(?:([^:/?#]+):\\/\\/)?([^/?#]*)([^?#]*)(?:\\?([^#]*))?(?:#(.*))?$", "i");
    var _default2 = validateUrlUnencoded;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeSubDomainSegment.js
var require_validateUrlUnicodeSubDomainSegment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeSubDomainSegment.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlUnicodeSubDomainSegment = /(?:(?:[a-z0-9]|[^\u0000-\u007f])(?:(?:[a-z0-9_\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)/i;
    var _default2 = validateUrlUnicodeSubDomainSegment;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomainSegment.js
var require_validateUrlUnicodeDomainSegment = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomainSegment.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlUnicodeDomainSegment = /(?:(?:[a-z0-9]|[^\u0000-\u007f])(?:(?:[a-z0-9\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)/i;
    var _default2 = validateUrlUnicodeDomainSegment;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomainTld.js
var require_validateUrlUnicodeDomainTld = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomainTld.js"(exports, module) {
    "use strict";
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var validateUrlUnicodeDomainTld = /(?:(?:[a-z]|[^\u0000-\u007f])(?:(?:[a-z0-9\-]|[^\u0000-\u007f])*(?:[a-z0-9]|[^\u0000-\u007f]))?)/i;
    var _default2 = validateUrlUnicodeDomainTld;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomain.js
var require_validateUrlUnicodeDomain = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeDomain.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUnicodeSubDomainSegment = _interopRequireDefault(require_validateUrlUnicodeSubDomainSegment());
    var _validateUrlUnicodeDomainSegment = _interopRequireDefault(require_validateUrlUnicodeDomainSegment());
    var _validateUrlUnicodeDomainTld = _interopRequireDefault(require_validateUrlUnicodeDomainTld());
    var validateUrlUnicodeDomain = (0, _regexSupplant["default"])(/(?:(?:#{validateUrlUnicodeSubDomainSegment}\.)*(?:#{validateUrlUnicodeDomainSegment}\.)#{validateUrlUnicodeDomainTld})/i, {
      validateUrlUnicodeSubDomainSegment: _validateUrlUnicodeSubDomainSegment["default"],
      validateUrlUnicodeDomainSegment: _validateUrlUnicodeDomainSegment["default"],
      validateUrlUnicodeDomainTld: _validateUrlUnicodeDomainTld["default"]
    });
    var _default2 = validateUrlUnicodeDomain;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeHost.js
var require_validateUrlUnicodeHost = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeHost.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlIp = _interopRequireDefault(require_validateUrlIp());
    var _validateUrlUnicodeDomain = _interopRequireDefault(require_validateUrlUnicodeDomain());
    var validateUrlUnicodeHost = (0, _regexSupplant["default"])("(?:#{validateUrlIp}|#{validateUrlUnicodeDomain})", {
      validateUrlIp: _validateUrlIp["default"],
      validateUrlUnicodeDomain: _validateUrlUnicodeDomain["default"]
    }, "i");
    var _default2 = validateUrlUnicodeHost;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/validateUrlUnicodeAuthority.js
var require_validateUrlUnicodeAuthority = __commonJS({
  "node_modules/twitter-text/dist/regexp/validateUrlUnicodeAuthority.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _regexSupplant = _interopRequireDefault(require_regexSupplant());
    var _validateUrlUserinfo = _interopRequireDefault(require_validateUrlUserinfo());
    var _validateUrlUnicodeHost = _interopRequireDefault(require_validateUrlUnicodeHost());
    var _validateUrlPort = _interopRequireDefault(require_validateUrlPort());
    var validateUrlUnicodeAuthority = (0, _regexSupplant["default"])(
      // $1 userinfo
      "(?:(#{validateUrlUserinfo})@)?(#{validateUrlUnicodeHost})(?::(#{validateUrlPort}))?",
      {
        validateUrlUserinfo: _validateUrlUserinfo["default"],
        validateUrlUnicodeHost: _validateUrlUnicodeHost["default"],
        validateUrlPort: _validateUrlPort["default"]
      },
      "i"
    );
    var _default2 = validateUrlUnicodeAuthority;
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidUrl.js
var require_isValidUrl = __commonJS({
  "node_modules/twitter-text/dist/isValidUrl.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    require_es6_regexp_constructor();
    require_es6_regexp_match();
    var _validateUrlAuthority = _interopRequireDefault(require_validateUrlAuthority());
    var _validateUrlFragment = _interopRequireDefault(require_validateUrlFragment());
    var _validateUrlPath = _interopRequireDefault(require_validateUrlPath());
    var _validateUrlQuery = _interopRequireDefault(require_validateUrlQuery());
    var _validateUrlScheme = _interopRequireDefault(require_validateUrlScheme());
    var _validateUrlUnencoded = _interopRequireDefault(require_validateUrlUnencoded());
    var _validateUrlUnicodeAuthority = _interopRequireDefault(require_validateUrlUnicodeAuthority());
    function isValidMatch(string3, regex, optional2) {
      if (!optional2) {
        return typeof string3 === "string" && string3.match(regex) && RegExp["$&"] === string3;
      }
      return !string3 || string3.match(regex) && RegExp["$&"] === string3;
    }
    function _default2(url, unicodeDomains, requireProtocol) {
      if (unicodeDomains == null) {
        unicodeDomains = true;
      }
      if (requireProtocol == null) {
        requireProtocol = true;
      }
      if (!url) {
        return false;
      }
      var urlParts = url.match(_validateUrlUnencoded["default"]);
      if (!urlParts || urlParts[0] !== url) {
        return false;
      }
      var scheme = urlParts[1], authority = urlParts[2], path = urlParts[3], query = urlParts[4], fragment = urlParts[5];
      if (!((!requireProtocol || isValidMatch(scheme, _validateUrlScheme["default"]) && scheme.match(/^https?$/i)) && isValidMatch(path, _validateUrlPath["default"]) && isValidMatch(query, _validateUrlQuery["default"], true) && isValidMatch(fragment, _validateUrlFragment["default"], true))) {
        return false;
      }
      return unicodeDomains && isValidMatch(authority, _validateUrlUnicodeAuthority["default"]) || !unicodeDomains && isValidMatch(authority, _validateUrlAuthority["default"]);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/isValidUsername.js
var require_isValidUsername = __commonJS({
  "node_modules/twitter-text/dist/isValidUsername.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = _default2;
    var _extractMentions = _interopRequireDefault(require_extractMentions());
    function _default2(username) {
      if (!username) {
        return false;
      }
      var extracted = (0, _extractMentions["default"])(username);
      return extracted.length === 1 && extracted[0] === username.slice(1);
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/regexp/index.js
var require_regexp = __commonJS({
  "node_modules/twitter-text/dist/regexp/index.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _astralLetterAndMarks = _interopRequireDefault(require_astralLetterAndMarks());
    var _astralNumerals = _interopRequireDefault(require_astralNumerals());
    var _atSigns = _interopRequireDefault(require_atSigns());
    var _bmpLetterAndMarks = _interopRequireDefault(require_bmpLetterAndMarks());
    var _bmpNumerals = _interopRequireDefault(require_bmpNumerals());
    var _cashtag = _interopRequireDefault(require_cashtag());
    var _codePoint = _interopRequireDefault(require_codePoint());
    var _cyrillicLettersAndMarks = _interopRequireDefault(require_cyrillicLettersAndMarks());
    var _endHashtagMatch = _interopRequireDefault(require_endHashtagMatch());
    var _endMentionMatch = _interopRequireDefault(require_endMentionMatch());
    var _extractUrl = _interopRequireDefault(require_extractUrl());
    var _hashSigns = _interopRequireDefault(require_hashSigns());
    var _hashtagAlpha = _interopRequireDefault(require_hashtagAlpha());
    var _hashtagAlphaNumeric = _interopRequireDefault(require_hashtagAlphaNumeric());
    var _hashtagBoundary = _interopRequireDefault(require_hashtagBoundary());
    var _hashtagSpecialChars = _interopRequireDefault(require_hashtagSpecialChars());
    var _invalidChars = _interopRequireDefault(require_invalidChars());
    var _invalidCharsGroup = _interopRequireDefault(require_invalidCharsGroup());
    var _invalidDomainChars = _interopRequireDefault(require_invalidDomainChars());
    var _invalidUrlWithoutProtocolPrecedingChars = _interopRequireDefault(require_invalidUrlWithoutProtocolPrecedingChars());
    var _latinAccentChars = _interopRequireDefault(require_latinAccentChars());
    var _nonBmpCodePairs = _interopRequireDefault(require_nonBmpCodePairs());
    var _punct = _interopRequireDefault(require_punct());
    var _rtlChars = _interopRequireDefault(require_rtlChars());
    var _spaces = _interopRequireDefault(require_spaces());
    var _spacesGroup = _interopRequireDefault(require_spacesGroup());
    var _urlHasHttps = _interopRequireDefault(require_urlHasHttps());
    var _urlHasProtocol = _interopRequireDefault(require_urlHasProtocol());
    var _validAsciiDomain = _interopRequireDefault(require_validAsciiDomain());
    var _validateUrlAuthority = _interopRequireDefault(require_validateUrlAuthority());
    var _validateUrlDecOctet = _interopRequireDefault(require_validateUrlDecOctet());
    var _validateUrlDomain = _interopRequireDefault(require_validateUrlDomain());
    var _validateUrlDomainSegment = _interopRequireDefault(require_validateUrlDomainSegment());
    var _validateUrlDomainTld = _interopRequireDefault(require_validateUrlDomainTld());
    var _validateUrlFragment = _interopRequireDefault(require_validateUrlFragment());
    var _validateUrlHost = _interopRequireDefault(require_validateUrlHost());
    var _validateUrlIp = _interopRequireDefault(require_validateUrlIp());
    var _validateUrlIpv = _interopRequireDefault(require_validateUrlIpv4());
    var _validateUrlIpv2 = _interopRequireDefault(require_validateUrlIpv6());
    var _validateUrlPath = _interopRequireDefault(require_validateUrlPath());
    var _validateUrlPchar = _interopRequireDefault(require_validateUrlPchar());
    var _validateUrlPctEncoded = _interopRequireDefault(require_validateUrlPctEncoded());
    var _validateUrlPort = _interopRequireDefault(require_validateUrlPort());
    var _validateUrlQuery = _interopRequireDefault(require_validateUrlQuery());
    var _validateUrlScheme = _interopRequireDefault(require_validateUrlScheme());
    var _validateUrlSubDelims = _interopRequireDefault(require_validateUrlSubDelims());
    var _validateUrlSubDomainSegment = _interopRequireDefault(require_validateUrlSubDomainSegment());
    var _validateUrlUnencoded = _interopRequireDefault(require_validateUrlUnencoded());
    var _validateUrlUnicodeAuthority = _interopRequireDefault(require_validateUrlUnicodeAuthority());
    var _validateUrlUnicodeDomain = _interopRequireDefault(require_validateUrlUnicodeDomain());
    var _validateUrlUnicodeDomainSegment = _interopRequireDefault(require_validateUrlUnicodeDomainSegment());
    var _validateUrlUnicodeDomainTld = _interopRequireDefault(require_validateUrlUnicodeDomainTld());
    var _validateUrlUnicodeHost = _interopRequireDefault(require_validateUrlUnicodeHost());
    var _validateUrlUnicodeSubDomainSegment = _interopRequireDefault(require_validateUrlUnicodeSubDomainSegment());
    var _validateUrlUnreserved = _interopRequireDefault(require_validateUrlUnreserved());
    var _validateUrlUserinfo = _interopRequireDefault(require_validateUrlUserinfo());
    var _validCashtag = _interopRequireDefault(require_validCashtag());
    var _validCCTLD = _interopRequireDefault(require_validCCTLD());
    var _validDomain = _interopRequireDefault(require_validDomain());
    var _validDomainChars = _interopRequireDefault(require_validDomainChars());
    var _validDomainName = _interopRequireDefault(require_validDomainName());
    var _validGeneralUrlPathChars = _interopRequireDefault(require_validGeneralUrlPathChars());
    var _validGTLD = _interopRequireDefault(require_validGTLD());
    var _validHashtag = _interopRequireDefault(require_validHashtag());
    var _validMentionOrList = _interopRequireDefault(require_validMentionOrList());
    var _validMentionPrecedingChars = _interopRequireDefault(require_validMentionPrecedingChars());
    var _validPortNumber = _interopRequireDefault(require_validPortNumber());
    var _validPunycode = _interopRequireDefault(require_validPunycode());
    var _validReply = _interopRequireDefault(require_validReply());
    var _validSubdomain = _interopRequireDefault(require_validSubdomain());
    var _validTcoUrl = _interopRequireDefault(require_validTcoUrl());
    var _validUrlBalancedParens = _interopRequireDefault(require_validUrlBalancedParens());
    var _validUrlPath = _interopRequireDefault(require_validUrlPath());
    var _validUrlPathEndingChars = _interopRequireDefault(require_validUrlPathEndingChars());
    var _validUrlPrecedingChars = _interopRequireDefault(require_validUrlPrecedingChars());
    var _validUrlQueryChars = _interopRequireDefault(require_validUrlQueryChars());
    var _validUrlQueryEndingChars = _interopRequireDefault(require_validUrlQueryEndingChars());
    var _default2 = {
      astralLetterAndMarks: _astralLetterAndMarks["default"],
      astralNumerals: _astralNumerals["default"],
      atSigns: _atSigns["default"],
      bmpLetterAndMarks: _bmpLetterAndMarks["default"],
      bmpNumerals: _bmpNumerals["default"],
      cashtag: _cashtag["default"],
      codePoint: _codePoint["default"],
      cyrillicLettersAndMarks: _cyrillicLettersAndMarks["default"],
      endHashtagMatch: _endHashtagMatch["default"],
      endMentionMatch: _endMentionMatch["default"],
      extractUrl: _extractUrl["default"],
      hashSigns: _hashSigns["default"],
      hashtagAlpha: _hashtagAlpha["default"],
      hashtagAlphaNumeric: _hashtagAlphaNumeric["default"],
      hashtagBoundary: _hashtagBoundary["default"],
      hashtagSpecialChars: _hashtagSpecialChars["default"],
      invalidChars: _invalidChars["default"],
      invalidCharsGroup: _invalidCharsGroup["default"],
      invalidDomainChars: _invalidDomainChars["default"],
      invalidUrlWithoutProtocolPrecedingChars: _invalidUrlWithoutProtocolPrecedingChars["default"],
      latinAccentChars: _latinAccentChars["default"],
      nonBmpCodePairs: _nonBmpCodePairs["default"],
      punct: _punct["default"],
      rtlChars: _rtlChars["default"],
      spaces: _spaces["default"],
      spacesGroup: _spacesGroup["default"],
      urlHasHttps: _urlHasHttps["default"],
      urlHasProtocol: _urlHasProtocol["default"],
      validAsciiDomain: _validAsciiDomain["default"],
      validateUrlAuthority: _validateUrlAuthority["default"],
      validateUrlDecOctet: _validateUrlDecOctet["default"],
      validateUrlDomain: _validateUrlDomain["default"],
      validateUrlDomainSegment: _validateUrlDomainSegment["default"],
      validateUrlDomainTld: _validateUrlDomainTld["default"],
      validateUrlFragment: _validateUrlFragment["default"],
      validateUrlHost: _validateUrlHost["default"],
      validateUrlIp: _validateUrlIp["default"],
      validateUrlIpv4: _validateUrlIpv["default"],
      validateUrlIpv6: _validateUrlIpv2["default"],
      validateUrlPath: _validateUrlPath["default"],
      validateUrlPchar: _validateUrlPchar["default"],
      validateUrlPctEncoded: _validateUrlPctEncoded["default"],
      validateUrlPort: _validateUrlPort["default"],
      validateUrlQuery: _validateUrlQuery["default"],
      validateUrlScheme: _validateUrlScheme["default"],
      validateUrlSubDelims: _validateUrlSubDelims["default"],
      validateUrlSubDomainSegment: _validateUrlSubDomainSegment["default"],
      validateUrlUnencoded: _validateUrlUnencoded["default"],
      validateUrlUnicodeAuthority: _validateUrlUnicodeAuthority["default"],
      validateUrlUnicodeDomain: _validateUrlUnicodeDomain["default"],
      validateUrlUnicodeDomainSegment: _validateUrlUnicodeDomainSegment["default"],
      validateUrlUnicodeDomainTld: _validateUrlUnicodeDomainTld["default"],
      validateUrlUnicodeHost: _validateUrlUnicodeHost["default"],
      validateUrlUnicodeSubDomainSegment: _validateUrlUnicodeSubDomainSegment["default"],
      validateUrlUnreserved: _validateUrlUnreserved["default"],
      validateUrlUserinfo: _validateUrlUserinfo["default"],
      validCashtag: _validCashtag["default"],
      validCCTLD: _validCCTLD["default"],
      validDomain: _validDomain["default"],
      validDomainChars: _validDomainChars["default"],
      validDomainName: _validDomainName["default"],
      validGeneralUrlPathChars: _validGeneralUrlPathChars["default"],
      validGTLD: _validGTLD["default"],
      validHashtag: _validHashtag["default"],
      validMentionOrList: _validMentionOrList["default"],
      validMentionPrecedingChars: _validMentionPrecedingChars["default"],
      validPortNumber: _validPortNumber["default"],
      validPunycode: _validPunycode["default"],
      validReply: _validReply["default"],
      validSubdomain: _validSubdomain["default"],
      validTcoUrl: _validTcoUrl["default"],
      validUrlBalancedParens: _validUrlBalancedParens["default"],
      validUrlPath: _validUrlPath["default"],
      validUrlPathEndingChars: _validUrlPathEndingChars["default"],
      validUrlPrecedingChars: _validUrlPrecedingChars["default"],
      validUrlQueryChars: _validUrlQueryChars["default"],
      validUrlQueryEndingChars: _validUrlQueryEndingChars["default"]
    };
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/core-js/modules/es6.string.iterator.js
var require_es6_string_iterator = __commonJS({
  "node_modules/core-js/modules/es6.string.iterator.js"() {
    "use strict";
    var $at = require_string_at()(true);
    require_iter_define()(String, "String", function(iterated) {
      this._t = String(iterated);
      this._i = 0;
    }, function() {
      var O = this._t;
      var index = this._i;
      var point;
      if (index >= O.length) return { value: void 0, done: true };
      point = $at(O, index);
      this._i += point.length;
      return { value: point, done: false };
    });
  }
});

// node_modules/core-js/modules/_iter-call.js
var require_iter_call = __commonJS({
  "node_modules/core-js/modules/_iter-call.js"(exports, module) {
    var anObject = require_an_object();
    module.exports = function(iterator, fn, value, entries) {
      try {
        return entries ? fn(anObject(value)[0], value[1]) : fn(value);
      } catch (e) {
        var ret = iterator["return"];
        if (ret !== void 0) anObject(ret.call(iterator));
        throw e;
      }
    };
  }
});

// node_modules/core-js/modules/_is-array-iter.js
var require_is_array_iter = __commonJS({
  "node_modules/core-js/modules/_is-array-iter.js"(exports, module) {
    var Iterators = require_iterators();
    var ITERATOR = require_wks()("iterator");
    var ArrayProto = Array.prototype;
    module.exports = function(it) {
      return it !== void 0 && (Iterators.Array === it || ArrayProto[ITERATOR] === it);
    };
  }
});

// node_modules/core-js/modules/core.get-iterator-method.js
var require_core_get_iterator_method = __commonJS({
  "node_modules/core-js/modules/core.get-iterator-method.js"(exports, module) {
    var classof = require_classof();
    var ITERATOR = require_wks()("iterator");
    var Iterators = require_iterators();
    module.exports = require_core().getIteratorMethod = function(it) {
      if (it != void 0) return it[ITERATOR] || it["@@iterator"] || Iterators[classof(it)];
    };
  }
});

// node_modules/core-js/modules/_iter-detect.js
var require_iter_detect = __commonJS({
  "node_modules/core-js/modules/_iter-detect.js"(exports, module) {
    var ITERATOR = require_wks()("iterator");
    var SAFE_CLOSING = false;
    try {
      riter = [7][ITERATOR]();
      riter["return"] = function() {
        SAFE_CLOSING = true;
      };
      Array.from(riter, function() {
        throw 2;
      });
    } catch (e) {
    }
    var riter;
    module.exports = function(exec, skipClosing) {
      if (!skipClosing && !SAFE_CLOSING) return false;
      var safe = false;
      try {
        var arr = [7];
        var iter = arr[ITERATOR]();
        iter.next = function() {
          return { done: safe = true };
        };
        arr[ITERATOR] = function() {
          return iter;
        };
        exec(arr);
      } catch (e) {
      }
      return safe;
    };
  }
});

// node_modules/core-js/modules/es6.array.from.js
var require_es6_array_from = __commonJS({
  "node_modules/core-js/modules/es6.array.from.js"() {
    "use strict";
    var ctx = require_ctx();
    var $export = require_export();
    var toObject = require_to_object();
    var call = require_iter_call();
    var isArrayIter = require_is_array_iter();
    var toLength = require_to_length();
    var createProperty = require_create_property();
    var getIterFn = require_core_get_iterator_method();
    $export($export.S + $export.F * !require_iter_detect()(function(iter) {
      Array.from(iter);
    }), "Array", {
      // 22.1.2.1 Array.from(arrayLike, mapfn = undefined, thisArg = undefined)
      from: function from(arrayLike) {
        var O = toObject(arrayLike);
        var C = typeof this == "function" ? this : Array;
        var aLen = arguments.length;
        var mapfn = aLen > 1 ? arguments[1] : void 0;
        var mapping = mapfn !== void 0;
        var index = 0;
        var iterFn = getIterFn(O);
        var length2, result, step, iterator;
        if (mapping) mapfn = ctx(mapfn, aLen > 2 ? arguments[2] : void 0, 2);
        if (iterFn != void 0 && !(C == Array && isArrayIter(iterFn))) {
          for (iterator = iterFn.call(O), result = new C(); !(step = iterator.next()).done; index++) {
            createProperty(result, index, mapping ? call(iterator, mapfn, [step.value, index], true) : step.value);
          }
        } else {
          length2 = toLength(O.length);
          for (result = new C(length2); length2 > index; index++) {
            createProperty(result, index, mapping ? mapfn(O[index], index) : O[index]);
          }
        }
        result.length = index;
        return result;
      }
    });
  }
});

// node_modules/twitter-text/dist/standardizeIndices.js
var require_standardizeIndices = __commonJS({
  "node_modules/twitter-text/dist/standardizeIndices.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = standardizeIndices;
    require_es6_string_iterator();
    require_es6_array_from();
    var _getUnicodeTextLength = _interopRequireDefault(require_getUnicodeTextLength());
    function standardizeIndices(text, startIndex, endIndex) {
      var totalUnicodeTextLength = (0, _getUnicodeTextLength["default"])(text);
      var encodingDiff = text.length - totalUnicodeTextLength;
      if (encodingDiff > 0) {
        var byCodePair = Array.from(text);
        var beforeText = startIndex === 0 ? "" : byCodePair.slice(0, startIndex).join("");
        var actualText = byCodePair.slice(startIndex, endIndex).join("");
        return [beforeText.length, beforeText.length + actualText.length];
      }
      return [startIndex, endIndex];
    }
    module.exports = exports.default;
  }
});

// node_modules/twitter-text/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/twitter-text/dist/index.js"(exports, module) {
    "use strict";
    var _interopRequireDefault = require_interopRequireDefault();
    require_es6_object_define_property();
    Object.defineProperty(exports, "__esModule", {
      value: true
    });
    exports["default"] = void 0;
    var _autoLink = _interopRequireDefault(require_autoLink());
    var _autoLinkCashtags = _interopRequireDefault(require_autoLinkCashtags());
    var _autoLinkEntities = _interopRequireDefault(require_autoLinkEntities());
    var _autoLinkHashtags = _interopRequireDefault(require_autoLinkHashtags());
    var _autoLinkUrlsCustom = _interopRequireDefault(require_autoLinkUrlsCustom());
    var _autoLinkUsernamesOrLists = _interopRequireDefault(require_autoLinkUsernamesOrLists());
    var _autoLinkWithJSON = _interopRequireDefault(require_autoLinkWithJSON());
    var _configs = _interopRequireDefault(require_configs());
    var _convertUnicodeIndices = _interopRequireDefault(require_convertUnicodeIndices2());
    var _extractCashtags = _interopRequireDefault(require_extractCashtags());
    var _extractCashtagsWithIndices = _interopRequireDefault(require_extractCashtagsWithIndices());
    var _extractEntitiesWithIndices = _interopRequireDefault(require_extractEntitiesWithIndices());
    var _extractHashtags = _interopRequireDefault(require_extractHashtags());
    var _extractHashtagsWithIndices = _interopRequireDefault(require_extractHashtagsWithIndices());
    var _extractHtmlAttrsFromOptions = _interopRequireDefault(require_extractHtmlAttrsFromOptions());
    var _extractMentions = _interopRequireDefault(require_extractMentions());
    var _extractMentionsOrListsWithIndices = _interopRequireDefault(require_extractMentionsOrListsWithIndices());
    var _extractMentionsWithIndices = _interopRequireDefault(require_extractMentionsWithIndices());
    var _extractReplies = _interopRequireDefault(require_extractReplies());
    var _extractUrls = _interopRequireDefault(require_extractUrls());
    var _extractUrlsWithIndices = _interopRequireDefault(require_extractUrlsWithIndices());
    var _getTweetLength = _interopRequireDefault(require_getTweetLength());
    var _getUnicodeTextLength = _interopRequireDefault(require_getUnicodeTextLength());
    var _hasInvalidCharacters = _interopRequireDefault(require_hasInvalidCharacters());
    var _hitHighlight = _interopRequireDefault(require_hitHighlight());
    var _htmlEscape = _interopRequireDefault(require_htmlEscape());
    var _isInvalidTweet = _interopRequireDefault(require_isInvalidTweet());
    var _isValidHashtag = _interopRequireDefault(require_isValidHashtag());
    var _isValidList = _interopRequireDefault(require_isValidList());
    var _isValidTweetText = _interopRequireDefault(require_isValidTweetText());
    var _isValidUrl = _interopRequireDefault(require_isValidUrl());
    var _isValidUsername = _interopRequireDefault(require_isValidUsername());
    var _linkTextWithEntity = _interopRequireDefault(require_linkTextWithEntity());
    var _linkToCashtag = _interopRequireDefault(require_linkToCashtag());
    var _linkToHashtag = _interopRequireDefault(require_linkToHashtag());
    var _linkToMentionAndList = _interopRequireDefault(require_linkToMentionAndList());
    var _linkToText = _interopRequireDefault(require_linkToText());
    var _linkToTextWithSymbol = _interopRequireDefault(require_linkToTextWithSymbol());
    var _linkToUrl = _interopRequireDefault(require_linkToUrl());
    var _modifyIndicesFromUTF16ToUnicode = _interopRequireDefault(require_modifyIndicesFromUTF16ToUnicode());
    var _modifyIndicesFromUnicodeToUTF = _interopRequireDefault(require_modifyIndicesFromUnicodeToUTF16());
    var _index = _interopRequireDefault(require_regexp());
    var _removeOverlappingEntities = _interopRequireDefault(require_removeOverlappingEntities());
    var _parseTweet = _interopRequireDefault(require_parseTweet());
    var _splitTags = _interopRequireDefault(require_splitTags());
    var _standardizeIndices = _interopRequireDefault(require_standardizeIndices());
    var _tagAttrs = _interopRequireDefault(require_tagAttrs());
    var _default2 = {
      autoLink: _autoLink["default"],
      autoLinkCashtags: _autoLinkCashtags["default"],
      autoLinkEntities: _autoLinkEntities["default"],
      autoLinkHashtags: _autoLinkHashtags["default"],
      autoLinkUrlsCustom: _autoLinkUrlsCustom["default"],
      autoLinkUsernamesOrLists: _autoLinkUsernamesOrLists["default"],
      autoLinkWithJSON: _autoLinkWithJSON["default"],
      configs: _configs["default"],
      convertUnicodeIndices: _convertUnicodeIndices["default"],
      extractCashtags: _extractCashtags["default"],
      extractCashtagsWithIndices: _extractCashtagsWithIndices["default"],
      extractEntitiesWithIndices: _extractEntitiesWithIndices["default"],
      extractHashtags: _extractHashtags["default"],
      extractHashtagsWithIndices: _extractHashtagsWithIndices["default"],
      extractHtmlAttrsFromOptions: _extractHtmlAttrsFromOptions["default"],
      extractMentions: _extractMentions["default"],
      extractMentionsOrListsWithIndices: _extractMentionsOrListsWithIndices["default"],
      extractMentionsWithIndices: _extractMentionsWithIndices["default"],
      extractReplies: _extractReplies["default"],
      extractUrls: _extractUrls["default"],
      extractUrlsWithIndices: _extractUrlsWithIndices["default"],
      getTweetLength: _getTweetLength["default"],
      getUnicodeTextLength: _getUnicodeTextLength["default"],
      hasInvalidCharacters: _hasInvalidCharacters["default"],
      hitHighlight: _hitHighlight["default"],
      htmlEscape: _htmlEscape["default"],
      isInvalidTweet: _isInvalidTweet["default"],
      isValidHashtag: _isValidHashtag["default"],
      isValidList: _isValidList["default"],
      isValidTweetText: _isValidTweetText["default"],
      isValidUrl: _isValidUrl["default"],
      isValidUsername: _isValidUsername["default"],
      linkTextWithEntity: _linkTextWithEntity["default"],
      linkToCashtag: _linkToCashtag["default"],
      linkToHashtag: _linkToHashtag["default"],
      linkToMentionAndList: _linkToMentionAndList["default"],
      linkToText: _linkToText["default"],
      linkToTextWithSymbol: _linkToTextWithSymbol["default"],
      linkToUrl: _linkToUrl["default"],
      modifyIndicesFromUTF16ToUnicode: _modifyIndicesFromUTF16ToUnicode["default"],
      modifyIndicesFromUnicodeToUTF16: _modifyIndicesFromUnicodeToUTF["default"],
      regexen: _index["default"],
      removeOverlappingEntities: _removeOverlappingEntities["default"],
      parseTweet: _parseTweet["default"],
      splitTags: _splitTags["default"],
      standardizeIndices: _standardizeIndices["default"],
      tagAttrs: _tagAttrs["default"]
    };
    exports["default"] = _default2;
    module.exports = exports.default;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/utils.js
var require_utils = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/utils.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.extend = extend2;
    exports.indexOf = indexOf;
    exports.escapeExpression = escapeExpression;
    exports.isEmpty = isEmpty;
    exports.createFrame = createFrame;
    exports.blockParams = blockParams;
    exports.appendContextPath = appendContextPath;
    var escape = {
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#x27;",
      "`": "&#x60;",
      "=": "&#x3D;"
    };
    var badChars = /[&<>"'`=]/g;
    var possible = /[&<>"'`=]/;
    function escapeChar(chr) {
      return escape[chr];
    }
    function extend2(obj) {
      for (var i = 1; i < arguments.length; i++) {
        for (var key in arguments[i]) {
          if (Object.prototype.hasOwnProperty.call(arguments[i], key)) {
            obj[key] = arguments[i][key];
          }
        }
      }
      return obj;
    }
    var toString = Object.prototype.toString;
    exports.toString = toString;
    var isFunction = function isFunction2(value) {
      return typeof value === "function";
    };
    if (isFunction(/x/)) {
      exports.isFunction = isFunction = function(value) {
        return typeof value === "function" && toString.call(value) === "[object Function]";
      };
    }
    exports.isFunction = isFunction;
    var isArray = Array.isArray || function(value) {
      return value && typeof value === "object" ? toString.call(value) === "[object Array]" : false;
    };
    exports.isArray = isArray;
    function indexOf(array2, value) {
      for (var i = 0, len = array2.length; i < len; i++) {
        if (array2[i] === value) {
          return i;
        }
      }
      return -1;
    }
    function escapeExpression(string3) {
      if (typeof string3 !== "string") {
        if (string3 && typeof string3.toHTML === "function") {
          return string3.toHTML();
        } else if (string3 == null) {
          return "";
        } else if (!string3) {
          return string3 + "";
        }
        string3 = "" + string3;
      }
      if (!possible.test(string3)) {
        return string3;
      }
      return string3.replace(badChars, escapeChar);
    }
    function isEmpty(value) {
      if (!value && value !== 0) {
        return true;
      } else if (isArray(value) && value.length === 0) {
        return true;
      } else {
        return false;
      }
    }
    function createFrame(object2) {
      var frame = extend2({}, object2);
      frame._parent = object2;
      return frame;
    }
    function blockParams(params, ids) {
      params.path = ids;
      return params;
    }
    function appendContextPath(contextPath, id) {
      return (contextPath ? contextPath + "." : "") + id;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/exception.js
var require_exception = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/exception.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var errorProps = ["description", "fileName", "lineNumber", "endLineNumber", "message", "name", "number", "stack"];
    function Exception(message, node2) {
      var loc = node2 && node2.loc, line = void 0, endLineNumber = void 0, column = void 0, endColumn = void 0;
      if (loc && loc.start) {
        line = loc.start.line;
        column = loc.start.column;
        if (loc.end) {
          endLineNumber = loc.end.line;
          endColumn = loc.end.column;
        }
        message += " - " + line + ":" + column;
      }
      var tmp = Error.prototype.constructor.call(this, message);
      for (var idx = 0; idx < errorProps.length; idx++) {
        this[errorProps[idx]] = tmp[errorProps[idx]];
      }
      if (Error.captureStackTrace) {
        Error.captureStackTrace(this, Exception);
      }
      try {
        if (loc) {
          this.lineNumber = line;
          this.endLineNumber = endLineNumber;
          if (Object.defineProperty) {
            Object.defineProperty(this, "column", {
              value: column,
              enumerable: true
            });
            Object.defineProperty(this, "endColumn", {
              value: endColumn,
              enumerable: true
            });
          } else {
            this.column = column;
            this.endColumn = endColumn;
          }
        }
      } catch (nop) {
      }
    }
    Exception.prototype = new Error();
    exports["default"] = Exception;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js
var require_block_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/block-helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerHelper("blockHelperMissing", function(context, options) {
        var inverse = options.inverse, fn = options.fn;
        if (context === true) {
          return fn(this);
        } else if (context === false || context == null) {
          return inverse(this);
        } else if (_utils.isArray(context)) {
          if (context.length > 0) {
            if (options.ids) {
              options.ids = [options.name];
            }
            return instance.helpers.each(context, options);
          } else {
            return inverse(this);
          }
        } else {
          if (options.data && options.ids) {
            var data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.name);
            options = { data };
          }
          return fn(context, options);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/each.js
var require_each = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/each.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function closeIterator(iterator) {
      try {
        var _close = iterator["return"];
        if (_utils.isFunction(_close)) {
          _close.call(iterator);
        }
      } catch (closeError) {
      }
    }
    exports["default"] = function(instance) {
      instance.registerHelper("each", function(context, options) {
        if (!options) {
          throw new _exception2["default"]("Must pass iterator to #each");
        }
        var fn = options.fn, inverse = options.inverse, i = 0, ret = "", data = void 0, contextPath = void 0;
        if (options.data && options.ids) {
          contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]) + ".";
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        if (options.data) {
          data = _utils.createFrame(options.data);
        }
        function execIteration(field, index, last, value) {
          if (data) {
            data.key = field;
            data.index = index;
            data.first = index === 0;
            data.last = !!last;
            if (contextPath) {
              data.contextPath = contextPath + field;
            }
          }
          ret = ret + fn(value, {
            data,
            blockParams: _utils.blockParams([value, field], [contextPath + field, null])
          });
        }
        if (context && typeof context === "object") {
          if (_utils.isArray(context)) {
            for (var j = context.length; i < j; i++) {
              if (i in context) {
                execIteration(i, i, i === context.length - 1, context[i]);
              }
            }
          } else if (typeof Symbol === "function" && context[Symbol.iterator]) {
            var iterator = context[Symbol.iterator]();
            var current = iterator.next();
            while (!current.done) {
              var next = iterator.next();
              try {
                execIteration(i, i, next.done, current.value);
              } catch (e) {
                if (!next.done) {
                  closeIterator(iterator);
                }
                throw e;
              }
              current = next;
              i++;
            }
          } else {
            (function() {
              var priorKey = void 0;
              Object.keys(context).forEach(function(key) {
                if (priorKey !== void 0) {
                  execIteration(priorKey, i - 1, false, context[priorKey]);
                }
                priorKey = key;
                i++;
              });
              if (priorKey !== void 0) {
                execIteration(priorKey, i - 1, true, context[priorKey]);
              }
            })();
          }
        }
        if (i === 0) {
          ret = inverse(this);
        }
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js
var require_helper_missing = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/helper-missing.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("helperMissing", function() {
        if (arguments.length === 1) {
          return void 0;
        } else {
          throw new _exception2["default"]('Missing helper: "' + arguments[arguments.length - 1].name + '"');
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/if.js
var require_if = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/if.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("if", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#if requires exactly one argument");
        }
        if (_utils.isFunction(conditional)) {
          conditional = conditional.call(this);
        }
        if (!options.hash.includeZero && !conditional || _utils.isEmpty(conditional)) {
          return options.inverse(this);
        } else {
          return options.fn(this);
        }
      });
      instance.registerHelper("unless", function(conditional, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#unless requires exactly one argument");
        }
        return instance.helpers["if"].call(this, conditional, {
          fn: options.inverse,
          inverse: options.fn,
          hash: options.hash
        });
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/log.js
var require_log = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/log.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("log", function() {
        var args = [void 0], options = arguments[arguments.length - 1];
        for (var i = 0; i < arguments.length - 1; i++) {
          args.push(arguments[i]);
        }
        var level = 1;
        if (options.hash.level != null) {
          level = options.hash.level;
        } else if (options.data && options.data.level != null) {
          level = options.data.level;
        }
        args[0] = level;
        instance.log.apply(instance, args);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js
var require_lookup = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/lookup.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(instance) {
      instance.registerHelper("lookup", function(obj, field, options) {
        if (!obj) {
          return obj;
        }
        return options.lookupProperty(obj, field);
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers/with.js
var require_with = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers/with.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    exports["default"] = function(instance) {
      instance.registerHelper("with", function(context, options) {
        if (arguments.length != 2) {
          throw new _exception2["default"]("#with requires exactly one argument");
        }
        if (_utils.isFunction(context)) {
          context = context.call(this);
        }
        var fn = options.fn;
        if (!_utils.isEmpty(context)) {
          var data = options.data;
          if (options.data && options.ids) {
            data = _utils.createFrame(options.data);
            data.contextPath = _utils.appendContextPath(options.data.contextPath, options.ids[0]);
          }
          return fn(context, {
            data,
            blockParams: _utils.blockParams([context], [data && data.contextPath])
          });
        } else {
          return options.inverse(this);
        }
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/helpers.js
var require_helpers = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultHelpers = registerDefaultHelpers;
    exports.moveHelperToHooks = moveHelperToHooks;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _helpersBlockHelperMissing = require_block_helper_missing();
    var _helpersBlockHelperMissing2 = _interopRequireDefault(_helpersBlockHelperMissing);
    var _helpersEach = require_each();
    var _helpersEach2 = _interopRequireDefault(_helpersEach);
    var _helpersHelperMissing = require_helper_missing();
    var _helpersHelperMissing2 = _interopRequireDefault(_helpersHelperMissing);
    var _helpersIf = require_if();
    var _helpersIf2 = _interopRequireDefault(_helpersIf);
    var _helpersLog = require_log();
    var _helpersLog2 = _interopRequireDefault(_helpersLog);
    var _helpersLookup = require_lookup();
    var _helpersLookup2 = _interopRequireDefault(_helpersLookup);
    var _helpersWith = require_with();
    var _helpersWith2 = _interopRequireDefault(_helpersWith);
    function registerDefaultHelpers(instance) {
      _helpersBlockHelperMissing2["default"](instance);
      _helpersEach2["default"](instance);
      _helpersHelperMissing2["default"](instance);
      _helpersIf2["default"](instance);
      _helpersLog2["default"](instance);
      _helpersLookup2["default"](instance);
      _helpersWith2["default"](instance);
    }
    function moveHelperToHooks(instance, helperName, keepHelper) {
      if (instance.helpers[helperName]) {
        instance.hooks[helperName] = instance.helpers[helperName];
        if (!keepHelper) {
          instance.helpers[helperName] = void 0;
        }
      }
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js
var require_inline = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators/inline.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    exports["default"] = function(instance) {
      instance.registerDecorator("inline", function(fn, props, container, options) {
        var ret = fn;
        if (!props.partials) {
          props.partials = {};
          ret = function(context, options2) {
            var original = container.partials;
            container.partials = _utils.extend({}, original, props.partials);
            var ret2 = fn(context, options2);
            container.partials = original;
            return ret2;
          };
        }
        props.partials[options.args[0]] = options.fn;
        return ret;
      });
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/decorators.js
var require_decorators = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/decorators.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.registerDefaultDecorators = registerDefaultDecorators;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _decoratorsInline = require_inline();
    var _decoratorsInline2 = _interopRequireDefault(_decoratorsInline);
    function registerDefaultDecorators(instance) {
      _decoratorsInline2["default"](instance);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/logger.js
var require_logger = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/logger.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var _utils = require_utils();
    var logger = {
      methodMap: ["debug", "info", "warn", "error"],
      level: "info",
      // Maps a given level value to the `methodMap` indexes above.
      lookupLevel: function lookupLevel(level) {
        if (typeof level === "string") {
          var levelMap = _utils.indexOf(logger.methodMap, level.toLowerCase());
          if (levelMap >= 0) {
            level = levelMap;
          } else {
            level = parseInt(level, 10);
          }
        }
        return level;
      },
      // Can be overridden in the host environment
      log: function log(level) {
        level = logger.lookupLevel(level);
        if (typeof console !== "undefined" && logger.lookupLevel(logger.level) <= level) {
          var method = logger.methodMap[level];
          if (!console[method]) {
            method = "log";
          }
          for (var _len = arguments.length, message = Array(_len > 1 ? _len - 1 : 0), _key = 1; _key < _len; _key++) {
            message[_key - 1] = arguments[_key];
          }
          console[method].apply(console, message);
        }
      }
    };
    exports["default"] = logger;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js
var require_proto_access = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/proto-access.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.createProtoAccessControl = createProtoAccessControl;
    exports.resultIsAllowed = resultIsAllowed;
    exports.isPrototypeConstructor = isPrototypeConstructor;
    exports.resetLoggedProperties = resetLoggedProperties;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var loggedProperties = /* @__PURE__ */ Object.create(null);
    function createProtoAccessControl(runtimeOptions) {
      var propertyWhiteList = /* @__PURE__ */ Object.create(null);
      propertyWhiteList["__proto__"] = false;
      _utils.extend(propertyWhiteList, runtimeOptions.allowedProtoProperties);
      var methodWhiteList = /* @__PURE__ */ Object.create(null);
      methodWhiteList["constructor"] = false;
      methodWhiteList["__defineGetter__"] = false;
      methodWhiteList["__defineSetter__"] = false;
      methodWhiteList["__lookupGetter__"] = false;
      methodWhiteList["__lookupSetter__"] = false;
      _utils.extend(methodWhiteList, runtimeOptions.allowedProtoMethods);
      return {
        properties: {
          whitelist: propertyWhiteList,
          defaultValue: runtimeOptions.allowProtoPropertiesByDefault
        },
        methods: {
          whitelist: methodWhiteList,
          defaultValue: runtimeOptions.allowProtoMethodsByDefault
        }
      };
    }
    function resultIsAllowed(result, protoAccessControl, propertyName) {
      if (typeof result === "function") {
        return checkWhiteList(protoAccessControl.methods, propertyName);
      } else {
        return checkWhiteList(protoAccessControl.properties, propertyName);
      }
    }
    function isPrototypeConstructor(parent, propertyName, result) {
      return propertyName === "constructor" && typeof result === "function" && parent === result.prototype;
    }
    function checkWhiteList(protoAccessControlForType, propertyName) {
      if (protoAccessControlForType.whitelist[propertyName] !== void 0) {
        return protoAccessControlForType.whitelist[propertyName] === true;
      }
      if (protoAccessControlForType.defaultValue !== void 0) {
        return protoAccessControlForType.defaultValue;
      }
      logUnexpecedPropertyAccessOnce(propertyName);
      return false;
    }
    function logUnexpecedPropertyAccessOnce(propertyName) {
      if (loggedProperties[propertyName] !== true) {
        loggedProperties[propertyName] = true;
        _logger2["default"].log("error", 'Handlebars: Access has been denied to resolve the property "' + propertyName + '" because it is not an "own property" of its parent.\nYou can add a runtime option to disable the check or this warning:\nSee https://handlebarsjs.com/api-reference/runtime-options.html#options-to-control-prototype-access for details');
      }
    }
    function resetLoggedProperties() {
      Object.keys(loggedProperties).forEach(function(propertyName) {
        delete loggedProperties[propertyName];
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/base.js
var require_base = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.HandlebarsEnvironment = HandlebarsEnvironment;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _utils = require_utils();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _helpers = require_helpers();
    var _decorators = require_decorators();
    var _logger = require_logger();
    var _logger2 = _interopRequireDefault(_logger);
    var _internalProtoAccess = require_proto_access();
    var VERSION = "4.7.10";
    exports.VERSION = VERSION;
    var COMPILER_REVISION = 8;
    exports.COMPILER_REVISION = COMPILER_REVISION;
    var LAST_COMPATIBLE_COMPILER_REVISION = 7;
    exports.LAST_COMPATIBLE_COMPILER_REVISION = LAST_COMPATIBLE_COMPILER_REVISION;
    var REVISION_CHANGES = {
      1: "<= 1.0.rc.2",
      // 1.0.rc.2 is actually rev2 but doesn't report it
      2: "== 1.0.0-rc.3",
      3: "== 1.0.0-rc.4",
      4: "== 1.x.x",
      5: "== 2.0.0-alpha.x",
      6: ">= 2.0.0-beta.1",
      7: ">= 4.0.0 <4.3.0",
      8: ">= 4.3.0"
    };
    exports.REVISION_CHANGES = REVISION_CHANGES;
    var objectType = "[object Object]";
    function HandlebarsEnvironment(helpers, partials, decorators) {
      this.helpers = helpers || {};
      this.partials = partials || {};
      this.decorators = decorators || {};
      _helpers.registerDefaultHelpers(this);
      _decorators.registerDefaultDecorators(this);
    }
    HandlebarsEnvironment.prototype = {
      constructor: HandlebarsEnvironment,
      logger: _logger2["default"],
      log: _logger2["default"].log,
      registerHelper: function registerHelper(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple helpers");
          }
          _utils.extend(this.helpers, name);
        } else {
          this.helpers[name] = fn;
        }
      },
      unregisterHelper: function unregisterHelper(name) {
        delete this.helpers[name];
      },
      registerPartial: function registerPartial(name, partial2) {
        if (_utils.toString.call(name) === objectType) {
          _utils.extend(this.partials, name);
        } else {
          if (typeof partial2 === "undefined") {
            throw new _exception2["default"]('Attempting to register a partial called "' + name + '" as undefined');
          }
          this.partials[name] = partial2;
        }
      },
      unregisterPartial: function unregisterPartial(name) {
        delete this.partials[name];
      },
      registerDecorator: function registerDecorator(name, fn) {
        if (_utils.toString.call(name) === objectType) {
          if (fn) {
            throw new _exception2["default"]("Arg not supported with multiple decorators");
          }
          _utils.extend(this.decorators, name);
        } else {
          this.decorators[name] = fn;
        }
      },
      unregisterDecorator: function unregisterDecorator(name) {
        delete this.decorators[name];
      },
      /**
       * Reset the memory of illegal property accesses that have already been logged.
       * @deprecated should only be used in handlebars test-cases
       */
      resetLoggedPropertyAccesses: function resetLoggedPropertyAccesses() {
        _internalProtoAccess.resetLoggedProperties();
      }
    };
    var log = _logger2["default"].log;
    exports.log = log;
    exports.createFrame = _utils.createFrame;
    exports.logger = _logger2["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/safe-string.js
var require_safe_string = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/safe-string.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function SafeString(string3) {
      this.string = string3;
    }
    SafeString.prototype.toString = SafeString.prototype.toHTML = function() {
      return "" + this.string;
    };
    exports["default"] = SafeString;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js
var require_wrapHelper = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/internal/wrapHelper.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.wrapHelper = wrapHelper;
    function wrapHelper(helper, transformOptionsFn) {
      if (typeof helper !== "function") {
        return helper;
      }
      var wrapper = function wrapper2() {
        var options = arguments[arguments.length - 1];
        arguments[arguments.length - 1] = transformOptionsFn(options);
        return helper.apply(this, arguments);
      };
      return wrapper;
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/runtime.js
var require_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/runtime.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.checkRevision = checkRevision;
    exports.template = template;
    exports.wrapProgram = wrapProgram;
    exports.resolvePartial = resolvePartial;
    exports.invokePartial = invokePartial;
    exports.noop = noop;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _utils = require_utils();
    var Utils = _interopRequireWildcard(_utils);
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _base = require_base();
    var _helpers = require_helpers();
    var _internalWrapHelper = require_wrapHelper();
    var _internalProtoAccess = require_proto_access();
    function checkRevision(compilerInfo) {
      var compilerRevision = compilerInfo && compilerInfo[0] || 1, currentRevision = _base.COMPILER_REVISION;
      if (compilerRevision >= _base.LAST_COMPATIBLE_COMPILER_REVISION && compilerRevision <= _base.COMPILER_REVISION) {
        return;
      }
      if (compilerRevision < _base.LAST_COMPATIBLE_COMPILER_REVISION) {
        var runtimeVersions = _base.REVISION_CHANGES[currentRevision], compilerVersions = _base.REVISION_CHANGES[compilerRevision];
        throw new _exception2["default"]("Template was precompiled with an older version of Handlebars than the current runtime. Please update your precompiler to a newer version (" + runtimeVersions + ") or downgrade your runtime to an older version (" + compilerVersions + ").");
      } else {
        throw new _exception2["default"]("Template was precompiled with a newer version of Handlebars than the current runtime. Please update your runtime to a newer version (" + compilerInfo[1] + ").");
      }
    }
    function template(templateSpec, env) {
      if (!env) {
        throw new _exception2["default"]("No environment passed to template");
      }
      if (!templateSpec || !templateSpec.main) {
        throw new _exception2["default"]("Unknown template object: " + typeof templateSpec);
      }
      templateSpec.main.decorator = templateSpec.main_d;
      env.VM.checkRevision(templateSpec.compiler);
      var templateWasPrecompiledWithCompilerV7 = templateSpec.compiler && templateSpec.compiler[0] === 7;
      function invokePartialWrapper(partial2, context, options) {
        if (options.hash) {
          context = Utils.extend({}, context, options.hash);
          if (options.ids) {
            options.ids[0] = true;
          }
        }
        partial2 = env.VM.resolvePartial.call(this, partial2, context, options);
        options.hooks = this.hooks;
        options.protoAccessControl = this.protoAccessControl;
        var result = env.VM.invokePartial.call(this, partial2, context, options);
        if (result == null && Utils.isFunction(partial2)) {
          throw new _exception2["default"]("The partial " + options.name + " returned no output: partials must return a string");
        }
        if (result == null && env.compile) {
          if (typeof partial2 !== "string") {
            throw new _exception2["default"]("The partial " + options.name + " could not be compiled: partials must be strings or functions returning strings");
          }
          options.partials[options.name] = env.compile(partial2, templateSpec.compilerOptions, env);
          result = options.partials[options.name](context, options);
        }
        if (result != null) {
          if (options.indent) {
            var lines = result.split("\n");
            for (var i = 0, l = lines.length; i < l; i++) {
              if (!lines[i] && i + 1 === l) {
                break;
              }
              lines[i] = options.indent + lines[i];
            }
            result = lines.join("\n");
          }
          return result;
        } else {
          throw new _exception2["default"]("The partial " + options.name + " could not be compiled when running in runtime-only mode");
        }
      }
      var container = {
        strict: function strict(obj, name, loc) {
          if (!obj || !(name in obj)) {
            throw new _exception2["default"]('"' + name + '" not defined in ' + obj, {
              loc
            });
          }
          return container.lookupProperty(obj, name);
        },
        lookupProperty: function lookupProperty(parent, propertyName) {
          var result = parent[propertyName];
          if (result == null) {
            return result;
          }
          if (Object.prototype.hasOwnProperty.call(parent, propertyName) && !_internalProtoAccess.isPrototypeConstructor(parent, propertyName, result)) {
            return result;
          }
          if (_internalProtoAccess.resultIsAllowed(result, container.protoAccessControl, propertyName)) {
            return result;
          }
          return void 0;
        },
        lookup: function lookup(depths, name) {
          var len = depths.length;
          for (var i = 0; i < len; i++) {
            var result = depths[i] && container.lookupProperty(depths[i], name);
            if (result != null) {
              return result;
            }
          }
        },
        lambda: function lambda(current, context) {
          return typeof current === "function" ? current.call(context) : current;
        },
        escapeExpression: Utils.escapeExpression,
        invokePartial: invokePartialWrapper,
        fn: function fn(i) {
          var ret2 = templateSpec[i];
          ret2.decorator = templateSpec[i + "_d"];
          return ret2;
        },
        programs: [],
        program: function program(i, data, declaredBlockParams, blockParams, depths) {
          var programWrapper = this.programs[i], fn = this.fn(i);
          if (data || depths || blockParams || declaredBlockParams) {
            programWrapper = wrapProgram(this, i, fn, data, declaredBlockParams, blockParams, depths);
          } else if (!programWrapper) {
            programWrapper = this.programs[i] = wrapProgram(this, i, fn);
          }
          return programWrapper;
        },
        data: function data(value, depth) {
          while (value && depth--) {
            value = value._parent;
          }
          return value;
        },
        mergeIfNeeded: function mergeIfNeeded(param, common) {
          var obj = param || common;
          if (param && common && param !== common) {
            obj = Utils.extend({}, common, param);
          }
          return obj;
        },
        // An empty object to use as replacement for null-contexts
        nullContext: Object.seal({}),
        noop: env.VM.noop,
        compilerInfo: templateSpec.compiler
      };
      function ret(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var data = options.data;
        ret._setup(options);
        if (!options.partial && templateSpec.useData) {
          data = initData(context, data);
        }
        var depths = void 0, blockParams = templateSpec.useBlockParams ? [] : void 0;
        if (templateSpec.useDepths) {
          if (options.depths) {
            depths = context != options.depths[0] ? [context].concat(options.depths) : options.depths;
          } else {
            depths = [context];
          }
        }
        function main(context2) {
          return "" + templateSpec.main(container, context2, container.helpers, container.partials, data, blockParams, depths);
        }
        main = executeDecorators(templateSpec.main, main, container, options.depths || [], data, blockParams);
        return main(context, options);
      }
      ret.isTop = true;
      ret._setup = function(options) {
        if (!options.partial) {
          var mergedHelpers = {};
          addHelpers(mergedHelpers, env.helpers, container);
          addHelpers(mergedHelpers, options.helpers, container);
          container.helpers = mergedHelpers;
          if (templateSpec.usePartial) {
            container.partials = container.mergeIfNeeded(options.partials, env.partials);
          }
          if (templateSpec.usePartial || templateSpec.useDecorators) {
            container.decorators = Utils.extend({}, env.decorators, options.decorators);
          }
          container.hooks = {};
          container.protoAccessControl = _internalProtoAccess.createProtoAccessControl(options);
          var keepHelperInHelpers = options.allowCallsToHelperMissing || templateWasPrecompiledWithCompilerV7;
          _helpers.moveHelperToHooks(container, "helperMissing", keepHelperInHelpers);
          _helpers.moveHelperToHooks(container, "blockHelperMissing", keepHelperInHelpers);
        } else {
          container.protoAccessControl = options.protoAccessControl;
          container.helpers = options.helpers;
          container.partials = options.partials;
          container.decorators = options.decorators;
          container.hooks = options.hooks;
        }
      };
      ret._child = function(i, data, blockParams, depths) {
        if (templateSpec.useBlockParams && !blockParams) {
          throw new _exception2["default"]("must pass block params");
        }
        if (templateSpec.useDepths && !depths) {
          throw new _exception2["default"]("must pass parent depths");
        }
        return wrapProgram(container, i, templateSpec[i], data, 0, blockParams, depths);
      };
      return ret;
    }
    function wrapProgram(container, i, fn, data, declaredBlockParams, blockParams, depths) {
      function prog(context) {
        var options = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
        var currentDepths = depths;
        if (depths && context != depths[0] && !(context === container.nullContext && depths[0] === null)) {
          currentDepths = [context].concat(depths);
        }
        return fn(container, context, container.helpers, container.partials, options.data || data, blockParams && [options.blockParams].concat(blockParams), currentDepths);
      }
      prog = executeDecorators(fn, prog, container, depths, data, blockParams);
      prog.program = i;
      prog.depth = depths ? depths.length : 0;
      prog.blockParams = declaredBlockParams || 0;
      return prog;
    }
    function resolvePartial(partial2, context, options) {
      if (!partial2) {
        if (options.name === "@partial-block") {
          partial2 = lookupOwnProperty(options.data, "partial-block");
        } else {
          partial2 = lookupOwnProperty(options.partials, options.name);
        }
      } else if (typeof partial2 !== "function" && !options.name) {
        options.name = partial2;
        partial2 = lookupOwnProperty(options.partials, partial2);
      }
      return partial2;
    }
    function invokePartial(partial2, context, options) {
      var currentPartialBlock = lookupOwnProperty(options.data, "partial-block");
      options.partial = true;
      if (options.ids) {
        options.data.contextPath = options.ids[0] || options.data.contextPath;
      }
      var partialBlock = void 0;
      if (options.fn && options.fn !== noop) {
        (function() {
          options.data = _base.createFrame(options.data);
          var fn = options.fn;
          partialBlock = options.data["partial-block"] = function partialBlockWrapper(context2) {
            var options2 = arguments.length <= 1 || arguments[1] === void 0 ? {} : arguments[1];
            options2.data = _base.createFrame(options2.data);
            options2.data["partial-block"] = currentPartialBlock;
            return fn(context2, options2);
          };
          if (fn.partials) {
            options.partials = Utils.extend({}, options.partials, fn.partials);
          }
        })();
      }
      if (partial2 === void 0 && partialBlock) {
        partial2 = partialBlock;
      }
      if (partial2 === void 0) {
        throw new _exception2["default"]("The partial " + options.name + " could not be found");
      } else if (partial2 instanceof Function) {
        return partial2(context, options);
      }
    }
    function noop() {
      return "";
    }
    function lookupOwnProperty(obj, name) {
      if (obj && Object.prototype.hasOwnProperty.call(obj, name)) {
        return obj[name];
      }
    }
    function initData(context, data) {
      if (!data || !("root" in data)) {
        data = data ? _base.createFrame(data) : {};
        data.root = context;
      }
      return data;
    }
    function executeDecorators(fn, prog, container, depths, data, blockParams) {
      if (fn.decorator) {
        var props = {};
        prog = fn.decorator(prog, props, container, depths && depths[0], data, blockParams, depths);
        Utils.extend(prog, props);
      }
      return prog;
    }
    function addHelpers(mergedHelpers, helpers, container) {
      if (!helpers) return;
      Object.keys(helpers).forEach(function(helperName) {
        var helper = helpers[helperName];
        mergedHelpers[helperName] = passLookupPropertyOption(helper, container);
      });
    }
    function passLookupPropertyOption(helper, container) {
      var lookupProperty = container.lookupProperty;
      return _internalWrapHelper.wrapHelper(helper, function(options) {
        options.lookupProperty = lookupProperty;
        return options;
      });
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/no-conflict.js
var require_no_conflict = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/no-conflict.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    exports["default"] = function(Handlebars3) {
      (function() {
        if (typeof globalThis === "object") return;
        Object.prototype.__defineGetter__("__magic__", function() {
          return this;
        });
        __magic__.globalThis = __magic__;
        delete Object.prototype.__magic__;
      })();
      var $Handlebars = globalThis.Handlebars;
      Handlebars3.noConflict = function() {
        if (globalThis.Handlebars === Handlebars3) {
          globalThis.Handlebars = $Handlebars;
        }
        return Handlebars3;
      };
    };
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.runtime.js
var require_handlebars_runtime = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.runtime.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    var _handlebarsBase = require_base();
    var base = _interopRequireWildcard(_handlebarsBase);
    var _handlebarsSafeString = require_safe_string();
    var _handlebarsSafeString2 = _interopRequireDefault(_handlebarsSafeString);
    var _handlebarsException = require_exception();
    var _handlebarsException2 = _interopRequireDefault(_handlebarsException);
    var _handlebarsUtils = require_utils();
    var Utils = _interopRequireWildcard(_handlebarsUtils);
    var _handlebarsRuntime = require_runtime();
    var runtime = _interopRequireWildcard(_handlebarsRuntime);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    function create() {
      var hb = new base.HandlebarsEnvironment();
      Utils.extend(hb, base);
      hb.SafeString = _handlebarsSafeString2["default"];
      hb.Exception = _handlebarsException2["default"];
      hb.Utils = Utils;
      hb.escapeExpression = Utils.escapeExpression;
      hb.VM = runtime;
      hb.template = function(spec) {
        return runtime.template(spec, hb);
      };
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js
var require_ast = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/ast.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var AST = {
      // Public API used to evaluate derived attributes regarding AST nodes
      helpers: {
        // a mustache is definitely a helper if:
        // * it is an eligible helper, and
        // * it has at least one parameter or hash segment
        helperExpression: function helperExpression(node2) {
          return node2.type === "SubExpression" || (node2.type === "MustacheStatement" || node2.type === "BlockStatement") && !!(node2.params && node2.params.length || node2.hash);
        },
        scopedId: function scopedId(path) {
          return /^\.|this\b/.test(path.original);
        },
        // an ID is simple if it only has one part, and that part is not
        // `..` or `this`.
        simpleId: function simpleId(path) {
          return path.parts.length === 1 && !AST.helpers.scopedId(path) && !path.depth;
        }
      }
    };
    exports["default"] = AST;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js
var require_parser = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/parser.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    var handlebars = (function() {
      var parser = {
        trace: function trace() {
        },
        yy: {},
        symbols_: { "error": 2, "root": 3, "program": 4, "EOF": 5, "program_repetition0": 6, "statement": 7, "mustache": 8, "block": 9, "rawBlock": 10, "partial": 11, "partialBlock": 12, "content": 13, "COMMENT": 14, "CONTENT": 15, "openRawBlock": 16, "rawBlock_repetition0": 17, "END_RAW_BLOCK": 18, "OPEN_RAW_BLOCK": 19, "helperName": 20, "openRawBlock_repetition0": 21, "openRawBlock_option0": 22, "CLOSE_RAW_BLOCK": 23, "openBlock": 24, "block_option0": 25, "closeBlock": 26, "openInverse": 27, "block_option1": 28, "OPEN_BLOCK": 29, "openBlock_repetition0": 30, "openBlock_option0": 31, "openBlock_option1": 32, "CLOSE": 33, "OPEN_INVERSE": 34, "openInverse_repetition0": 35, "openInverse_option0": 36, "openInverse_option1": 37, "openInverseChain": 38, "OPEN_INVERSE_CHAIN": 39, "openInverseChain_repetition0": 40, "openInverseChain_option0": 41, "openInverseChain_option1": 42, "inverseAndProgram": 43, "INVERSE": 44, "inverseChain": 45, "inverseChain_option0": 46, "OPEN_ENDBLOCK": 47, "OPEN": 48, "mustache_repetition0": 49, "mustache_option0": 50, "OPEN_UNESCAPED": 51, "mustache_repetition1": 52, "mustache_option1": 53, "CLOSE_UNESCAPED": 54, "OPEN_PARTIAL": 55, "partialName": 56, "partial_repetition0": 57, "partial_option0": 58, "openPartialBlock": 59, "OPEN_PARTIAL_BLOCK": 60, "openPartialBlock_repetition0": 61, "openPartialBlock_option0": 62, "param": 63, "sexpr": 64, "OPEN_SEXPR": 65, "sexpr_repetition0": 66, "sexpr_option0": 67, "CLOSE_SEXPR": 68, "hash": 69, "hash_repetition_plus0": 70, "hashSegment": 71, "ID": 72, "EQUALS": 73, "blockParams": 74, "OPEN_BLOCK_PARAMS": 75, "blockParams_repetition_plus0": 76, "CLOSE_BLOCK_PARAMS": 77, "path": 78, "dataName": 79, "STRING": 80, "NUMBER": 81, "BOOLEAN": 82, "UNDEFINED": 83, "NULL": 84, "DATA": 85, "pathSegments": 86, "SEP": 87, "$accept": 0, "$end": 1 },
        terminals_: { 2: "error", 5: "EOF", 14: "COMMENT", 15: "CONTENT", 18: "END_RAW_BLOCK", 19: "OPEN_RAW_BLOCK", 23: "CLOSE_RAW_BLOCK", 29: "OPEN_BLOCK", 33: "CLOSE", 34: "OPEN_INVERSE", 39: "OPEN_INVERSE_CHAIN", 44: "INVERSE", 47: "OPEN_ENDBLOCK", 48: "OPEN", 51: "OPEN_UNESCAPED", 54: "CLOSE_UNESCAPED", 55: "OPEN_PARTIAL", 60: "OPEN_PARTIAL_BLOCK", 65: "OPEN_SEXPR", 68: "CLOSE_SEXPR", 72: "ID", 73: "EQUALS", 75: "OPEN_BLOCK_PARAMS", 77: "CLOSE_BLOCK_PARAMS", 80: "STRING", 81: "NUMBER", 82: "BOOLEAN", 83: "UNDEFINED", 84: "NULL", 85: "DATA", 87: "SEP" },
        productions_: [0, [3, 2], [4, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [7, 1], [13, 1], [10, 3], [16, 5], [9, 4], [9, 4], [24, 6], [27, 6], [38, 6], [43, 2], [45, 3], [45, 1], [26, 3], [8, 5], [8, 5], [11, 5], [12, 3], [59, 5], [63, 1], [63, 1], [64, 5], [69, 1], [71, 3], [74, 3], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [20, 1], [56, 1], [56, 1], [79, 2], [78, 1], [86, 3], [86, 1], [6, 0], [6, 2], [17, 0], [17, 2], [21, 0], [21, 2], [22, 0], [22, 1], [25, 0], [25, 1], [28, 0], [28, 1], [30, 0], [30, 2], [31, 0], [31, 1], [32, 0], [32, 1], [35, 0], [35, 2], [36, 0], [36, 1], [37, 0], [37, 1], [40, 0], [40, 2], [41, 0], [41, 1], [42, 0], [42, 1], [46, 0], [46, 1], [49, 0], [49, 2], [50, 0], [50, 1], [52, 0], [52, 2], [53, 0], [53, 1], [57, 0], [57, 2], [58, 0], [58, 1], [61, 0], [61, 2], [62, 0], [62, 1], [66, 0], [66, 2], [67, 0], [67, 1], [70, 1], [70, 2], [76, 1], [76, 2]],
        performAction: function anonymous(yytext, yyleng, yylineno, yy, yystate, $$, _$) {
          var $0 = $$.length - 1;
          switch (yystate) {
            case 1:
              return $$[$0 - 1];
              break;
            case 2:
              this.$ = yy.prepareProgram($$[$0]);
              break;
            case 3:
              this.$ = $$[$0];
              break;
            case 4:
              this.$ = $$[$0];
              break;
            case 5:
              this.$ = $$[$0];
              break;
            case 6:
              this.$ = $$[$0];
              break;
            case 7:
              this.$ = $$[$0];
              break;
            case 8:
              this.$ = $$[$0];
              break;
            case 9:
              this.$ = {
                type: "CommentStatement",
                value: yy.stripComment($$[$0]),
                strip: yy.stripFlags($$[$0], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 10:
              this.$ = {
                type: "ContentStatement",
                original: $$[$0],
                value: $$[$0],
                loc: yy.locInfo(this._$)
              };
              break;
            case 11:
              this.$ = yy.prepareRawBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 12:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1] };
              break;
            case 13:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], false, this._$);
              break;
            case 14:
              this.$ = yy.prepareBlock($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0], true, this._$);
              break;
            case 15:
              this.$ = { open: $$[$0 - 5], path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 16:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 17:
              this.$ = { path: $$[$0 - 4], params: $$[$0 - 3], hash: $$[$0 - 2], blockParams: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 5], $$[$0]) };
              break;
            case 18:
              this.$ = { strip: yy.stripFlags($$[$0 - 1], $$[$0 - 1]), program: $$[$0] };
              break;
            case 19:
              var inverse = yy.prepareBlock($$[$0 - 2], $$[$0 - 1], $$[$0], $$[$0], false, this._$), program = yy.prepareProgram([inverse], $$[$0 - 1].loc);
              program.chained = true;
              this.$ = { strip: $$[$0 - 2].strip, program, chain: true };
              break;
            case 20:
              this.$ = $$[$0];
              break;
            case 21:
              this.$ = { path: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 2], $$[$0]) };
              break;
            case 22:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 23:
              this.$ = yy.prepareMustache($$[$0 - 3], $$[$0 - 2], $$[$0 - 1], $$[$0 - 4], yy.stripFlags($$[$0 - 4], $$[$0]), this._$);
              break;
            case 24:
              this.$ = {
                type: "PartialStatement",
                name: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                indent: "",
                strip: yy.stripFlags($$[$0 - 4], $$[$0]),
                loc: yy.locInfo(this._$)
              };
              break;
            case 25:
              this.$ = yy.preparePartialBlock($$[$0 - 2], $$[$0 - 1], $$[$0], this._$);
              break;
            case 26:
              this.$ = { path: $$[$0 - 3], params: $$[$0 - 2], hash: $$[$0 - 1], strip: yy.stripFlags($$[$0 - 4], $$[$0]) };
              break;
            case 27:
              this.$ = $$[$0];
              break;
            case 28:
              this.$ = $$[$0];
              break;
            case 29:
              this.$ = {
                type: "SubExpression",
                path: $$[$0 - 3],
                params: $$[$0 - 2],
                hash: $$[$0 - 1],
                loc: yy.locInfo(this._$)
              };
              break;
            case 30:
              this.$ = { type: "Hash", pairs: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 31:
              this.$ = { type: "HashPair", key: yy.id($$[$0 - 2]), value: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 32:
              this.$ = yy.id($$[$0 - 1]);
              break;
            case 33:
              this.$ = $$[$0];
              break;
            case 34:
              this.$ = $$[$0];
              break;
            case 35:
              this.$ = { type: "StringLiteral", value: $$[$0], original: $$[$0], loc: yy.locInfo(this._$) };
              break;
            case 36:
              this.$ = { type: "NumberLiteral", value: Number($$[$0]), original: Number($$[$0]), loc: yy.locInfo(this._$) };
              break;
            case 37:
              this.$ = { type: "BooleanLiteral", value: $$[$0] === "true", original: $$[$0] === "true", loc: yy.locInfo(this._$) };
              break;
            case 38:
              this.$ = { type: "UndefinedLiteral", original: void 0, value: void 0, loc: yy.locInfo(this._$) };
              break;
            case 39:
              this.$ = { type: "NullLiteral", original: null, value: null, loc: yy.locInfo(this._$) };
              break;
            case 40:
              this.$ = $$[$0];
              break;
            case 41:
              this.$ = $$[$0];
              break;
            case 42:
              this.$ = yy.preparePath(true, $$[$0], this._$);
              break;
            case 43:
              this.$ = yy.preparePath(false, $$[$0], this._$);
              break;
            case 44:
              $$[$0 - 2].push({ part: yy.id($$[$0]), original: $$[$0], separator: $$[$0 - 1] });
              this.$ = $$[$0 - 2];
              break;
            case 45:
              this.$ = [{ part: yy.id($$[$0]), original: $$[$0] }];
              break;
            case 46:
              this.$ = [];
              break;
            case 47:
              $$[$0 - 1].push($$[$0]);
              break;
            case 48:
              this.$ = [];
              break;
            case 49:
              $$[$0 - 1].push($$[$0]);
              break;
            case 50:
              this.$ = [];
              break;
            case 51:
              $$[$0 - 1].push($$[$0]);
              break;
            case 58:
              this.$ = [];
              break;
            case 59:
              $$[$0 - 1].push($$[$0]);
              break;
            case 64:
              this.$ = [];
              break;
            case 65:
              $$[$0 - 1].push($$[$0]);
              break;
            case 70:
              this.$ = [];
              break;
            case 71:
              $$[$0 - 1].push($$[$0]);
              break;
            case 78:
              this.$ = [];
              break;
            case 79:
              $$[$0 - 1].push($$[$0]);
              break;
            case 82:
              this.$ = [];
              break;
            case 83:
              $$[$0 - 1].push($$[$0]);
              break;
            case 86:
              this.$ = [];
              break;
            case 87:
              $$[$0 - 1].push($$[$0]);
              break;
            case 90:
              this.$ = [];
              break;
            case 91:
              $$[$0 - 1].push($$[$0]);
              break;
            case 94:
              this.$ = [];
              break;
            case 95:
              $$[$0 - 1].push($$[$0]);
              break;
            case 98:
              this.$ = [$$[$0]];
              break;
            case 99:
              $$[$0 - 1].push($$[$0]);
              break;
            case 100:
              this.$ = [$$[$0]];
              break;
            case 101:
              $$[$0 - 1].push($$[$0]);
              break;
          }
        },
        table: [{ 3: 1, 4: 2, 5: [2, 46], 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 1: [3] }, { 5: [1, 4] }, { 5: [2, 2], 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 13: 11, 14: [1, 12], 15: [1, 20], 16: 17, 19: [1, 23], 24: 15, 27: 16, 29: [1, 21], 34: [1, 22], 39: [2, 2], 44: [2, 2], 47: [2, 2], 48: [1, 13], 51: [1, 14], 55: [1, 18], 59: 19, 60: [1, 24] }, { 1: [2, 1] }, { 5: [2, 47], 14: [2, 47], 15: [2, 47], 19: [2, 47], 29: [2, 47], 34: [2, 47], 39: [2, 47], 44: [2, 47], 47: [2, 47], 48: [2, 47], 51: [2, 47], 55: [2, 47], 60: [2, 47] }, { 5: [2, 3], 14: [2, 3], 15: [2, 3], 19: [2, 3], 29: [2, 3], 34: [2, 3], 39: [2, 3], 44: [2, 3], 47: [2, 3], 48: [2, 3], 51: [2, 3], 55: [2, 3], 60: [2, 3] }, { 5: [2, 4], 14: [2, 4], 15: [2, 4], 19: [2, 4], 29: [2, 4], 34: [2, 4], 39: [2, 4], 44: [2, 4], 47: [2, 4], 48: [2, 4], 51: [2, 4], 55: [2, 4], 60: [2, 4] }, { 5: [2, 5], 14: [2, 5], 15: [2, 5], 19: [2, 5], 29: [2, 5], 34: [2, 5], 39: [2, 5], 44: [2, 5], 47: [2, 5], 48: [2, 5], 51: [2, 5], 55: [2, 5], 60: [2, 5] }, { 5: [2, 6], 14: [2, 6], 15: [2, 6], 19: [2, 6], 29: [2, 6], 34: [2, 6], 39: [2, 6], 44: [2, 6], 47: [2, 6], 48: [2, 6], 51: [2, 6], 55: [2, 6], 60: [2, 6] }, { 5: [2, 7], 14: [2, 7], 15: [2, 7], 19: [2, 7], 29: [2, 7], 34: [2, 7], 39: [2, 7], 44: [2, 7], 47: [2, 7], 48: [2, 7], 51: [2, 7], 55: [2, 7], 60: [2, 7] }, { 5: [2, 8], 14: [2, 8], 15: [2, 8], 19: [2, 8], 29: [2, 8], 34: [2, 8], 39: [2, 8], 44: [2, 8], 47: [2, 8], 48: [2, 8], 51: [2, 8], 55: [2, 8], 60: [2, 8] }, { 5: [2, 9], 14: [2, 9], 15: [2, 9], 19: [2, 9], 29: [2, 9], 34: [2, 9], 39: [2, 9], 44: [2, 9], 47: [2, 9], 48: [2, 9], 51: [2, 9], 55: [2, 9], 60: [2, 9] }, { 20: 25, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 36, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 37, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 4: 38, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 15: [2, 48], 17: 39, 18: [2, 48] }, { 20: 41, 56: 40, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 44, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 5: [2, 10], 14: [2, 10], 15: [2, 10], 18: [2, 10], 19: [2, 10], 29: [2, 10], 34: [2, 10], 39: [2, 10], 44: [2, 10], 47: [2, 10], 48: [2, 10], 51: [2, 10], 55: [2, 10], 60: [2, 10] }, { 20: 45, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 46, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 47, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 41, 56: 48, 64: 42, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [2, 78], 49: 49, 65: [2, 78], 72: [2, 78], 80: [2, 78], 81: [2, 78], 82: [2, 78], 83: [2, 78], 84: [2, 78], 85: [2, 78] }, { 23: [2, 33], 33: [2, 33], 54: [2, 33], 65: [2, 33], 68: [2, 33], 72: [2, 33], 75: [2, 33], 80: [2, 33], 81: [2, 33], 82: [2, 33], 83: [2, 33], 84: [2, 33], 85: [2, 33] }, { 23: [2, 34], 33: [2, 34], 54: [2, 34], 65: [2, 34], 68: [2, 34], 72: [2, 34], 75: [2, 34], 80: [2, 34], 81: [2, 34], 82: [2, 34], 83: [2, 34], 84: [2, 34], 85: [2, 34] }, { 23: [2, 35], 33: [2, 35], 54: [2, 35], 65: [2, 35], 68: [2, 35], 72: [2, 35], 75: [2, 35], 80: [2, 35], 81: [2, 35], 82: [2, 35], 83: [2, 35], 84: [2, 35], 85: [2, 35] }, { 23: [2, 36], 33: [2, 36], 54: [2, 36], 65: [2, 36], 68: [2, 36], 72: [2, 36], 75: [2, 36], 80: [2, 36], 81: [2, 36], 82: [2, 36], 83: [2, 36], 84: [2, 36], 85: [2, 36] }, { 23: [2, 37], 33: [2, 37], 54: [2, 37], 65: [2, 37], 68: [2, 37], 72: [2, 37], 75: [2, 37], 80: [2, 37], 81: [2, 37], 82: [2, 37], 83: [2, 37], 84: [2, 37], 85: [2, 37] }, { 23: [2, 38], 33: [2, 38], 54: [2, 38], 65: [2, 38], 68: [2, 38], 72: [2, 38], 75: [2, 38], 80: [2, 38], 81: [2, 38], 82: [2, 38], 83: [2, 38], 84: [2, 38], 85: [2, 38] }, { 23: [2, 39], 33: [2, 39], 54: [2, 39], 65: [2, 39], 68: [2, 39], 72: [2, 39], 75: [2, 39], 80: [2, 39], 81: [2, 39], 82: [2, 39], 83: [2, 39], 84: [2, 39], 85: [2, 39] }, { 23: [2, 43], 33: [2, 43], 54: [2, 43], 65: [2, 43], 68: [2, 43], 72: [2, 43], 75: [2, 43], 80: [2, 43], 81: [2, 43], 82: [2, 43], 83: [2, 43], 84: [2, 43], 85: [2, 43], 87: [1, 50] }, { 72: [1, 35], 86: 51 }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 52: 52, 54: [2, 82], 65: [2, 82], 72: [2, 82], 80: [2, 82], 81: [2, 82], 82: [2, 82], 83: [2, 82], 84: [2, 82], 85: [2, 82] }, { 25: 53, 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 54, 47: [2, 54] }, { 28: 59, 43: 60, 44: [1, 58], 47: [2, 56] }, { 13: 62, 15: [1, 20], 18: [1, 61] }, { 33: [2, 86], 57: 63, 65: [2, 86], 72: [2, 86], 80: [2, 86], 81: [2, 86], 82: [2, 86], 83: [2, 86], 84: [2, 86], 85: [2, 86] }, { 33: [2, 40], 65: [2, 40], 72: [2, 40], 80: [2, 40], 81: [2, 40], 82: [2, 40], 83: [2, 40], 84: [2, 40], 85: [2, 40] }, { 33: [2, 41], 65: [2, 41], 72: [2, 41], 80: [2, 41], 81: [2, 41], 82: [2, 41], 83: [2, 41], 84: [2, 41], 85: [2, 41] }, { 20: 64, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 65, 47: [1, 66] }, { 30: 67, 33: [2, 58], 65: [2, 58], 72: [2, 58], 75: [2, 58], 80: [2, 58], 81: [2, 58], 82: [2, 58], 83: [2, 58], 84: [2, 58], 85: [2, 58] }, { 33: [2, 64], 35: 68, 65: [2, 64], 72: [2, 64], 75: [2, 64], 80: [2, 64], 81: [2, 64], 82: [2, 64], 83: [2, 64], 84: [2, 64], 85: [2, 64] }, { 21: 69, 23: [2, 50], 65: [2, 50], 72: [2, 50], 80: [2, 50], 81: [2, 50], 82: [2, 50], 83: [2, 50], 84: [2, 50], 85: [2, 50] }, { 33: [2, 90], 61: 70, 65: [2, 90], 72: [2, 90], 80: [2, 90], 81: [2, 90], 82: [2, 90], 83: [2, 90], 84: [2, 90], 85: [2, 90] }, { 20: 74, 33: [2, 80], 50: 71, 63: 72, 64: 75, 65: [1, 43], 69: 73, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 72: [1, 79] }, { 23: [2, 42], 33: [2, 42], 54: [2, 42], 65: [2, 42], 68: [2, 42], 72: [2, 42], 75: [2, 42], 80: [2, 42], 81: [2, 42], 82: [2, 42], 83: [2, 42], 84: [2, 42], 85: [2, 42], 87: [1, 50] }, { 20: 74, 53: 80, 54: [2, 84], 63: 81, 64: 75, 65: [1, 43], 69: 82, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 26: 83, 47: [1, 66] }, { 47: [2, 55] }, { 4: 84, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 39: [2, 46], 44: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 47: [2, 20] }, { 20: 85, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 4: 86, 6: 3, 14: [2, 46], 15: [2, 46], 19: [2, 46], 29: [2, 46], 34: [2, 46], 47: [2, 46], 48: [2, 46], 51: [2, 46], 55: [2, 46], 60: [2, 46] }, { 26: 87, 47: [1, 66] }, { 47: [2, 57] }, { 5: [2, 11], 14: [2, 11], 15: [2, 11], 19: [2, 11], 29: [2, 11], 34: [2, 11], 39: [2, 11], 44: [2, 11], 47: [2, 11], 48: [2, 11], 51: [2, 11], 55: [2, 11], 60: [2, 11] }, { 15: [2, 49], 18: [2, 49] }, { 20: 74, 33: [2, 88], 58: 88, 63: 89, 64: 75, 65: [1, 43], 69: 90, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 65: [2, 94], 66: 91, 68: [2, 94], 72: [2, 94], 80: [2, 94], 81: [2, 94], 82: [2, 94], 83: [2, 94], 84: [2, 94], 85: [2, 94] }, { 5: [2, 25], 14: [2, 25], 15: [2, 25], 19: [2, 25], 29: [2, 25], 34: [2, 25], 39: [2, 25], 44: [2, 25], 47: [2, 25], 48: [2, 25], 51: [2, 25], 55: [2, 25], 60: [2, 25] }, { 20: 92, 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 31: 93, 33: [2, 60], 63: 94, 64: 75, 65: [1, 43], 69: 95, 70: 76, 71: 77, 72: [1, 78], 75: [2, 60], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 66], 36: 96, 63: 97, 64: 75, 65: [1, 43], 69: 98, 70: 76, 71: 77, 72: [1, 78], 75: [2, 66], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 22: 99, 23: [2, 52], 63: 100, 64: 75, 65: [1, 43], 69: 101, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 20: 74, 33: [2, 92], 62: 102, 63: 103, 64: 75, 65: [1, 43], 69: 104, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 105] }, { 33: [2, 79], 65: [2, 79], 72: [2, 79], 80: [2, 79], 81: [2, 79], 82: [2, 79], 83: [2, 79], 84: [2, 79], 85: [2, 79] }, { 33: [2, 81] }, { 23: [2, 27], 33: [2, 27], 54: [2, 27], 65: [2, 27], 68: [2, 27], 72: [2, 27], 75: [2, 27], 80: [2, 27], 81: [2, 27], 82: [2, 27], 83: [2, 27], 84: [2, 27], 85: [2, 27] }, { 23: [2, 28], 33: [2, 28], 54: [2, 28], 65: [2, 28], 68: [2, 28], 72: [2, 28], 75: [2, 28], 80: [2, 28], 81: [2, 28], 82: [2, 28], 83: [2, 28], 84: [2, 28], 85: [2, 28] }, { 23: [2, 30], 33: [2, 30], 54: [2, 30], 68: [2, 30], 71: 106, 72: [1, 107], 75: [2, 30] }, { 23: [2, 98], 33: [2, 98], 54: [2, 98], 68: [2, 98], 72: [2, 98], 75: [2, 98] }, { 23: [2, 45], 33: [2, 45], 54: [2, 45], 65: [2, 45], 68: [2, 45], 72: [2, 45], 73: [1, 108], 75: [2, 45], 80: [2, 45], 81: [2, 45], 82: [2, 45], 83: [2, 45], 84: [2, 45], 85: [2, 45], 87: [2, 45] }, { 23: [2, 44], 33: [2, 44], 54: [2, 44], 65: [2, 44], 68: [2, 44], 72: [2, 44], 75: [2, 44], 80: [2, 44], 81: [2, 44], 82: [2, 44], 83: [2, 44], 84: [2, 44], 85: [2, 44], 87: [2, 44] }, { 54: [1, 109] }, { 54: [2, 83], 65: [2, 83], 72: [2, 83], 80: [2, 83], 81: [2, 83], 82: [2, 83], 83: [2, 83], 84: [2, 83], 85: [2, 83] }, { 54: [2, 85] }, { 5: [2, 13], 14: [2, 13], 15: [2, 13], 19: [2, 13], 29: [2, 13], 34: [2, 13], 39: [2, 13], 44: [2, 13], 47: [2, 13], 48: [2, 13], 51: [2, 13], 55: [2, 13], 60: [2, 13] }, { 38: 55, 39: [1, 57], 43: 56, 44: [1, 58], 45: 111, 46: 110, 47: [2, 76] }, { 33: [2, 70], 40: 112, 65: [2, 70], 72: [2, 70], 75: [2, 70], 80: [2, 70], 81: [2, 70], 82: [2, 70], 83: [2, 70], 84: [2, 70], 85: [2, 70] }, { 47: [2, 18] }, { 5: [2, 14], 14: [2, 14], 15: [2, 14], 19: [2, 14], 29: [2, 14], 34: [2, 14], 39: [2, 14], 44: [2, 14], 47: [2, 14], 48: [2, 14], 51: [2, 14], 55: [2, 14], 60: [2, 14] }, { 33: [1, 113] }, { 33: [2, 87], 65: [2, 87], 72: [2, 87], 80: [2, 87], 81: [2, 87], 82: [2, 87], 83: [2, 87], 84: [2, 87], 85: [2, 87] }, { 33: [2, 89] }, { 20: 74, 63: 115, 64: 75, 65: [1, 43], 67: 114, 68: [2, 96], 69: 116, 70: 76, 71: 77, 72: [1, 78], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 33: [1, 117] }, { 32: 118, 33: [2, 62], 74: 119, 75: [1, 120] }, { 33: [2, 59], 65: [2, 59], 72: [2, 59], 75: [2, 59], 80: [2, 59], 81: [2, 59], 82: [2, 59], 83: [2, 59], 84: [2, 59], 85: [2, 59] }, { 33: [2, 61], 75: [2, 61] }, { 33: [2, 68], 37: 121, 74: 122, 75: [1, 120] }, { 33: [2, 65], 65: [2, 65], 72: [2, 65], 75: [2, 65], 80: [2, 65], 81: [2, 65], 82: [2, 65], 83: [2, 65], 84: [2, 65], 85: [2, 65] }, { 33: [2, 67], 75: [2, 67] }, { 23: [1, 123] }, { 23: [2, 51], 65: [2, 51], 72: [2, 51], 80: [2, 51], 81: [2, 51], 82: [2, 51], 83: [2, 51], 84: [2, 51], 85: [2, 51] }, { 23: [2, 53] }, { 33: [1, 124] }, { 33: [2, 91], 65: [2, 91], 72: [2, 91], 80: [2, 91], 81: [2, 91], 82: [2, 91], 83: [2, 91], 84: [2, 91], 85: [2, 91] }, { 33: [2, 93] }, { 5: [2, 22], 14: [2, 22], 15: [2, 22], 19: [2, 22], 29: [2, 22], 34: [2, 22], 39: [2, 22], 44: [2, 22], 47: [2, 22], 48: [2, 22], 51: [2, 22], 55: [2, 22], 60: [2, 22] }, { 23: [2, 99], 33: [2, 99], 54: [2, 99], 68: [2, 99], 72: [2, 99], 75: [2, 99] }, { 73: [1, 108] }, { 20: 74, 63: 125, 64: 75, 65: [1, 43], 72: [1, 35], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 23], 14: [2, 23], 15: [2, 23], 19: [2, 23], 29: [2, 23], 34: [2, 23], 39: [2, 23], 44: [2, 23], 47: [2, 23], 48: [2, 23], 51: [2, 23], 55: [2, 23], 60: [2, 23] }, { 47: [2, 19] }, { 47: [2, 77] }, { 20: 74, 33: [2, 72], 41: 126, 63: 127, 64: 75, 65: [1, 43], 69: 128, 70: 76, 71: 77, 72: [1, 78], 75: [2, 72], 78: 26, 79: 27, 80: [1, 28], 81: [1, 29], 82: [1, 30], 83: [1, 31], 84: [1, 32], 85: [1, 34], 86: 33 }, { 5: [2, 24], 14: [2, 24], 15: [2, 24], 19: [2, 24], 29: [2, 24], 34: [2, 24], 39: [2, 24], 44: [2, 24], 47: [2, 24], 48: [2, 24], 51: [2, 24], 55: [2, 24], 60: [2, 24] }, { 68: [1, 129] }, { 65: [2, 95], 68: [2, 95], 72: [2, 95], 80: [2, 95], 81: [2, 95], 82: [2, 95], 83: [2, 95], 84: [2, 95], 85: [2, 95] }, { 68: [2, 97] }, { 5: [2, 21], 14: [2, 21], 15: [2, 21], 19: [2, 21], 29: [2, 21], 34: [2, 21], 39: [2, 21], 44: [2, 21], 47: [2, 21], 48: [2, 21], 51: [2, 21], 55: [2, 21], 60: [2, 21] }, { 33: [1, 130] }, { 33: [2, 63] }, { 72: [1, 132], 76: 131 }, { 33: [1, 133] }, { 33: [2, 69] }, { 15: [2, 12], 18: [2, 12] }, { 14: [2, 26], 15: [2, 26], 19: [2, 26], 29: [2, 26], 34: [2, 26], 47: [2, 26], 48: [2, 26], 51: [2, 26], 55: [2, 26], 60: [2, 26] }, { 23: [2, 31], 33: [2, 31], 54: [2, 31], 68: [2, 31], 72: [2, 31], 75: [2, 31] }, { 33: [2, 74], 42: 134, 74: 135, 75: [1, 120] }, { 33: [2, 71], 65: [2, 71], 72: [2, 71], 75: [2, 71], 80: [2, 71], 81: [2, 71], 82: [2, 71], 83: [2, 71], 84: [2, 71], 85: [2, 71] }, { 33: [2, 73], 75: [2, 73] }, { 23: [2, 29], 33: [2, 29], 54: [2, 29], 65: [2, 29], 68: [2, 29], 72: [2, 29], 75: [2, 29], 80: [2, 29], 81: [2, 29], 82: [2, 29], 83: [2, 29], 84: [2, 29], 85: [2, 29] }, { 14: [2, 15], 15: [2, 15], 19: [2, 15], 29: [2, 15], 34: [2, 15], 39: [2, 15], 44: [2, 15], 47: [2, 15], 48: [2, 15], 51: [2, 15], 55: [2, 15], 60: [2, 15] }, { 72: [1, 137], 77: [1, 136] }, { 72: [2, 100], 77: [2, 100] }, { 14: [2, 16], 15: [2, 16], 19: [2, 16], 29: [2, 16], 34: [2, 16], 44: [2, 16], 47: [2, 16], 48: [2, 16], 51: [2, 16], 55: [2, 16], 60: [2, 16] }, { 33: [1, 138] }, { 33: [2, 75] }, { 33: [2, 32] }, { 72: [2, 101], 77: [2, 101] }, { 14: [2, 17], 15: [2, 17], 19: [2, 17], 29: [2, 17], 34: [2, 17], 39: [2, 17], 44: [2, 17], 47: [2, 17], 48: [2, 17], 51: [2, 17], 55: [2, 17], 60: [2, 17] }],
        defaultActions: { 4: [2, 1], 54: [2, 55], 56: [2, 20], 60: [2, 57], 73: [2, 81], 82: [2, 85], 86: [2, 18], 90: [2, 89], 101: [2, 53], 104: [2, 93], 110: [2, 19], 111: [2, 77], 116: [2, 97], 119: [2, 63], 122: [2, 69], 135: [2, 75], 136: [2, 32] },
        parseError: function parseError(str, hash) {
          throw new Error(str);
        },
        parse: function parse2(input) {
          var self2 = this, stack = [0], vstack = [null], lstack = [], table = this.table, yytext = "", yylineno = 0, yyleng = 0, recovering = 0, TERROR = 2, EOF = 1;
          this.lexer.setInput(input);
          this.lexer.yy = this.yy;
          this.yy.lexer = this.lexer;
          this.yy.parser = this;
          if (typeof this.lexer.yylloc == "undefined") this.lexer.yylloc = {};
          var yyloc = this.lexer.yylloc;
          lstack.push(yyloc);
          var ranges = this.lexer.options && this.lexer.options.ranges;
          if (typeof this.yy.parseError === "function") this.parseError = this.yy.parseError;
          function popStack(n2) {
            stack.length = stack.length - 2 * n2;
            vstack.length = vstack.length - n2;
            lstack.length = lstack.length - n2;
          }
          function lex() {
            var token;
            token = self2.lexer.lex() || 1;
            if (typeof token !== "number") {
              token = self2.symbols_[token] || token;
            }
            return token;
          }
          var symbol, preErrorSymbol, state, action, a, r, yyval = {}, p, len, newState, expected;
          while (true) {
            state = stack[stack.length - 1];
            if (this.defaultActions[state]) {
              action = this.defaultActions[state];
            } else {
              if (symbol === null || typeof symbol == "undefined") {
                symbol = lex();
              }
              action = table[state] && table[state][symbol];
            }
            if (typeof action === "undefined" || !action.length || !action[0]) {
              var errStr = "";
              if (!recovering) {
                expected = [];
                for (p in table[state]) if (this.terminals_[p] && p > 2) {
                  expected.push("'" + this.terminals_[p] + "'");
                }
                if (this.lexer.showPosition) {
                  errStr = "Parse error on line " + (yylineno + 1) + ":\n" + this.lexer.showPosition() + "\nExpecting " + expected.join(", ") + ", got '" + (this.terminals_[symbol] || symbol) + "'";
                } else {
                  errStr = "Parse error on line " + (yylineno + 1) + ": Unexpected " + (symbol == 1 ? "end of input" : "'" + (this.terminals_[symbol] || symbol) + "'");
                }
                this.parseError(errStr, { text: this.lexer.match, token: this.terminals_[symbol] || symbol, line: this.lexer.yylineno, loc: yyloc, expected });
              }
            }
            if (action[0] instanceof Array && action.length > 1) {
              throw new Error("Parse Error: multiple actions possible at state: " + state + ", token: " + symbol);
            }
            switch (action[0]) {
              case 1:
                stack.push(symbol);
                vstack.push(this.lexer.yytext);
                lstack.push(this.lexer.yylloc);
                stack.push(action[1]);
                symbol = null;
                if (!preErrorSymbol) {
                  yyleng = this.lexer.yyleng;
                  yytext = this.lexer.yytext;
                  yylineno = this.lexer.yylineno;
                  yyloc = this.lexer.yylloc;
                  if (recovering > 0) recovering--;
                } else {
                  symbol = preErrorSymbol;
                  preErrorSymbol = null;
                }
                break;
              case 2:
                len = this.productions_[action[1]][1];
                yyval.$ = vstack[vstack.length - len];
                yyval._$ = { first_line: lstack[lstack.length - (len || 1)].first_line, last_line: lstack[lstack.length - 1].last_line, first_column: lstack[lstack.length - (len || 1)].first_column, last_column: lstack[lstack.length - 1].last_column };
                if (ranges) {
                  yyval._$.range = [lstack[lstack.length - (len || 1)].range[0], lstack[lstack.length - 1].range[1]];
                }
                r = this.performAction.call(yyval, yytext, yyleng, yylineno, this.yy, action[1], vstack, lstack);
                if (typeof r !== "undefined") {
                  return r;
                }
                if (len) {
                  stack = stack.slice(0, -1 * len * 2);
                  vstack = vstack.slice(0, -1 * len);
                  lstack = lstack.slice(0, -1 * len);
                }
                stack.push(this.productions_[action[1]][0]);
                vstack.push(yyval.$);
                lstack.push(yyval._$);
                newState = table[stack[stack.length - 2]][stack[stack.length - 1]];
                stack.push(newState);
                break;
              case 3:
                return true;
            }
          }
          return true;
        }
      };
      var lexer = (function() {
        var lexer2 = {
          EOF: 1,
          parseError: function parseError(str, hash) {
            if (this.yy.parser) {
              this.yy.parser.parseError(str, hash);
            } else {
              throw new Error(str);
            }
          },
          setInput: function setInput(input) {
            this._input = input;
            this._more = this._less = this.done = false;
            this.yylineno = this.yyleng = 0;
            this.yytext = this.matched = this.match = "";
            this.conditionStack = ["INITIAL"];
            this.yylloc = { first_line: 1, first_column: 0, last_line: 1, last_column: 0 };
            if (this.options.ranges) this.yylloc.range = [0, 0];
            this.offset = 0;
            return this;
          },
          input: function input() {
            var ch = this._input[0];
            this.yytext += ch;
            this.yyleng++;
            this.offset++;
            this.match += ch;
            this.matched += ch;
            var lines = ch.match(/(?:\r\n?|\n).*/g);
            if (lines) {
              this.yylineno++;
              this.yylloc.last_line++;
            } else {
              this.yylloc.last_column++;
            }
            if (this.options.ranges) this.yylloc.range[1]++;
            this._input = this._input.slice(1);
            return ch;
          },
          unput: function unput(ch) {
            var len = ch.length;
            var lines = ch.split(/(?:\r\n?|\n)/g);
            this._input = ch + this._input;
            this.yytext = this.yytext.substr(0, this.yytext.length - len - 1);
            this.offset -= len;
            var oldLines = this.match.split(/(?:\r\n?|\n)/g);
            this.match = this.match.substr(0, this.match.length - 1);
            this.matched = this.matched.substr(0, this.matched.length - 1);
            if (lines.length - 1) this.yylineno -= lines.length - 1;
            var r = this.yylloc.range;
            this.yylloc = {
              first_line: this.yylloc.first_line,
              last_line: this.yylineno + 1,
              first_column: this.yylloc.first_column,
              last_column: lines ? (lines.length === oldLines.length ? this.yylloc.first_column : 0) + oldLines[oldLines.length - lines.length].length - lines[0].length : this.yylloc.first_column - len
            };
            if (this.options.ranges) {
              this.yylloc.range = [r[0], r[0] + this.yyleng - len];
            }
            return this;
          },
          more: function more() {
            this._more = true;
            return this;
          },
          less: function less(n2) {
            this.unput(this.match.slice(n2));
          },
          pastInput: function pastInput() {
            var past = this.matched.substr(0, this.matched.length - this.match.length);
            return (past.length > 20 ? "..." : "") + past.substr(-20).replace(/\n/g, "");
          },
          upcomingInput: function upcomingInput() {
            var next = this.match;
            if (next.length < 20) {
              next += this._input.substr(0, 20 - next.length);
            }
            return (next.substr(0, 20) + (next.length > 20 ? "..." : "")).replace(/\n/g, "");
          },
          showPosition: function showPosition() {
            var pre = this.pastInput();
            var c = new Array(pre.length + 1).join("-");
            return pre + this.upcomingInput() + "\n" + c + "^";
          },
          next: function next() {
            if (this.done) {
              return this.EOF;
            }
            if (!this._input) this.done = true;
            var token, match, tempMatch, index, col, lines;
            if (!this._more) {
              this.yytext = "";
              this.match = "";
            }
            var rules = this._currentRules();
            for (var i = 0; i < rules.length; i++) {
              tempMatch = this._input.match(this.rules[rules[i]]);
              if (tempMatch && (!match || tempMatch[0].length > match[0].length)) {
                match = tempMatch;
                index = i;
                if (!this.options.flex) break;
              }
            }
            if (match) {
              lines = match[0].match(/(?:\r\n?|\n).*/g);
              if (lines) this.yylineno += lines.length;
              this.yylloc = {
                first_line: this.yylloc.last_line,
                last_line: this.yylineno + 1,
                first_column: this.yylloc.last_column,
                last_column: lines ? lines[lines.length - 1].length - lines[lines.length - 1].match(/\r?\n?/)[0].length : this.yylloc.last_column + match[0].length
              };
              this.yytext += match[0];
              this.match += match[0];
              this.matches = match;
              this.yyleng = this.yytext.length;
              if (this.options.ranges) {
                this.yylloc.range = [this.offset, this.offset += this.yyleng];
              }
              this._more = false;
              this._input = this._input.slice(match[0].length);
              this.matched += match[0];
              token = this.performAction.call(this, this.yy, this, rules[index], this.conditionStack[this.conditionStack.length - 1]);
              if (this.done && this._input) this.done = false;
              if (token) return token;
              else return;
            }
            if (this._input === "") {
              return this.EOF;
            } else {
              return this.parseError("Lexical error on line " + (this.yylineno + 1) + ". Unrecognized text.\n" + this.showPosition(), { text: "", token: null, line: this.yylineno });
            }
          },
          lex: function lex() {
            var r = this.next();
            if (typeof r !== "undefined") {
              return r;
            } else {
              return this.lex();
            }
          },
          begin: function begin(condition) {
            this.conditionStack.push(condition);
          },
          popState: function popState() {
            return this.conditionStack.pop();
          },
          _currentRules: function _currentRules() {
            return this.conditions[this.conditionStack[this.conditionStack.length - 1]].rules;
          },
          topState: function topState() {
            return this.conditionStack[this.conditionStack.length - 2];
          },
          pushState: function begin(condition) {
            this.begin(condition);
          }
        };
        lexer2.options = {};
        lexer2.performAction = function anonymous(yy, yy_, $avoiding_name_collisions, YY_START) {
          function strip(start, end) {
            return yy_.yytext = yy_.yytext.substring(start, yy_.yyleng - end + start);
          }
          var YYSTATE = YY_START;
          switch ($avoiding_name_collisions) {
            case 0:
              if (yy_.yytext.slice(-2) === "\\\\") {
                strip(0, 1);
                this.begin("mu");
              } else if (yy_.yytext.slice(-1) === "\\") {
                strip(0, 1);
                this.begin("emu");
              } else {
                this.begin("mu");
              }
              if (yy_.yytext) return 15;
              break;
            case 1:
              return 15;
              break;
            case 2:
              this.popState();
              return 15;
              break;
            case 3:
              this.begin("raw");
              return 15;
              break;
            case 4:
              this.popState();
              if (this.conditionStack[this.conditionStack.length - 1] === "raw") {
                return 15;
              } else {
                strip(5, 9);
                return "END_RAW_BLOCK";
              }
              break;
            case 5:
              return 15;
              break;
            case 6:
              this.popState();
              return 14;
              break;
            case 7:
              return 65;
              break;
            case 8:
              return 68;
              break;
            case 9:
              return 19;
              break;
            case 10:
              this.popState();
              this.begin("raw");
              return 23;
              break;
            case 11:
              return 55;
              break;
            case 12:
              return 60;
              break;
            case 13:
              return 29;
              break;
            case 14:
              return 47;
              break;
            case 15:
              this.popState();
              return 44;
              break;
            case 16:
              this.popState();
              return 44;
              break;
            case 17:
              return 34;
              break;
            case 18:
              return 39;
              break;
            case 19:
              return 51;
              break;
            case 20:
              return 48;
              break;
            case 21:
              this.unput(yy_.yytext);
              this.popState();
              this.begin("com");
              break;
            case 22:
              this.popState();
              return 14;
              break;
            case 23:
              return 48;
              break;
            case 24:
              return 73;
              break;
            case 25:
              return 72;
              break;
            case 26:
              return 72;
              break;
            case 27:
              return 87;
              break;
            case 28:
              break;
            case 29:
              this.popState();
              return 54;
              break;
            case 30:
              this.popState();
              return 33;
              break;
            case 31:
              yy_.yytext = strip(1, 2).replace(/\\"/g, '"');
              return 80;
              break;
            case 32:
              yy_.yytext = strip(1, 2).replace(/\\'/g, "'");
              return 80;
              break;
            case 33:
              return 85;
              break;
            case 34:
              return 82;
              break;
            case 35:
              return 82;
              break;
            case 36:
              return 83;
              break;
            case 37:
              return 84;
              break;
            case 38:
              return 81;
              break;
            case 39:
              return 75;
              break;
            case 40:
              return 77;
              break;
            case 41:
              return 72;
              break;
            case 42:
              yy_.yytext = yy_.yytext.replace(/\\([\\\]])/g, "$1");
              return 72;
              break;
            case 43:
              return "INVALID";
              break;
            case 44:
              return 5;
              break;
          }
        };
        lexer2.rules = [/^(?:[^\x00]*?(?=(\{\{)))/, /^(?:[^\x00]+)/, /^(?:[^\x00]{2,}?(?=(\{\{|\\\{\{|\\\\\{\{|$)))/, /^(?:\{\{\{\{(?=[^\/]))/, /^(?:\{\{\{\{\/[^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=[=}\s\/.])\}\}\}\})/, /^(?:[^\x00]+?(?=(\{\{\{\{)))/, /^(?:[\s\S]*?--(~)?\}\})/, /^(?:\()/, /^(?:\))/, /^(?:\{\{\{\{)/, /^(?:\}\}\}\})/, /^(?:\{\{(~)?>)/, /^(?:\{\{(~)?#>)/, /^(?:\{\{(~)?#\*?)/, /^(?:\{\{(~)?\/)/, /^(?:\{\{(~)?\^\s*(~)?\}\})/, /^(?:\{\{(~)?\s*else\s*(~)?\}\})/, /^(?:\{\{(~)?\^)/, /^(?:\{\{(~)?\s*else\b)/, /^(?:\{\{(~)?\{)/, /^(?:\{\{(~)?&)/, /^(?:\{\{(~)?!--)/, /^(?:\{\{(~)?![\s\S]*?\}\})/, /^(?:\{\{(~)?\*?)/, /^(?:=)/, /^(?:\.\.)/, /^(?:\.(?=([=~}\s\/.)|])))/, /^(?:[\/.])/, /^(?:\s+)/, /^(?:\}(~)?\}\})/, /^(?:(~)?\}\})/, /^(?:"(\\["]|[^"])*")/, /^(?:'(\\[']|[^'])*')/, /^(?:@)/, /^(?:true(?=([~}\s)])))/, /^(?:false(?=([~}\s)])))/, /^(?:undefined(?=([~}\s)])))/, /^(?:null(?=([~}\s)])))/, /^(?:-?[0-9]+(?:\.[0-9]+)?(?=([~}\s)])))/, /^(?:as\s+\|)/, /^(?:\|)/, /^(?:([^\s!"#%-,\.\/;->@\[-\^`\{-~]+(?=([=~}\s\/.)|]))))/, /^(?:\[(\\\]|[^\]])*\])/, /^(?:.)/, /^(?:$)/];
        lexer2.conditions = { "mu": { "rules": [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44], "inclusive": false }, "emu": { "rules": [2], "inclusive": false }, "com": { "rules": [6], "inclusive": false }, "raw": { "rules": [3, 4, 5], "inclusive": false }, "INITIAL": { "rules": [0, 1, 44], "inclusive": true } };
        return lexer2;
      })();
      parser.lexer = lexer;
      function Parser() {
        this.yy = {};
      }
      Parser.prototype = parser;
      parser.Parser = Parser;
      return new Parser();
    })();
    exports["default"] = handlebars;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js
var require_node_types = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/node-types.js"(exports) {
    "use strict";
    exports.__esModule = true;
    var NODE_TYPES = ["Program", "BlockStatement", "DecoratorBlock", "PartialStatement", "PartialBlockStatement", "Decorator", "MustacheStatement", "ContentStatement", "CommentStatement", "SubExpression", "PathExpression", "StringLiteral", "NumberLiteral", "BooleanLiteral", "UndefinedLiteral", "NullLiteral", "Hash", "HashPair"];
    exports.NODE_TYPES = NODE_TYPES;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js
var require_visitor = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/visitor.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _nodeTypes = require_node_types();
    function Visitor() {
      this.parents = [];
    }
    function isDispatchable(visitor, type) {
      return _utils.indexOf(_nodeTypes.NODE_TYPES, type) !== -1 || !(type in Visitor.prototype) && typeof visitor[type] === "function";
    }
    Visitor.prototype = {
      constructor: Visitor,
      mutating: false,
      // Visits a given value. If mutating, will replace the value if necessary.
      acceptKey: function acceptKey(node2, name) {
        var value = this.accept(node2[name]);
        if (this.mutating) {
          if (value && !isDispatchable(this, value.type)) {
            throw new _exception2["default"]('Unexpected node type "' + value.type + '" found when accepting ' + name + " on " + node2.type);
          }
          node2[name] = value;
        }
      },
      // Performs an accept operation with added sanity check to ensure
      // required keys are not removed.
      acceptRequired: function acceptRequired(node2, name) {
        this.acceptKey(node2, name);
        if (!node2[name]) {
          throw new _exception2["default"](node2.type + " requires " + name);
        }
      },
      // Traverses a given array. If mutating, empty respnses will be removed
      // for child elements.
      acceptArray: function acceptArray(array2) {
        for (var i = 0, l = array2.length; i < l; i++) {
          this.acceptKey(array2, i);
          if (!array2[i]) {
            array2.splice(i, 1);
            i--;
            l--;
          }
        }
      },
      accept: function accept(object2) {
        if (!object2) {
          return;
        }
        if (!isDispatchable(this, object2.type) || !this[object2.type]) {
          throw new _exception2["default"]("Unknown type: " + object2.type, object2);
        }
        if (this.current) {
          this.parents.unshift(this.current);
        }
        this.current = object2;
        var ret = this[object2.type](object2);
        this.current = this.parents.shift();
        if (!this.mutating || ret) {
          return ret;
        } else if (ret !== false) {
          return object2;
        }
      },
      Program: function Program(program) {
        this.acceptArray(program.body);
      },
      MustacheStatement: visitSubExpression,
      Decorator: visitSubExpression,
      BlockStatement: visitBlock,
      DecoratorBlock: visitBlock,
      PartialStatement: visitPartial,
      PartialBlockStatement: function PartialBlockStatement(partial2) {
        visitPartial.call(this, partial2);
        this.acceptKey(partial2, "program");
      },
      ContentStatement: function ContentStatement() {
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: visitSubExpression,
      PathExpression: function PathExpression() {
      },
      StringLiteral: function StringLiteral() {
      },
      NumberLiteral: function NumberLiteral() {
      },
      BooleanLiteral: function BooleanLiteral() {
      },
      UndefinedLiteral: function UndefinedLiteral() {
      },
      NullLiteral: function NullLiteral() {
      },
      Hash: function Hash(hash) {
        this.acceptArray(hash.pairs);
      },
      HashPair: function HashPair(pair) {
        this.acceptRequired(pair, "value");
      }
    };
    function visitSubExpression(mustache) {
      this.acceptRequired(mustache, "path");
      this.acceptArray(mustache.params);
      this.acceptKey(mustache, "hash");
    }
    function visitBlock(block) {
      visitSubExpression.call(this, block);
      this.acceptKey(block, "program");
      this.acceptKey(block, "inverse");
    }
    function visitPartial(partial2) {
      this.acceptRequired(partial2, "name");
      this.acceptArray(partial2.params);
      this.acceptKey(partial2, "hash");
    }
    exports["default"] = Visitor;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js
var require_whitespace_control = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/whitespace-control.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function WhitespaceControl() {
      var options = arguments.length <= 0 || arguments[0] === void 0 ? {} : arguments[0];
      this.options = options;
    }
    WhitespaceControl.prototype = new _visitor2["default"]();
    WhitespaceControl.prototype.Program = function(program) {
      var doStandalone = !this.options.ignoreStandalone;
      var isRoot = !this.isRootSeen;
      this.isRootSeen = true;
      var body = program.body;
      for (var i = 0, l = body.length; i < l; i++) {
        var current = body[i], strip = this.accept(current);
        if (!strip) {
          continue;
        }
        var _isPrevWhitespace = isPrevWhitespace(body, i, isRoot), _isNextWhitespace = isNextWhitespace(body, i, isRoot), openStandalone = strip.openStandalone && _isPrevWhitespace, closeStandalone = strip.closeStandalone && _isNextWhitespace, inlineStandalone = strip.inlineStandalone && _isPrevWhitespace && _isNextWhitespace;
        if (strip.close) {
          omitRight(body, i, true);
        }
        if (strip.open) {
          omitLeft(body, i, true);
        }
        if (doStandalone && inlineStandalone) {
          omitRight(body, i);
          if (omitLeft(body, i)) {
            if (current.type === "PartialStatement") {
              current.indent = /(?:^|[^ \t])([ \t]+)$/.exec(body[i - 1].original)[1];
            }
          }
        }
        if (doStandalone && openStandalone) {
          omitRight((current.program || current.inverse).body);
          omitLeft(body, i);
        }
        if (doStandalone && closeStandalone) {
          omitRight(body, i);
          omitLeft((current.inverse || current.program).body);
        }
      }
      return program;
    };
    WhitespaceControl.prototype.BlockStatement = WhitespaceControl.prototype.DecoratorBlock = WhitespaceControl.prototype.PartialBlockStatement = function(block) {
      this.accept(block.program);
      this.accept(block.inverse);
      var program = block.program || block.inverse, inverse = block.program && block.inverse, firstInverse = inverse, lastInverse = inverse;
      if (inverse && inverse.chained) {
        firstInverse = inverse.body[0].program;
        while (lastInverse.chained) {
          lastInverse = lastInverse.body[lastInverse.body.length - 1].program;
        }
      }
      var strip = {
        open: block.openStrip.open,
        close: block.closeStrip.close,
        // Determine the standalone candiacy. Basically flag our content as being possibly standalone
        // so our parent can determine if we actually are standalone
        openStandalone: isNextWhitespace(program.body),
        closeStandalone: isPrevWhitespace((firstInverse || program).body)
      };
      if (block.openStrip.close) {
        omitRight(program.body, null, true);
      }
      if (inverse) {
        var inverseStrip = block.inverseStrip;
        if (inverseStrip.open) {
          omitLeft(program.body, null, true);
        }
        if (inverseStrip.close) {
          omitRight(firstInverse.body, null, true);
        }
        if (block.closeStrip.open) {
          omitLeft(lastInverse.body, null, true);
        }
        if (!this.options.ignoreStandalone && isPrevWhitespace(program.body) && isNextWhitespace(firstInverse.body)) {
          omitLeft(program.body);
          omitRight(firstInverse.body);
        }
      } else if (block.closeStrip.open) {
        omitLeft(program.body, null, true);
      }
      return strip;
    };
    WhitespaceControl.prototype.Decorator = WhitespaceControl.prototype.MustacheStatement = function(mustache) {
      return mustache.strip;
    };
    WhitespaceControl.prototype.PartialStatement = WhitespaceControl.prototype.CommentStatement = function(node2) {
      var strip = node2.strip || {};
      return {
        inlineStandalone: true,
        open: strip.open,
        close: strip.close
      };
    };
    function isPrevWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = body.length;
      }
      var prev = body[i - 1], sibling = body[i - 2];
      if (!prev) {
        return isRoot;
      }
      if (prev.type === "ContentStatement") {
        return (sibling || !isRoot ? /(?:^|\S)[^\S\n]*\n\s*$/ : /^\s*$|(?:^|\S)[^\S\n]*\n\s*$/).test(prev.original);
      }
    }
    function isNextWhitespace(body, i, isRoot) {
      if (i === void 0) {
        i = -1;
      }
      var next = body[i + 1], sibling = body[i + 2];
      if (!next) {
        return isRoot;
      }
      if (next.type === "ContentStatement") {
        return (sibling || !isRoot ? /^\s*?\r?\n/ : /^\s*?(\r?\n|$)/).test(next.original);
      }
    }
    function omitRight(body, i, multiple) {
      var current = body[i == null ? 0 : i + 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.rightStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /^\s+/ : /^[ \t]*\r?\n?/, "");
      current.rightStripped = current.value !== original;
    }
    function omitLeft(body, i, multiple) {
      var current = body[i == null ? body.length - 1 : i - 1];
      if (!current || current.type !== "ContentStatement" || !multiple && current.leftStripped) {
        return;
      }
      var original = current.value;
      current.value = current.value.replace(multiple ? /(^|\S)\s+$/ : /(^|[^ \t])[ \t]+$/, "$1");
      current.leftStripped = current.value !== original;
      return current.leftStripped;
    }
    exports["default"] = WhitespaceControl;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js
var require_helpers2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/helpers.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.SourceLocation = SourceLocation;
    exports.id = id;
    exports.stripFlags = stripFlags;
    exports.stripComment = stripComment;
    exports.preparePath = preparePath;
    exports.prepareMustache = prepareMustache;
    exports.prepareRawBlock = prepareRawBlock;
    exports.prepareBlock = prepareBlock;
    exports.prepareProgram = prepareProgram;
    exports.preparePartialBlock = preparePartialBlock;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    function validateClose(open3, close) {
      close = close.path ? close.path.original : close;
      if (open3.path.original !== close) {
        var errorNode = { loc: open3.path.loc };
        throw new _exception2["default"](open3.path.original + " doesn't match " + close, errorNode);
      }
    }
    function SourceLocation(source, locInfo) {
      this.source = source;
      this.start = {
        line: locInfo.first_line,
        column: locInfo.first_column
      };
      this.end = {
        line: locInfo.last_line,
        column: locInfo.last_column
      };
    }
    function id(token) {
      if (/^\[.*\]$/.test(token)) {
        return token.substring(1, token.length - 1);
      } else {
        return token;
      }
    }
    function stripFlags(open3, close) {
      return {
        open: open3.charAt(2) === "~",
        close: close.charAt(close.length - 3) === "~"
      };
    }
    function stripComment(comment) {
      return comment.replace(/^\{\{~?!-?-?/, "").replace(/-?-?~?\}\}$/, "");
    }
    function preparePath(data, parts, loc) {
      loc = this.locInfo(loc);
      var original = data ? "@" : "", dig = [], depth = 0;
      for (var i = 0, l = parts.length; i < l; i++) {
        var part = parts[i].part, isLiteral = parts[i].original !== part;
        original += (parts[i].separator || "") + part;
        if (!isLiteral && (part === ".." || part === "." || part === "this")) {
          if (dig.length > 0) {
            throw new _exception2["default"]("Invalid path: " + original, { loc });
          } else if (part === "..") {
            depth++;
          }
        } else {
          dig.push(part);
        }
      }
      return {
        type: "PathExpression",
        data,
        depth,
        parts: dig,
        original,
        loc
      };
    }
    function prepareMustache(path, params, hash, open3, strip, locInfo) {
      var escapeFlag = open3.charAt(3) || open3.charAt(2), escaped = escapeFlag !== "{" && escapeFlag !== "&";
      var decorator = /\*/.test(open3);
      return {
        type: decorator ? "Decorator" : "MustacheStatement",
        path,
        params,
        hash,
        escaped,
        strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareRawBlock(openRawBlock, contents, close, locInfo) {
      validateClose(openRawBlock, close);
      locInfo = this.locInfo(locInfo);
      var program = {
        type: "Program",
        body: contents,
        strip: {},
        loc: locInfo
      };
      return {
        type: "BlockStatement",
        path: openRawBlock.path,
        params: openRawBlock.params,
        hash: openRawBlock.hash,
        program,
        openStrip: {},
        inverseStrip: {},
        closeStrip: {},
        loc: locInfo
      };
    }
    function prepareBlock(openBlock, program, inverseAndProgram, close, inverted, locInfo) {
      if (close && close.path) {
        validateClose(openBlock, close);
      }
      var decorator = /\*/.test(openBlock.open);
      program.blockParams = openBlock.blockParams;
      var inverse = void 0, inverseStrip = void 0;
      if (inverseAndProgram) {
        if (decorator) {
          throw new _exception2["default"]("Unexpected inverse block on decorator", inverseAndProgram);
        }
        if (inverseAndProgram.chain) {
          inverseAndProgram.program.body[0].closeStrip = close.strip;
        }
        inverseStrip = inverseAndProgram.strip;
        inverse = inverseAndProgram.program;
      }
      if (inverted) {
        inverted = inverse;
        inverse = program;
        program = inverted;
      }
      return {
        type: decorator ? "DecoratorBlock" : "BlockStatement",
        path: openBlock.path,
        params: openBlock.params,
        hash: openBlock.hash,
        program,
        inverse,
        openStrip: openBlock.strip,
        inverseStrip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
    function prepareProgram(statements, loc) {
      if (!loc && statements.length) {
        var firstLoc = statements[0].loc, lastLoc = statements[statements.length - 1].loc;
        if (firstLoc && lastLoc) {
          loc = {
            source: firstLoc.source,
            start: {
              line: firstLoc.start.line,
              column: firstLoc.start.column
            },
            end: {
              line: lastLoc.end.line,
              column: lastLoc.end.column
            }
          };
        }
      }
      return {
        type: "Program",
        body: statements,
        strip: {},
        loc
      };
    }
    function preparePartialBlock(open3, program, close, locInfo) {
      validateClose(open3, close);
      return {
        type: "PartialBlockStatement",
        name: open3.path,
        params: open3.params,
        hash: open3.hash,
        program,
        openStrip: open3.strip,
        closeStrip: close && close.strip,
        loc: this.locInfo(locInfo)
      };
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/base.js
var require_base2 = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/base.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.parseWithoutProcessing = parseWithoutProcessing;
    exports.parse = parse2;
    function _interopRequireWildcard(obj) {
      if (obj && obj.__esModule) {
        return obj;
      } else {
        var newObj = {};
        if (obj != null) {
          for (var key in obj) {
            if (Object.prototype.hasOwnProperty.call(obj, key)) newObj[key] = obj[key];
          }
        }
        newObj["default"] = obj;
        return newObj;
      }
    }
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _parser = require_parser();
    var _parser2 = _interopRequireDefault(_parser);
    var _whitespaceControl = require_whitespace_control();
    var _whitespaceControl2 = _interopRequireDefault(_whitespaceControl);
    var _helpers = require_helpers2();
    var Helpers = _interopRequireWildcard(_helpers);
    var _utils = require_utils();
    exports.parser = _parser2["default"];
    var yy = {};
    _utils.extend(yy, Helpers);
    function parseWithoutProcessing(input, options) {
      if (input.type === "Program") {
        return input;
      }
      _parser2["default"].yy = yy;
      yy.locInfo = function(locInfo) {
        return new yy.SourceLocation(options && options.srcName, locInfo);
      };
      var ast = _parser2["default"].parse(input);
      return ast;
    }
    function parse2(input, options) {
      var ast = parseWithoutProcessing(input, options);
      var strip = new _whitespaceControl2["default"](options);
      return strip.accept(ast);
    }
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js
var require_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/compiler.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.Compiler = Compiler;
    exports.precompile = precompile;
    exports.compile = compile;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _ast = require_ast();
    var _ast2 = _interopRequireDefault(_ast);
    var _nodeTypes = require_node_types();
    var slice = [].slice;
    function Compiler() {
    }
    Compiler.prototype = {
      compiler: Compiler,
      equals: function equals(other) {
        var len = this.opcodes.length;
        if (other.opcodes.length !== len) {
          return false;
        }
        for (var i = 0; i < len; i++) {
          var opcode = this.opcodes[i], otherOpcode = other.opcodes[i];
          if (opcode.opcode !== otherOpcode.opcode || !argEquals(opcode.args, otherOpcode.args)) {
            return false;
          }
        }
        len = this.children.length;
        for (var i = 0; i < len; i++) {
          if (!this.children[i].equals(other.children[i])) {
            return false;
          }
        }
        return true;
      },
      guid: 0,
      compile: function compile2(program, options) {
        this.sourceNode = [];
        this.opcodes = [];
        this.children = [];
        this.options = options;
        this.stringParams = options.stringParams;
        this.trackIds = options.trackIds;
        options.blockParams = options.blockParams || [];
        options.knownHelpers = _utils.extend(/* @__PURE__ */ Object.create(null), {
          helperMissing: true,
          blockHelperMissing: true,
          each: true,
          "if": true,
          unless: true,
          "with": true,
          log: true,
          lookup: true
        }, options.knownHelpers);
        return this.accept(program);
      },
      compileProgram: function compileProgram(program) {
        var childCompiler = new this.compiler(), result = childCompiler.compile(program, this.options), guid2 = this.guid++;
        this.usePartial = this.usePartial || result.usePartial;
        this.children[guid2] = result;
        this.useDepths = this.useDepths || result.useDepths;
        return guid2;
      },
      accept: function accept(node2) {
        if (_utils.indexOf(_nodeTypes.NODE_TYPES, node2.type) === -1 || !this[node2.type]) {
          throw new _exception2["default"]("Unknown type: " + node2.type, node2);
        }
        this.sourceNode.unshift(node2);
        var ret = this[node2.type](node2);
        this.sourceNode.shift();
        return ret;
      },
      Program: function Program(program) {
        validateBlockParams(program);
        this.options.blockParams.unshift(program.blockParams);
        var body = program.body, bodyLength = body.length;
        for (var i = 0; i < bodyLength; i++) {
          this.accept(body[i]);
        }
        this.options.blockParams.shift();
        this.isSimple = bodyLength === 1;
        this.blockParams = program.blockParams ? program.blockParams.length : 0;
        return this;
      },
      BlockStatement: function BlockStatement(block) {
        transformLiteralToPath(block);
        var program = block.program, inverse = block.inverse;
        program = program && this.compileProgram(program);
        inverse = inverse && this.compileProgram(inverse);
        var type = this.classifySexpr(block);
        if (type === "helper") {
          this.helperSexpr(block, program, inverse);
        } else if (type === "simple") {
          this.simpleSexpr(block);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("blockValue", block.path.original);
        } else {
          this.ambiguousSexpr(block, program, inverse);
          this.opcode("pushProgram", program);
          this.opcode("pushProgram", inverse);
          this.opcode("emptyHash");
          this.opcode("ambiguousBlockValue");
        }
        this.opcode("append");
      },
      DecoratorBlock: function DecoratorBlock(decorator) {
        var program = decorator.program && this.compileProgram(decorator.program);
        var params = this.setupFullMustacheParams(decorator, program, void 0), path = decorator.path;
        this.useDecorators = true;
        this.opcode("registerDecorator", params.length, path.original);
      },
      PartialStatement: function PartialStatement(partial2) {
        this.usePartial = true;
        var program = partial2.program;
        if (program) {
          program = this.compileProgram(partial2.program);
        }
        var params = partial2.params;
        if (params.length > 1) {
          throw new _exception2["default"]("Unsupported number of partial arguments: " + params.length, partial2);
        } else if (!params.length) {
          if (this.options.explicitPartialContext) {
            this.opcode("pushLiteral", "undefined");
          } else {
            params.push({ type: "PathExpression", parts: [], depth: 0 });
          }
        }
        var partialName2 = partial2.name.original, isDynamic = partial2.name.type === "SubExpression";
        if (isDynamic) {
          this.accept(partial2.name);
        }
        this.setupFullMustacheParams(partial2, program, void 0, true);
        var indent = partial2.indent || "";
        if (this.options.preventIndent && indent) {
          this.opcode("appendContent", indent);
          indent = "";
        }
        this.opcode("invokePartial", isDynamic, partialName2, indent);
        this.opcode("append");
      },
      PartialBlockStatement: function PartialBlockStatement(partialBlock) {
        this.PartialStatement(partialBlock);
      },
      MustacheStatement: function MustacheStatement(mustache) {
        this.SubExpression(mustache);
        if (mustache.escaped && !this.options.noEscape) {
          this.opcode("appendEscaped");
        } else {
          this.opcode("append");
        }
      },
      Decorator: function Decorator(decorator) {
        this.DecoratorBlock(decorator);
      },
      ContentStatement: function ContentStatement(content) {
        if (content.value != null && typeof content.value !== "string") {
          throw invalidAst(content, "value must be a string");
        }
        if (content.value) {
          this.opcode("appendContent", content.value);
        }
      },
      CommentStatement: function CommentStatement() {
      },
      SubExpression: function SubExpression(sexpr) {
        transformLiteralToPath(sexpr);
        var type = this.classifySexpr(sexpr);
        if (type === "simple") {
          this.simpleSexpr(sexpr);
        } else if (type === "helper") {
          this.helperSexpr(sexpr);
        } else {
          this.ambiguousSexpr(sexpr);
        }
      },
      ambiguousSexpr: function ambiguousSexpr(sexpr, program, inverse) {
        var path = sexpr.path, name = path.parts[0], isBlock = program != null || inverse != null;
        this.opcode("getContext", validateDepth(path));
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        path.strict = true;
        this.accept(path);
        this.opcode("invokeAmbiguous", name, isBlock);
      },
      simpleSexpr: function simpleSexpr(sexpr) {
        var path = sexpr.path;
        path.strict = true;
        this.accept(path);
        this.opcode("resolvePossibleLambda");
      },
      helperSexpr: function helperSexpr(sexpr, program, inverse) {
        var params = this.setupFullMustacheParams(sexpr, program, inverse), path = sexpr.path, name = path.parts[0];
        if (this.options.knownHelpers[name]) {
          this.opcode("invokeKnownHelper", params.length, name);
        } else if (this.options.knownHelpersOnly) {
          throw new _exception2["default"]("You specified knownHelpersOnly, but used the unknown helper " + name, sexpr);
        } else {
          path.strict = true;
          path.falsy = true;
          this.accept(path);
          this.opcode("invokeHelper", params.length, path.original, _ast2["default"].helpers.simpleId(path));
        }
      },
      PathExpression: function PathExpression(path) {
        var depth = validateDepth(path);
        var parts = validateParts(path);
        this.addDepth(depth);
        this.opcode("getContext", depth);
        var name = parts[0], scoped = _ast2["default"].helpers.scopedId(path), blockParamId = !depth && !scoped && this.blockParamIndex(name);
        if (blockParamId) {
          this.opcode("lookupBlockParam", blockParamId, parts);
        } else if (!name) {
          this.opcode("pushContext");
        } else if (path.data) {
          this.options.data = true;
          this.opcode("lookupData", depth, parts, path.strict);
        } else {
          this.opcode("lookupOnContext", parts, path.falsy, path.strict, scoped);
        }
      },
      StringLiteral: function StringLiteral(string3) {
        validateLiteral(string3);
        this.opcode("pushString", string3.value);
      },
      NumberLiteral: function NumberLiteral(number3) {
        validateLiteral(number3);
        this.opcode("pushLiteral", number3.value);
      },
      BooleanLiteral: function BooleanLiteral(bool) {
        validateLiteral(bool);
        this.opcode("pushLiteral", bool.value);
      },
      UndefinedLiteral: function UndefinedLiteral() {
        this.opcode("pushLiteral", "undefined");
      },
      NullLiteral: function NullLiteral() {
        this.opcode("pushLiteral", "null");
      },
      Hash: function Hash(hash) {
        var pairs = hash.pairs, i = 0, l = void 0;
        if (!_utils.isArray(pairs)) {
          throw invalidAst(hash, "pairs must be an array");
        }
        l = pairs.length;
        for (var j = 0; j < l; j++) {
          if (!pairs[j] || typeof pairs[j].key !== "string") {
            throw invalidAst(hash, "pair keys must be strings");
          }
        }
        this.opcode("pushHash");
        for (; i < l; i++) {
          this.pushParam(pairs[i].value);
        }
        while (i--) {
          this.opcode("assignToHash", pairs[i].key);
        }
        this.opcode("popHash");
      },
      // HELPERS
      opcode: function opcode(name) {
        this.opcodes.push({
          opcode: name,
          args: slice.call(arguments, 1),
          loc: this.sourceNode[0].loc
        });
      },
      addDepth: function addDepth(depth) {
        if (!depth) {
          return;
        }
        this.useDepths = true;
      },
      classifySexpr: function classifySexpr(sexpr) {
        validateParts(sexpr.path);
        var isSimple = _ast2["default"].helpers.simpleId(sexpr.path);
        var isBlockParam = isSimple && !!this.blockParamIndex(sexpr.path.parts[0]);
        var isHelper = !isBlockParam && _ast2["default"].helpers.helperExpression(sexpr);
        var isEligible = !isBlockParam && (isHelper || isSimple);
        if (isEligible && !isHelper) {
          var _name = sexpr.path.parts[0], options = this.options;
          if (options.knownHelpers[_name]) {
            isHelper = true;
          } else if (options.knownHelpersOnly) {
            isEligible = false;
          }
        }
        if (isHelper) {
          return "helper";
        } else if (isEligible) {
          return "ambiguous";
        } else {
          return "simple";
        }
      },
      pushParams: function pushParams(params) {
        for (var i = 0, l = params.length; i < l; i++) {
          this.pushParam(params[i]);
        }
      },
      pushParam: function pushParam(val) {
        validateLiteral(val);
        var value = val.value != null ? val.value : val.original || "";
        var depth = validateDepth(val);
        if (this.stringParams) {
          if (typeof value !== "number" && typeof value !== "boolean") {
            value = String(value);
          }
          if (value.replace) {
            value = value.replace(/^(\.?\.\/)*/g, "").replace(/\//g, ".");
          }
          if (depth) {
            this.addDepth(depth);
          }
          this.opcode("getContext", depth);
          this.opcode("pushStringParam", value, val.type);
          if (val.type === "SubExpression") {
            this.accept(val);
          }
        } else {
          if (this.trackIds) {
            var blockParamIndex = void 0;
            if (val.parts && !_ast2["default"].helpers.scopedId(val) && !depth) {
              blockParamIndex = this.blockParamIndex(validateParts(val)[0]);
            }
            if (blockParamIndex) {
              var blockParamChild = val.parts.slice(1).join(".");
              this.opcode("pushId", "BlockParam", blockParamIndex, blockParamChild);
            } else {
              value = val.original || value;
              if (value.replace) {
                value = value.replace(/^this(?:\.|$)/, "").replace(/^\.\//, "").replace(/^\.$/, "");
              }
              this.opcode("pushId", val.type, value);
            }
          }
          this.accept(val);
        }
      },
      setupFullMustacheParams: function setupFullMustacheParams(sexpr, program, inverse, omitEmpty) {
        var params = sexpr.params;
        this.pushParams(params);
        this.opcode("pushProgram", program);
        this.opcode("pushProgram", inverse);
        if (sexpr.hash) {
          this.accept(sexpr.hash);
        } else {
          this.opcode("emptyHash", omitEmpty);
        }
        return params;
      },
      blockParamIndex: function blockParamIndex(name) {
        for (var depth = 0, len = this.options.blockParams.length; depth < len; depth++) {
          var blockParams = this.options.blockParams[depth], param = blockParams && _utils.indexOf(blockParams, name);
          if (blockParams && param >= 0) {
            return [depth, param];
          }
        }
      }
    };
    function precompile(input, options, env) {
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.precompile. You passed " + input);
      }
      options = options || {};
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options);
      return new env.JavaScriptCompiler().compile(environment, options);
    }
    function compile(input, options, env) {
      if (options === void 0) options = {};
      if (input == null || typeof input !== "string" && input.type !== "Program") {
        throw new _exception2["default"]("You must pass a string or Handlebars AST to Handlebars.compile. You passed " + input);
      }
      options = _utils.extend({}, options);
      if (!("data" in options)) {
        options.data = true;
      }
      if (options.compat) {
        options.useDepths = true;
      }
      var compiled = void 0;
      function compileInput() {
        var ast = env.parse(input, options), environment = new env.Compiler().compile(ast, options), templateSpec = new env.JavaScriptCompiler().compile(environment, options, void 0, true);
        return env.template(templateSpec);
      }
      function ret(context, execOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled.call(this, context, execOptions);
      }
      ret._setup = function(setupOptions) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._setup(setupOptions);
      };
      ret._child = function(i, data, blockParams, depths) {
        if (!compiled) {
          compiled = compileInput();
        }
        return compiled._child(i, data, blockParams, depths);
      };
      return ret;
    }
    function invalidAst(node2, message) {
      return new _exception2["default"]("Invalid AST: " + node2.type + " " + message, node2);
    }
    function validateDepth(node2) {
      var depth = node2.depth;
      if (depth == null) {
        return 0;
      }
      if (typeof depth !== "number" || !isFinite(depth) || Math.floor(depth) !== depth || depth < 0) {
        throw invalidAst(node2, "depth must be a non-negative integer");
      }
      return depth;
    }
    function validateLiteral(node2) {
      var value = node2.value;
      if (node2.type === "StringLiteral" && typeof value !== "string") {
        throw invalidAst(node2, "value must be a string");
      } else if (node2.type === "NumberLiteral" && typeof value !== "number") {
        throw invalidAst(node2, "value must be a number");
      } else if (node2.type === "BooleanLiteral" && typeof value !== "boolean") {
        throw invalidAst(node2, "value must be a boolean");
      }
    }
    function validateStringArray(node2, value, name) {
      if (!_utils.isArray(value)) {
        throw invalidAst(node2, name + " must be an array");
      }
      for (var i = 0; i < value.length; i++) {
        if (typeof value[i] !== "string") {
          throw invalidAst(node2, name + " must only contain strings");
        }
      }
      return value;
    }
    function validateParts(path) {
      return validateStringArray(path, path.parts, "parts");
    }
    function validateBlockParams(program) {
      if (program.blockParams != null) {
        validateStringArray(program, program.blockParams, "blockParams");
      }
    }
    function argEquals(a, b) {
      if (a === b) {
        return true;
      }
      if (_utils.isArray(a) && _utils.isArray(b) && a.length === b.length) {
        for (var i = 0; i < a.length; i++) {
          if (!argEquals(a[i], b[i])) {
            return false;
          }
        }
        return true;
      }
    }
    function transformLiteralToPath(sexpr) {
      if (!sexpr.path.parts) {
        var literal = sexpr.path;
        sexpr.path = {
          type: "PathExpression",
          data: false,
          depth: 0,
          parts: [literal.original + ""],
          original: literal.original + "",
          loc: literal.loc
        };
      }
    }
  }
});

// node_modules/source-map/lib/base64.js
var require_base64 = __commonJS({
  "node_modules/source-map/lib/base64.js"(exports) {
    var intToCharMap = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".split("");
    exports.encode = function(number3) {
      if (0 <= number3 && number3 < intToCharMap.length) {
        return intToCharMap[number3];
      }
      throw new TypeError("Must be between 0 and 63: " + number3);
    };
    exports.decode = function(charCode) {
      var bigA = 65;
      var bigZ = 90;
      var littleA = 97;
      var littleZ = 122;
      var zero = 48;
      var nine = 57;
      var plus = 43;
      var slash = 47;
      var littleOffset = 26;
      var numberOffset = 52;
      if (bigA <= charCode && charCode <= bigZ) {
        return charCode - bigA;
      }
      if (littleA <= charCode && charCode <= littleZ) {
        return charCode - littleA + littleOffset;
      }
      if (zero <= charCode && charCode <= nine) {
        return charCode - zero + numberOffset;
      }
      if (charCode == plus) {
        return 62;
      }
      if (charCode == slash) {
        return 63;
      }
      return -1;
    };
  }
});

// node_modules/source-map/lib/base64-vlq.js
var require_base64_vlq = __commonJS({
  "node_modules/source-map/lib/base64-vlq.js"(exports) {
    var base642 = require_base64();
    var VLQ_BASE_SHIFT = 5;
    var VLQ_BASE = 1 << VLQ_BASE_SHIFT;
    var VLQ_BASE_MASK = VLQ_BASE - 1;
    var VLQ_CONTINUATION_BIT = VLQ_BASE;
    function toVLQSigned(aValue) {
      return aValue < 0 ? (-aValue << 1) + 1 : (aValue << 1) + 0;
    }
    function fromVLQSigned(aValue) {
      var isNegative = (aValue & 1) === 1;
      var shifted = aValue >> 1;
      return isNegative ? -shifted : shifted;
    }
    exports.encode = function base64VLQ_encode(aValue) {
      var encoded = "";
      var digit;
      var vlq = toVLQSigned(aValue);
      do {
        digit = vlq & VLQ_BASE_MASK;
        vlq >>>= VLQ_BASE_SHIFT;
        if (vlq > 0) {
          digit |= VLQ_CONTINUATION_BIT;
        }
        encoded += base642.encode(digit);
      } while (vlq > 0);
      return encoded;
    };
    exports.decode = function base64VLQ_decode(aStr, aIndex, aOutParam) {
      var strLen = aStr.length;
      var result = 0;
      var shift = 0;
      var continuation, digit;
      do {
        if (aIndex >= strLen) {
          throw new Error("Expected more digits in base 64 VLQ value.");
        }
        digit = base642.decode(aStr.charCodeAt(aIndex++));
        if (digit === -1) {
          throw new Error("Invalid base64 digit: " + aStr.charAt(aIndex - 1));
        }
        continuation = !!(digit & VLQ_CONTINUATION_BIT);
        digit &= VLQ_BASE_MASK;
        result = result + (digit << shift);
        shift += VLQ_BASE_SHIFT;
      } while (continuation);
      aOutParam.value = fromVLQSigned(result);
      aOutParam.rest = aIndex;
    };
  }
});

// node_modules/source-map/lib/util.js
var require_util = __commonJS({
  "node_modules/source-map/lib/util.js"(exports) {
    function getArg(aArgs, aName, aDefaultValue) {
      if (aName in aArgs) {
        return aArgs[aName];
      } else if (arguments.length === 3) {
        return aDefaultValue;
      } else {
        throw new Error('"' + aName + '" is a required argument.');
      }
    }
    exports.getArg = getArg;
    var urlRegexp = /^(?:([\w+\-.]+):)?\/\/(?:(\w+:\w+)@)?([\w.-]*)(?::(\d+))?(.*)$/;
    var dataUrlRegexp = /^data:.+\,.+$/;
    function urlParse(aUrl) {
      var match = aUrl.match(urlRegexp);
      if (!match) {
        return null;
      }
      return {
        scheme: match[1],
        auth: match[2],
        host: match[3],
        port: match[4],
        path: match[5]
      };
    }
    exports.urlParse = urlParse;
    function urlGenerate(aParsedUrl) {
      var url = "";
      if (aParsedUrl.scheme) {
        url += aParsedUrl.scheme + ":";
      }
      url += "//";
      if (aParsedUrl.auth) {
        url += aParsedUrl.auth + "@";
      }
      if (aParsedUrl.host) {
        url += aParsedUrl.host;
      }
      if (aParsedUrl.port) {
        url += ":" + aParsedUrl.port;
      }
      if (aParsedUrl.path) {
        url += aParsedUrl.path;
      }
      return url;
    }
    exports.urlGenerate = urlGenerate;
    function normalize2(aPath) {
      var path = aPath;
      var url = urlParse(aPath);
      if (url) {
        if (!url.path) {
          return aPath;
        }
        path = url.path;
      }
      var isAbsolute2 = exports.isAbsolute(path);
      var parts = path.split(/\/+/);
      for (var part, up = 0, i = parts.length - 1; i >= 0; i--) {
        part = parts[i];
        if (part === ".") {
          parts.splice(i, 1);
        } else if (part === "..") {
          up++;
        } else if (up > 0) {
          if (part === "") {
            parts.splice(i + 1, up);
            up = 0;
          } else {
            parts.splice(i, 2);
            up--;
          }
        }
      }
      path = parts.join("/");
      if (path === "") {
        path = isAbsolute2 ? "/" : ".";
      }
      if (url) {
        url.path = path;
        return urlGenerate(url);
      }
      return path;
    }
    exports.normalize = normalize2;
    function join3(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      if (aPath === "") {
        aPath = ".";
      }
      var aPathUrl = urlParse(aPath);
      var aRootUrl = urlParse(aRoot);
      if (aRootUrl) {
        aRoot = aRootUrl.path || "/";
      }
      if (aPathUrl && !aPathUrl.scheme) {
        if (aRootUrl) {
          aPathUrl.scheme = aRootUrl.scheme;
        }
        return urlGenerate(aPathUrl);
      }
      if (aPathUrl || aPath.match(dataUrlRegexp)) {
        return aPath;
      }
      if (aRootUrl && !aRootUrl.host && !aRootUrl.path) {
        aRootUrl.host = aPath;
        return urlGenerate(aRootUrl);
      }
      var joined = aPath.charAt(0) === "/" ? aPath : normalize2(aRoot.replace(/\/+$/, "") + "/" + aPath);
      if (aRootUrl) {
        aRootUrl.path = joined;
        return urlGenerate(aRootUrl);
      }
      return joined;
    }
    exports.join = join3;
    exports.isAbsolute = function(aPath) {
      return aPath.charAt(0) === "/" || urlRegexp.test(aPath);
    };
    function relative2(aRoot, aPath) {
      if (aRoot === "") {
        aRoot = ".";
      }
      aRoot = aRoot.replace(/\/$/, "");
      var level = 0;
      while (aPath.indexOf(aRoot + "/") !== 0) {
        var index = aRoot.lastIndexOf("/");
        if (index < 0) {
          return aPath;
        }
        aRoot = aRoot.slice(0, index);
        if (aRoot.match(/^([^\/]+:\/)?\/*$/)) {
          return aPath;
        }
        ++level;
      }
      return Array(level + 1).join("../") + aPath.substr(aRoot.length + 1);
    }
    exports.relative = relative2;
    var supportsNullProto = (function() {
      var obj = /* @__PURE__ */ Object.create(null);
      return !("__proto__" in obj);
    })();
    function identity(s) {
      return s;
    }
    function toSetString(aStr) {
      if (isProtoString(aStr)) {
        return "$" + aStr;
      }
      return aStr;
    }
    exports.toSetString = supportsNullProto ? identity : toSetString;
    function fromSetString(aStr) {
      if (isProtoString(aStr)) {
        return aStr.slice(1);
      }
      return aStr;
    }
    exports.fromSetString = supportsNullProto ? identity : fromSetString;
    function isProtoString(s) {
      if (!s) {
        return false;
      }
      var length2 = s.length;
      if (length2 < 9) {
        return false;
      }
      if (s.charCodeAt(length2 - 1) !== 95 || s.charCodeAt(length2 - 2) !== 95 || s.charCodeAt(length2 - 3) !== 111 || s.charCodeAt(length2 - 4) !== 116 || s.charCodeAt(length2 - 5) !== 111 || s.charCodeAt(length2 - 6) !== 114 || s.charCodeAt(length2 - 7) !== 112 || s.charCodeAt(length2 - 8) !== 95 || s.charCodeAt(length2 - 9) !== 95) {
        return false;
      }
      for (var i = length2 - 10; i >= 0; i--) {
        if (s.charCodeAt(i) !== 36) {
          return false;
        }
      }
      return true;
    }
    function compareByOriginalPositions(mappingA, mappingB, onlyCompareOriginal) {
      var cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0 || onlyCompareOriginal) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByOriginalPositions = compareByOriginalPositions;
    function compareByGeneratedPositionsDeflated(mappingA, mappingB, onlyCompareGenerated) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0 || onlyCompareGenerated) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsDeflated = compareByGeneratedPositionsDeflated;
    function strcmp(aStr1, aStr2) {
      if (aStr1 === aStr2) {
        return 0;
      }
      if (aStr1 === null) {
        return 1;
      }
      if (aStr2 === null) {
        return -1;
      }
      if (aStr1 > aStr2) {
        return 1;
      }
      return -1;
    }
    function compareByGeneratedPositionsInflated(mappingA, mappingB) {
      var cmp = mappingA.generatedLine - mappingB.generatedLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.generatedColumn - mappingB.generatedColumn;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = strcmp(mappingA.source, mappingB.source);
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalLine - mappingB.originalLine;
      if (cmp !== 0) {
        return cmp;
      }
      cmp = mappingA.originalColumn - mappingB.originalColumn;
      if (cmp !== 0) {
        return cmp;
      }
      return strcmp(mappingA.name, mappingB.name);
    }
    exports.compareByGeneratedPositionsInflated = compareByGeneratedPositionsInflated;
    function parseSourceMapInput(str) {
      return JSON.parse(str.replace(/^\)]}'[^\n]*\n/, ""));
    }
    exports.parseSourceMapInput = parseSourceMapInput;
    function computeSourceURL(sourceRoot, sourceURL, sourceMapURL) {
      sourceURL = sourceURL || "";
      if (sourceRoot) {
        if (sourceRoot[sourceRoot.length - 1] !== "/" && sourceURL[0] !== "/") {
          sourceRoot += "/";
        }
        sourceURL = sourceRoot + sourceURL;
      }
      if (sourceMapURL) {
        var parsed2 = urlParse(sourceMapURL);
        if (!parsed2) {
          throw new Error("sourceMapURL could not be parsed");
        }
        if (parsed2.path) {
          var index = parsed2.path.lastIndexOf("/");
          if (index >= 0) {
            parsed2.path = parsed2.path.substring(0, index + 1);
          }
        }
        sourceURL = join3(urlGenerate(parsed2), sourceURL);
      }
      return normalize2(sourceURL);
    }
    exports.computeSourceURL = computeSourceURL;
  }
});

// node_modules/source-map/lib/array-set.js
var require_array_set = __commonJS({
  "node_modules/source-map/lib/array-set.js"(exports) {
    var util = require_util();
    var has = Object.prototype.hasOwnProperty;
    var hasNativeMap = typeof Map !== "undefined";
    function ArraySet() {
      this._array = [];
      this._set = hasNativeMap ? /* @__PURE__ */ new Map() : /* @__PURE__ */ Object.create(null);
    }
    ArraySet.fromArray = function ArraySet_fromArray(aArray, aAllowDuplicates) {
      var set2 = new ArraySet();
      for (var i = 0, len = aArray.length; i < len; i++) {
        set2.add(aArray[i], aAllowDuplicates);
      }
      return set2;
    };
    ArraySet.prototype.size = function ArraySet_size() {
      return hasNativeMap ? this._set.size : Object.getOwnPropertyNames(this._set).length;
    };
    ArraySet.prototype.add = function ArraySet_add(aStr, aAllowDuplicates) {
      var sStr = hasNativeMap ? aStr : util.toSetString(aStr);
      var isDuplicate = hasNativeMap ? this.has(aStr) : has.call(this._set, sStr);
      var idx = this._array.length;
      if (!isDuplicate || aAllowDuplicates) {
        this._array.push(aStr);
      }
      if (!isDuplicate) {
        if (hasNativeMap) {
          this._set.set(aStr, idx);
        } else {
          this._set[sStr] = idx;
        }
      }
    };
    ArraySet.prototype.has = function ArraySet_has(aStr) {
      if (hasNativeMap) {
        return this._set.has(aStr);
      } else {
        var sStr = util.toSetString(aStr);
        return has.call(this._set, sStr);
      }
    };
    ArraySet.prototype.indexOf = function ArraySet_indexOf(aStr) {
      if (hasNativeMap) {
        var idx = this._set.get(aStr);
        if (idx >= 0) {
          return idx;
        }
      } else {
        var sStr = util.toSetString(aStr);
        if (has.call(this._set, sStr)) {
          return this._set[sStr];
        }
      }
      throw new Error('"' + aStr + '" is not in the set.');
    };
    ArraySet.prototype.at = function ArraySet_at(aIdx) {
      if (aIdx >= 0 && aIdx < this._array.length) {
        return this._array[aIdx];
      }
      throw new Error("No element indexed by " + aIdx);
    };
    ArraySet.prototype.toArray = function ArraySet_toArray() {
      return this._array.slice();
    };
    exports.ArraySet = ArraySet;
  }
});

// node_modules/source-map/lib/mapping-list.js
var require_mapping_list = __commonJS({
  "node_modules/source-map/lib/mapping-list.js"(exports) {
    var util = require_util();
    function generatedPositionAfter(mappingA, mappingB) {
      var lineA = mappingA.generatedLine;
      var lineB = mappingB.generatedLine;
      var columnA = mappingA.generatedColumn;
      var columnB = mappingB.generatedColumn;
      return lineB > lineA || lineB == lineA && columnB >= columnA || util.compareByGeneratedPositionsInflated(mappingA, mappingB) <= 0;
    }
    function MappingList() {
      this._array = [];
      this._sorted = true;
      this._last = { generatedLine: -1, generatedColumn: 0 };
    }
    MappingList.prototype.unsortedForEach = function MappingList_forEach(aCallback, aThisArg) {
      this._array.forEach(aCallback, aThisArg);
    };
    MappingList.prototype.add = function MappingList_add(aMapping) {
      if (generatedPositionAfter(this._last, aMapping)) {
        this._last = aMapping;
        this._array.push(aMapping);
      } else {
        this._sorted = false;
        this._array.push(aMapping);
      }
    };
    MappingList.prototype.toArray = function MappingList_toArray() {
      if (!this._sorted) {
        this._array.sort(util.compareByGeneratedPositionsInflated);
        this._sorted = true;
      }
      return this._array;
    };
    exports.MappingList = MappingList;
  }
});

// node_modules/source-map/lib/source-map-generator.js
var require_source_map_generator = __commonJS({
  "node_modules/source-map/lib/source-map-generator.js"(exports) {
    var base64VLQ = require_base64_vlq();
    var util = require_util();
    var ArraySet = require_array_set().ArraySet;
    var MappingList = require_mapping_list().MappingList;
    function SourceMapGenerator(aArgs) {
      if (!aArgs) {
        aArgs = {};
      }
      this._file = util.getArg(aArgs, "file", null);
      this._sourceRoot = util.getArg(aArgs, "sourceRoot", null);
      this._skipValidation = util.getArg(aArgs, "skipValidation", false);
      this._sources = new ArraySet();
      this._names = new ArraySet();
      this._mappings = new MappingList();
      this._sourcesContents = null;
    }
    SourceMapGenerator.prototype._version = 3;
    SourceMapGenerator.fromSourceMap = function SourceMapGenerator_fromSourceMap(aSourceMapConsumer) {
      var sourceRoot = aSourceMapConsumer.sourceRoot;
      var generator = new SourceMapGenerator({
        file: aSourceMapConsumer.file,
        sourceRoot
      });
      aSourceMapConsumer.eachMapping(function(mapping) {
        var newMapping = {
          generated: {
            line: mapping.generatedLine,
            column: mapping.generatedColumn
          }
        };
        if (mapping.source != null) {
          newMapping.source = mapping.source;
          if (sourceRoot != null) {
            newMapping.source = util.relative(sourceRoot, newMapping.source);
          }
          newMapping.original = {
            line: mapping.originalLine,
            column: mapping.originalColumn
          };
          if (mapping.name != null) {
            newMapping.name = mapping.name;
          }
        }
        generator.addMapping(newMapping);
      });
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var sourceRelative = sourceFile;
        if (sourceRoot !== null) {
          sourceRelative = util.relative(sourceRoot, sourceFile);
        }
        if (!generator._sources.has(sourceRelative)) {
          generator._sources.add(sourceRelative);
        }
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          generator.setSourceContent(sourceFile, content);
        }
      });
      return generator;
    };
    SourceMapGenerator.prototype.addMapping = function SourceMapGenerator_addMapping(aArgs) {
      var generated = util.getArg(aArgs, "generated");
      var original = util.getArg(aArgs, "original", null);
      var source = util.getArg(aArgs, "source", null);
      var name = util.getArg(aArgs, "name", null);
      if (!this._skipValidation) {
        this._validateMapping(generated, original, source, name);
      }
      if (source != null) {
        source = String(source);
        if (!this._sources.has(source)) {
          this._sources.add(source);
        }
      }
      if (name != null) {
        name = String(name);
        if (!this._names.has(name)) {
          this._names.add(name);
        }
      }
      this._mappings.add({
        generatedLine: generated.line,
        generatedColumn: generated.column,
        originalLine: original != null && original.line,
        originalColumn: original != null && original.column,
        source,
        name
      });
    };
    SourceMapGenerator.prototype.setSourceContent = function SourceMapGenerator_setSourceContent(aSourceFile, aSourceContent) {
      var source = aSourceFile;
      if (this._sourceRoot != null) {
        source = util.relative(this._sourceRoot, source);
      }
      if (aSourceContent != null) {
        if (!this._sourcesContents) {
          this._sourcesContents = /* @__PURE__ */ Object.create(null);
        }
        this._sourcesContents[util.toSetString(source)] = aSourceContent;
      } else if (this._sourcesContents) {
        delete this._sourcesContents[util.toSetString(source)];
        if (Object.keys(this._sourcesContents).length === 0) {
          this._sourcesContents = null;
        }
      }
    };
    SourceMapGenerator.prototype.applySourceMap = function SourceMapGenerator_applySourceMap(aSourceMapConsumer, aSourceFile, aSourceMapPath) {
      var sourceFile = aSourceFile;
      if (aSourceFile == null) {
        if (aSourceMapConsumer.file == null) {
          throw new Error(
            `SourceMapGenerator.prototype.applySourceMap requires either an explicit source file, or the source map's "file" property. Both were omitted.`
          );
        }
        sourceFile = aSourceMapConsumer.file;
      }
      var sourceRoot = this._sourceRoot;
      if (sourceRoot != null) {
        sourceFile = util.relative(sourceRoot, sourceFile);
      }
      var newSources = new ArraySet();
      var newNames = new ArraySet();
      this._mappings.unsortedForEach(function(mapping) {
        if (mapping.source === sourceFile && mapping.originalLine != null) {
          var original = aSourceMapConsumer.originalPositionFor({
            line: mapping.originalLine,
            column: mapping.originalColumn
          });
          if (original.source != null) {
            mapping.source = original.source;
            if (aSourceMapPath != null) {
              mapping.source = util.join(aSourceMapPath, mapping.source);
            }
            if (sourceRoot != null) {
              mapping.source = util.relative(sourceRoot, mapping.source);
            }
            mapping.originalLine = original.line;
            mapping.originalColumn = original.column;
            if (original.name != null) {
              mapping.name = original.name;
            }
          }
        }
        var source = mapping.source;
        if (source != null && !newSources.has(source)) {
          newSources.add(source);
        }
        var name = mapping.name;
        if (name != null && !newNames.has(name)) {
          newNames.add(name);
        }
      }, this);
      this._sources = newSources;
      this._names = newNames;
      aSourceMapConsumer.sources.forEach(function(sourceFile2) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile2);
        if (content != null) {
          if (aSourceMapPath != null) {
            sourceFile2 = util.join(aSourceMapPath, sourceFile2);
          }
          if (sourceRoot != null) {
            sourceFile2 = util.relative(sourceRoot, sourceFile2);
          }
          this.setSourceContent(sourceFile2, content);
        }
      }, this);
    };
    SourceMapGenerator.prototype._validateMapping = function SourceMapGenerator_validateMapping(aGenerated, aOriginal, aSource, aName) {
      if (aOriginal && typeof aOriginal.line !== "number" && typeof aOriginal.column !== "number") {
        throw new Error(
          "original.line and original.column are not numbers -- you probably meant to omit the original mapping entirely and only map the generated position. If so, pass null for the original mapping instead of an object with empty or null values."
        );
      }
      if (aGenerated && "line" in aGenerated && "column" in aGenerated && aGenerated.line > 0 && aGenerated.column >= 0 && !aOriginal && !aSource && !aName) {
        return;
      } else if (aGenerated && "line" in aGenerated && "column" in aGenerated && aOriginal && "line" in aOriginal && "column" in aOriginal && aGenerated.line > 0 && aGenerated.column >= 0 && aOriginal.line > 0 && aOriginal.column >= 0 && aSource) {
        return;
      } else {
        throw new Error("Invalid mapping: " + JSON.stringify({
          generated: aGenerated,
          source: aSource,
          original: aOriginal,
          name: aName
        }));
      }
    };
    SourceMapGenerator.prototype._serializeMappings = function SourceMapGenerator_serializeMappings() {
      var previousGeneratedColumn = 0;
      var previousGeneratedLine = 1;
      var previousOriginalColumn = 0;
      var previousOriginalLine = 0;
      var previousName = 0;
      var previousSource = 0;
      var result = "";
      var next;
      var mapping;
      var nameIdx;
      var sourceIdx;
      var mappings = this._mappings.toArray();
      for (var i = 0, len = mappings.length; i < len; i++) {
        mapping = mappings[i];
        next = "";
        if (mapping.generatedLine !== previousGeneratedLine) {
          previousGeneratedColumn = 0;
          while (mapping.generatedLine !== previousGeneratedLine) {
            next += ";";
            previousGeneratedLine++;
          }
        } else {
          if (i > 0) {
            if (!util.compareByGeneratedPositionsInflated(mapping, mappings[i - 1])) {
              continue;
            }
            next += ",";
          }
        }
        next += base64VLQ.encode(mapping.generatedColumn - previousGeneratedColumn);
        previousGeneratedColumn = mapping.generatedColumn;
        if (mapping.source != null) {
          sourceIdx = this._sources.indexOf(mapping.source);
          next += base64VLQ.encode(sourceIdx - previousSource);
          previousSource = sourceIdx;
          next += base64VLQ.encode(mapping.originalLine - 1 - previousOriginalLine);
          previousOriginalLine = mapping.originalLine - 1;
          next += base64VLQ.encode(mapping.originalColumn - previousOriginalColumn);
          previousOriginalColumn = mapping.originalColumn;
          if (mapping.name != null) {
            nameIdx = this._names.indexOf(mapping.name);
            next += base64VLQ.encode(nameIdx - previousName);
            previousName = nameIdx;
          }
        }
        result += next;
      }
      return result;
    };
    SourceMapGenerator.prototype._generateSourcesContent = function SourceMapGenerator_generateSourcesContent(aSources, aSourceRoot) {
      return aSources.map(function(source) {
        if (!this._sourcesContents) {
          return null;
        }
        if (aSourceRoot != null) {
          source = util.relative(aSourceRoot, source);
        }
        var key = util.toSetString(source);
        return Object.prototype.hasOwnProperty.call(this._sourcesContents, key) ? this._sourcesContents[key] : null;
      }, this);
    };
    SourceMapGenerator.prototype.toJSON = function SourceMapGenerator_toJSON() {
      var map = {
        version: this._version,
        sources: this._sources.toArray(),
        names: this._names.toArray(),
        mappings: this._serializeMappings()
      };
      if (this._file != null) {
        map.file = this._file;
      }
      if (this._sourceRoot != null) {
        map.sourceRoot = this._sourceRoot;
      }
      if (this._sourcesContents) {
        map.sourcesContent = this._generateSourcesContent(map.sources, map.sourceRoot);
      }
      return map;
    };
    SourceMapGenerator.prototype.toString = function SourceMapGenerator_toString() {
      return JSON.stringify(this.toJSON());
    };
    exports.SourceMapGenerator = SourceMapGenerator;
  }
});

// node_modules/source-map/lib/binary-search.js
var require_binary_search = __commonJS({
  "node_modules/source-map/lib/binary-search.js"(exports) {
    exports.GREATEST_LOWER_BOUND = 1;
    exports.LEAST_UPPER_BOUND = 2;
    function recursiveSearch(aLow, aHigh, aNeedle, aHaystack, aCompare, aBias) {
      var mid = Math.floor((aHigh - aLow) / 2) + aLow;
      var cmp = aCompare(aNeedle, aHaystack[mid], true);
      if (cmp === 0) {
        return mid;
      } else if (cmp > 0) {
        if (aHigh - mid > 1) {
          return recursiveSearch(mid, aHigh, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return aHigh < aHaystack.length ? aHigh : -1;
        } else {
          return mid;
        }
      } else {
        if (mid - aLow > 1) {
          return recursiveSearch(aLow, mid, aNeedle, aHaystack, aCompare, aBias);
        }
        if (aBias == exports.LEAST_UPPER_BOUND) {
          return mid;
        } else {
          return aLow < 0 ? -1 : aLow;
        }
      }
    }
    exports.search = function search(aNeedle, aHaystack, aCompare, aBias) {
      if (aHaystack.length === 0) {
        return -1;
      }
      var index = recursiveSearch(
        -1,
        aHaystack.length,
        aNeedle,
        aHaystack,
        aCompare,
        aBias || exports.GREATEST_LOWER_BOUND
      );
      if (index < 0) {
        return -1;
      }
      while (index - 1 >= 0) {
        if (aCompare(aHaystack[index], aHaystack[index - 1], true) !== 0) {
          break;
        }
        --index;
      }
      return index;
    };
  }
});

// node_modules/source-map/lib/quick-sort.js
var require_quick_sort = __commonJS({
  "node_modules/source-map/lib/quick-sort.js"(exports) {
    function swap(ary, x, y) {
      var temp = ary[x];
      ary[x] = ary[y];
      ary[y] = temp;
    }
    function randomIntInRange(low, high) {
      return Math.round(low + Math.random() * (high - low));
    }
    function doQuickSort(ary, comparator, p, r) {
      if (p < r) {
        var pivotIndex = randomIntInRange(p, r);
        var i = p - 1;
        swap(ary, pivotIndex, r);
        var pivot = ary[r];
        for (var j = p; j < r; j++) {
          if (comparator(ary[j], pivot) <= 0) {
            i += 1;
            swap(ary, i, j);
          }
        }
        swap(ary, i + 1, j);
        var q = i + 1;
        doQuickSort(ary, comparator, p, q - 1);
        doQuickSort(ary, comparator, q + 1, r);
      }
    }
    exports.quickSort = function(ary, comparator) {
      doQuickSort(ary, comparator, 0, ary.length - 1);
    };
  }
});

// node_modules/source-map/lib/source-map-consumer.js
var require_source_map_consumer = __commonJS({
  "node_modules/source-map/lib/source-map-consumer.js"(exports) {
    var util = require_util();
    var binarySearch = require_binary_search();
    var ArraySet = require_array_set().ArraySet;
    var base64VLQ = require_base64_vlq();
    var quickSort = require_quick_sort().quickSort;
    function SourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      return sourceMap.sections != null ? new IndexedSourceMapConsumer(sourceMap, aSourceMapURL) : new BasicSourceMapConsumer(sourceMap, aSourceMapURL);
    }
    SourceMapConsumer.fromSourceMap = function(aSourceMap, aSourceMapURL) {
      return BasicSourceMapConsumer.fromSourceMap(aSourceMap, aSourceMapURL);
    };
    SourceMapConsumer.prototype._version = 3;
    SourceMapConsumer.prototype.__generatedMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_generatedMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__generatedMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__generatedMappings;
      }
    });
    SourceMapConsumer.prototype.__originalMappings = null;
    Object.defineProperty(SourceMapConsumer.prototype, "_originalMappings", {
      configurable: true,
      enumerable: true,
      get: function() {
        if (!this.__originalMappings) {
          this._parseMappings(this._mappings, this.sourceRoot);
        }
        return this.__originalMappings;
      }
    });
    SourceMapConsumer.prototype._charIsMappingSeparator = function SourceMapConsumer_charIsMappingSeparator(aStr, index) {
      var c = aStr.charAt(index);
      return c === ";" || c === ",";
    };
    SourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      throw new Error("Subclasses must implement _parseMappings");
    };
    SourceMapConsumer.GENERATED_ORDER = 1;
    SourceMapConsumer.ORIGINAL_ORDER = 2;
    SourceMapConsumer.GREATEST_LOWER_BOUND = 1;
    SourceMapConsumer.LEAST_UPPER_BOUND = 2;
    SourceMapConsumer.prototype.eachMapping = function SourceMapConsumer_eachMapping(aCallback, aContext, aOrder) {
      var context = aContext || null;
      var order = aOrder || SourceMapConsumer.GENERATED_ORDER;
      var mappings;
      switch (order) {
        case SourceMapConsumer.GENERATED_ORDER:
          mappings = this._generatedMappings;
          break;
        case SourceMapConsumer.ORIGINAL_ORDER:
          mappings = this._originalMappings;
          break;
        default:
          throw new Error("Unknown order of iteration.");
      }
      var sourceRoot = this.sourceRoot;
      mappings.map(function(mapping) {
        var source = mapping.source === null ? null : this._sources.at(mapping.source);
        source = util.computeSourceURL(sourceRoot, source, this._sourceMapURL);
        return {
          source,
          generatedLine: mapping.generatedLine,
          generatedColumn: mapping.generatedColumn,
          originalLine: mapping.originalLine,
          originalColumn: mapping.originalColumn,
          name: mapping.name === null ? null : this._names.at(mapping.name)
        };
      }, this).forEach(aCallback, context);
    };
    SourceMapConsumer.prototype.allGeneratedPositionsFor = function SourceMapConsumer_allGeneratedPositionsFor(aArgs) {
      var line = util.getArg(aArgs, "line");
      var needle = {
        source: util.getArg(aArgs, "source"),
        originalLine: line,
        originalColumn: util.getArg(aArgs, "column", 0)
      };
      needle.source = this._findSourceIndex(needle.source);
      if (needle.source < 0) {
        return [];
      }
      var mappings = [];
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        binarySearch.LEAST_UPPER_BOUND
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (aArgs.column === void 0) {
          var originalLine = mapping.originalLine;
          while (mapping && mapping.originalLine === originalLine) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        } else {
          var originalColumn = mapping.originalColumn;
          while (mapping && mapping.originalLine === line && mapping.originalColumn == originalColumn) {
            mappings.push({
              line: util.getArg(mapping, "generatedLine", null),
              column: util.getArg(mapping, "generatedColumn", null),
              lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
            });
            mapping = this._originalMappings[++index];
          }
        }
      }
      return mappings;
    };
    exports.SourceMapConsumer = SourceMapConsumer;
    function BasicSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version2 = util.getArg(sourceMap, "version");
      var sources = util.getArg(sourceMap, "sources");
      var names = util.getArg(sourceMap, "names", []);
      var sourceRoot = util.getArg(sourceMap, "sourceRoot", null);
      var sourcesContent = util.getArg(sourceMap, "sourcesContent", null);
      var mappings = util.getArg(sourceMap, "mappings");
      var file = util.getArg(sourceMap, "file", null);
      if (version2 != this._version) {
        throw new Error("Unsupported version: " + version2);
      }
      if (sourceRoot) {
        sourceRoot = util.normalize(sourceRoot);
      }
      sources = sources.map(String).map(util.normalize).map(function(source) {
        return sourceRoot && util.isAbsolute(sourceRoot) && util.isAbsolute(source) ? util.relative(sourceRoot, source) : source;
      });
      this._names = ArraySet.fromArray(names.map(String), true);
      this._sources = ArraySet.fromArray(sources, true);
      this._absoluteSources = this._sources.toArray().map(function(s) {
        return util.computeSourceURL(sourceRoot, s, aSourceMapURL);
      });
      this.sourceRoot = sourceRoot;
      this.sourcesContent = sourcesContent;
      this._mappings = mappings;
      this._sourceMapURL = aSourceMapURL;
      this.file = file;
    }
    BasicSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    BasicSourceMapConsumer.prototype.consumer = SourceMapConsumer;
    BasicSourceMapConsumer.prototype._findSourceIndex = function(aSource) {
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      if (this._sources.has(relativeSource)) {
        return this._sources.indexOf(relativeSource);
      }
      var i;
      for (i = 0; i < this._absoluteSources.length; ++i) {
        if (this._absoluteSources[i] == aSource) {
          return i;
        }
      }
      return -1;
    };
    BasicSourceMapConsumer.fromSourceMap = function SourceMapConsumer_fromSourceMap(aSourceMap, aSourceMapURL) {
      var smc = Object.create(BasicSourceMapConsumer.prototype);
      var names = smc._names = ArraySet.fromArray(aSourceMap._names.toArray(), true);
      var sources = smc._sources = ArraySet.fromArray(aSourceMap._sources.toArray(), true);
      smc.sourceRoot = aSourceMap._sourceRoot;
      smc.sourcesContent = aSourceMap._generateSourcesContent(
        smc._sources.toArray(),
        smc.sourceRoot
      );
      smc.file = aSourceMap._file;
      smc._sourceMapURL = aSourceMapURL;
      smc._absoluteSources = smc._sources.toArray().map(function(s) {
        return util.computeSourceURL(smc.sourceRoot, s, aSourceMapURL);
      });
      var generatedMappings = aSourceMap._mappings.toArray().slice();
      var destGeneratedMappings = smc.__generatedMappings = [];
      var destOriginalMappings = smc.__originalMappings = [];
      for (var i = 0, length2 = generatedMappings.length; i < length2; i++) {
        var srcMapping = generatedMappings[i];
        var destMapping = new Mapping();
        destMapping.generatedLine = srcMapping.generatedLine;
        destMapping.generatedColumn = srcMapping.generatedColumn;
        if (srcMapping.source) {
          destMapping.source = sources.indexOf(srcMapping.source);
          destMapping.originalLine = srcMapping.originalLine;
          destMapping.originalColumn = srcMapping.originalColumn;
          if (srcMapping.name) {
            destMapping.name = names.indexOf(srcMapping.name);
          }
          destOriginalMappings.push(destMapping);
        }
        destGeneratedMappings.push(destMapping);
      }
      quickSort(smc.__originalMappings, util.compareByOriginalPositions);
      return smc;
    };
    BasicSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(BasicSourceMapConsumer.prototype, "sources", {
      get: function() {
        return this._absoluteSources.slice();
      }
    });
    function Mapping() {
      this.generatedLine = 0;
      this.generatedColumn = 0;
      this.source = null;
      this.originalLine = null;
      this.originalColumn = null;
      this.name = null;
    }
    BasicSourceMapConsumer.prototype._parseMappings = function SourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      var generatedLine = 1;
      var previousGeneratedColumn = 0;
      var previousOriginalLine = 0;
      var previousOriginalColumn = 0;
      var previousSource = 0;
      var previousName = 0;
      var length2 = aStr.length;
      var index = 0;
      var cachedSegments = {};
      var temp = {};
      var originalMappings = [];
      var generatedMappings = [];
      var mapping, str, segment2, end, value;
      while (index < length2) {
        if (aStr.charAt(index) === ";") {
          generatedLine++;
          index++;
          previousGeneratedColumn = 0;
        } else if (aStr.charAt(index) === ",") {
          index++;
        } else {
          mapping = new Mapping();
          mapping.generatedLine = generatedLine;
          for (end = index; end < length2; end++) {
            if (this._charIsMappingSeparator(aStr, end)) {
              break;
            }
          }
          str = aStr.slice(index, end);
          segment2 = cachedSegments[str];
          if (segment2) {
            index += str.length;
          } else {
            segment2 = [];
            while (index < end) {
              base64VLQ.decode(aStr, index, temp);
              value = temp.value;
              index = temp.rest;
              segment2.push(value);
            }
            if (segment2.length === 2) {
              throw new Error("Found a source, but no line and column");
            }
            if (segment2.length === 3) {
              throw new Error("Found a source and line, but no column");
            }
            cachedSegments[str] = segment2;
          }
          mapping.generatedColumn = previousGeneratedColumn + segment2[0];
          previousGeneratedColumn = mapping.generatedColumn;
          if (segment2.length > 1) {
            mapping.source = previousSource + segment2[1];
            previousSource += segment2[1];
            mapping.originalLine = previousOriginalLine + segment2[2];
            previousOriginalLine = mapping.originalLine;
            mapping.originalLine += 1;
            mapping.originalColumn = previousOriginalColumn + segment2[3];
            previousOriginalColumn = mapping.originalColumn;
            if (segment2.length > 4) {
              mapping.name = previousName + segment2[4];
              previousName += segment2[4];
            }
          }
          generatedMappings.push(mapping);
          if (typeof mapping.originalLine === "number") {
            originalMappings.push(mapping);
          }
        }
      }
      quickSort(generatedMappings, util.compareByGeneratedPositionsDeflated);
      this.__generatedMappings = generatedMappings;
      quickSort(originalMappings, util.compareByOriginalPositions);
      this.__originalMappings = originalMappings;
    };
    BasicSourceMapConsumer.prototype._findMapping = function SourceMapConsumer_findMapping(aNeedle, aMappings, aLineName, aColumnName, aComparator, aBias) {
      if (aNeedle[aLineName] <= 0) {
        throw new TypeError("Line must be greater than or equal to 1, got " + aNeedle[aLineName]);
      }
      if (aNeedle[aColumnName] < 0) {
        throw new TypeError("Column must be greater than or equal to 0, got " + aNeedle[aColumnName]);
      }
      return binarySearch.search(aNeedle, aMappings, aComparator, aBias);
    };
    BasicSourceMapConsumer.prototype.computeColumnSpans = function SourceMapConsumer_computeColumnSpans() {
      for (var index = 0; index < this._generatedMappings.length; ++index) {
        var mapping = this._generatedMappings[index];
        if (index + 1 < this._generatedMappings.length) {
          var nextMapping = this._generatedMappings[index + 1];
          if (mapping.generatedLine === nextMapping.generatedLine) {
            mapping.lastGeneratedColumn = nextMapping.generatedColumn - 1;
            continue;
          }
        }
        mapping.lastGeneratedColumn = Infinity;
      }
    };
    BasicSourceMapConsumer.prototype.originalPositionFor = function SourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._generatedMappings,
        "generatedLine",
        "generatedColumn",
        util.compareByGeneratedPositionsDeflated,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._generatedMappings[index];
        if (mapping.generatedLine === needle.generatedLine) {
          var source = util.getArg(mapping, "source", null);
          if (source !== null) {
            source = this._sources.at(source);
            source = util.computeSourceURL(this.sourceRoot, source, this._sourceMapURL);
          }
          var name = util.getArg(mapping, "name", null);
          if (name !== null) {
            name = this._names.at(name);
          }
          return {
            source,
            line: util.getArg(mapping, "originalLine", null),
            column: util.getArg(mapping, "originalColumn", null),
            name
          };
        }
      }
      return {
        source: null,
        line: null,
        column: null,
        name: null
      };
    };
    BasicSourceMapConsumer.prototype.hasContentsOfAllSources = function BasicSourceMapConsumer_hasContentsOfAllSources() {
      if (!this.sourcesContent) {
        return false;
      }
      return this.sourcesContent.length >= this._sources.size() && !this.sourcesContent.some(function(sc) {
        return sc == null;
      });
    };
    BasicSourceMapConsumer.prototype.sourceContentFor = function SourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      if (!this.sourcesContent) {
        return null;
      }
      var index = this._findSourceIndex(aSource);
      if (index >= 0) {
        return this.sourcesContent[index];
      }
      var relativeSource = aSource;
      if (this.sourceRoot != null) {
        relativeSource = util.relative(this.sourceRoot, relativeSource);
      }
      var url;
      if (this.sourceRoot != null && (url = util.urlParse(this.sourceRoot))) {
        var fileUriAbsPath = relativeSource.replace(/^file:\/\//, "");
        if (url.scheme == "file" && this._sources.has(fileUriAbsPath)) {
          return this.sourcesContent[this._sources.indexOf(fileUriAbsPath)];
        }
        if ((!url.path || url.path == "/") && this._sources.has("/" + relativeSource)) {
          return this.sourcesContent[this._sources.indexOf("/" + relativeSource)];
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + relativeSource + '" is not in the SourceMap.');
      }
    };
    BasicSourceMapConsumer.prototype.generatedPositionFor = function SourceMapConsumer_generatedPositionFor(aArgs) {
      var source = util.getArg(aArgs, "source");
      source = this._findSourceIndex(source);
      if (source < 0) {
        return {
          line: null,
          column: null,
          lastColumn: null
        };
      }
      var needle = {
        source,
        originalLine: util.getArg(aArgs, "line"),
        originalColumn: util.getArg(aArgs, "column")
      };
      var index = this._findMapping(
        needle,
        this._originalMappings,
        "originalLine",
        "originalColumn",
        util.compareByOriginalPositions,
        util.getArg(aArgs, "bias", SourceMapConsumer.GREATEST_LOWER_BOUND)
      );
      if (index >= 0) {
        var mapping = this._originalMappings[index];
        if (mapping.source === needle.source) {
          return {
            line: util.getArg(mapping, "generatedLine", null),
            column: util.getArg(mapping, "generatedColumn", null),
            lastColumn: util.getArg(mapping, "lastGeneratedColumn", null)
          };
        }
      }
      return {
        line: null,
        column: null,
        lastColumn: null
      };
    };
    exports.BasicSourceMapConsumer = BasicSourceMapConsumer;
    function IndexedSourceMapConsumer(aSourceMap, aSourceMapURL) {
      var sourceMap = aSourceMap;
      if (typeof aSourceMap === "string") {
        sourceMap = util.parseSourceMapInput(aSourceMap);
      }
      var version2 = util.getArg(sourceMap, "version");
      var sections = util.getArg(sourceMap, "sections");
      if (version2 != this._version) {
        throw new Error("Unsupported version: " + version2);
      }
      this._sources = new ArraySet();
      this._names = new ArraySet();
      var lastOffset = {
        line: -1,
        column: 0
      };
      this._sections = sections.map(function(s) {
        if (s.url) {
          throw new Error("Support for url field in sections not implemented.");
        }
        var offset = util.getArg(s, "offset");
        var offsetLine = util.getArg(offset, "line");
        var offsetColumn = util.getArg(offset, "column");
        if (offsetLine < lastOffset.line || offsetLine === lastOffset.line && offsetColumn < lastOffset.column) {
          throw new Error("Section offsets must be ordered and non-overlapping.");
        }
        lastOffset = offset;
        return {
          generatedOffset: {
            // The offset fields are 0-based, but we use 1-based indices when
            // encoding/decoding from VLQ.
            generatedLine: offsetLine + 1,
            generatedColumn: offsetColumn + 1
          },
          consumer: new SourceMapConsumer(util.getArg(s, "map"), aSourceMapURL)
        };
      });
    }
    IndexedSourceMapConsumer.prototype = Object.create(SourceMapConsumer.prototype);
    IndexedSourceMapConsumer.prototype.constructor = SourceMapConsumer;
    IndexedSourceMapConsumer.prototype._version = 3;
    Object.defineProperty(IndexedSourceMapConsumer.prototype, "sources", {
      get: function() {
        var sources = [];
        for (var i = 0; i < this._sections.length; i++) {
          for (var j = 0; j < this._sections[i].consumer.sources.length; j++) {
            sources.push(this._sections[i].consumer.sources[j]);
          }
        }
        return sources;
      }
    });
    IndexedSourceMapConsumer.prototype.originalPositionFor = function IndexedSourceMapConsumer_originalPositionFor(aArgs) {
      var needle = {
        generatedLine: util.getArg(aArgs, "line"),
        generatedColumn: util.getArg(aArgs, "column")
      };
      var sectionIndex = binarySearch.search(
        needle,
        this._sections,
        function(needle2, section2) {
          var cmp = needle2.generatedLine - section2.generatedOffset.generatedLine;
          if (cmp) {
            return cmp;
          }
          return needle2.generatedColumn - section2.generatedOffset.generatedColumn;
        }
      );
      var section = this._sections[sectionIndex];
      if (!section) {
        return {
          source: null,
          line: null,
          column: null,
          name: null
        };
      }
      return section.consumer.originalPositionFor({
        line: needle.generatedLine - (section.generatedOffset.generatedLine - 1),
        column: needle.generatedColumn - (section.generatedOffset.generatedLine === needle.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
        bias: aArgs.bias
      });
    };
    IndexedSourceMapConsumer.prototype.hasContentsOfAllSources = function IndexedSourceMapConsumer_hasContentsOfAllSources() {
      return this._sections.every(function(s) {
        return s.consumer.hasContentsOfAllSources();
      });
    };
    IndexedSourceMapConsumer.prototype.sourceContentFor = function IndexedSourceMapConsumer_sourceContentFor(aSource, nullOnMissing) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var content = section.consumer.sourceContentFor(aSource, true);
        if (content) {
          return content;
        }
      }
      if (nullOnMissing) {
        return null;
      } else {
        throw new Error('"' + aSource + '" is not in the SourceMap.');
      }
    };
    IndexedSourceMapConsumer.prototype.generatedPositionFor = function IndexedSourceMapConsumer_generatedPositionFor(aArgs) {
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        if (section.consumer._findSourceIndex(util.getArg(aArgs, "source")) === -1) {
          continue;
        }
        var generatedPosition = section.consumer.generatedPositionFor(aArgs);
        if (generatedPosition) {
          var ret = {
            line: generatedPosition.line + (section.generatedOffset.generatedLine - 1),
            column: generatedPosition.column + (section.generatedOffset.generatedLine === generatedPosition.line ? section.generatedOffset.generatedColumn - 1 : 0)
          };
          return ret;
        }
      }
      return {
        line: null,
        column: null
      };
    };
    IndexedSourceMapConsumer.prototype._parseMappings = function IndexedSourceMapConsumer_parseMappings(aStr, aSourceRoot) {
      this.__generatedMappings = [];
      this.__originalMappings = [];
      for (var i = 0; i < this._sections.length; i++) {
        var section = this._sections[i];
        var sectionMappings = section.consumer._generatedMappings;
        for (var j = 0; j < sectionMappings.length; j++) {
          var mapping = sectionMappings[j];
          var source = section.consumer._sources.at(mapping.source);
          source = util.computeSourceURL(section.consumer.sourceRoot, source, this._sourceMapURL);
          this._sources.add(source);
          source = this._sources.indexOf(source);
          var name = null;
          if (mapping.name) {
            name = section.consumer._names.at(mapping.name);
            this._names.add(name);
            name = this._names.indexOf(name);
          }
          var adjustedMapping = {
            source,
            generatedLine: mapping.generatedLine + (section.generatedOffset.generatedLine - 1),
            generatedColumn: mapping.generatedColumn + (section.generatedOffset.generatedLine === mapping.generatedLine ? section.generatedOffset.generatedColumn - 1 : 0),
            originalLine: mapping.originalLine,
            originalColumn: mapping.originalColumn,
            name
          };
          this.__generatedMappings.push(adjustedMapping);
          if (typeof adjustedMapping.originalLine === "number") {
            this.__originalMappings.push(adjustedMapping);
          }
        }
      }
      quickSort(this.__generatedMappings, util.compareByGeneratedPositionsDeflated);
      quickSort(this.__originalMappings, util.compareByOriginalPositions);
    };
    exports.IndexedSourceMapConsumer = IndexedSourceMapConsumer;
  }
});

// node_modules/source-map/lib/source-node.js
var require_source_node = __commonJS({
  "node_modules/source-map/lib/source-node.js"(exports) {
    var SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    var util = require_util();
    var REGEX_NEWLINE = /(\r?\n)/;
    var NEWLINE_CODE = 10;
    var isSourceNode = "$$$isSourceNode$$$";
    function SourceNode(aLine, aColumn, aSource, aChunks, aName) {
      this.children = [];
      this.sourceContents = {};
      this.line = aLine == null ? null : aLine;
      this.column = aColumn == null ? null : aColumn;
      this.source = aSource == null ? null : aSource;
      this.name = aName == null ? null : aName;
      this[isSourceNode] = true;
      if (aChunks != null) this.add(aChunks);
    }
    SourceNode.fromStringWithSourceMap = function SourceNode_fromStringWithSourceMap(aGeneratedCode, aSourceMapConsumer, aRelativePath) {
      var node2 = new SourceNode();
      var remainingLines = aGeneratedCode.split(REGEX_NEWLINE);
      var remainingLinesIndex = 0;
      var shiftNextLine = function() {
        var lineContents = getNextLine();
        var newLine = getNextLine() || "";
        return lineContents + newLine;
        function getNextLine() {
          return remainingLinesIndex < remainingLines.length ? remainingLines[remainingLinesIndex++] : void 0;
        }
      };
      var lastGeneratedLine = 1, lastGeneratedColumn = 0;
      var lastMapping = null;
      aSourceMapConsumer.eachMapping(function(mapping) {
        if (lastMapping !== null) {
          if (lastGeneratedLine < mapping.generatedLine) {
            addMappingWithCode(lastMapping, shiftNextLine());
            lastGeneratedLine++;
            lastGeneratedColumn = 0;
          } else {
            var nextLine = remainingLines[remainingLinesIndex] || "";
            var code = nextLine.substr(0, mapping.generatedColumn - lastGeneratedColumn);
            remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn - lastGeneratedColumn);
            lastGeneratedColumn = mapping.generatedColumn;
            addMappingWithCode(lastMapping, code);
            lastMapping = mapping;
            return;
          }
        }
        while (lastGeneratedLine < mapping.generatedLine) {
          node2.add(shiftNextLine());
          lastGeneratedLine++;
        }
        if (lastGeneratedColumn < mapping.generatedColumn) {
          var nextLine = remainingLines[remainingLinesIndex] || "";
          node2.add(nextLine.substr(0, mapping.generatedColumn));
          remainingLines[remainingLinesIndex] = nextLine.substr(mapping.generatedColumn);
          lastGeneratedColumn = mapping.generatedColumn;
        }
        lastMapping = mapping;
      }, this);
      if (remainingLinesIndex < remainingLines.length) {
        if (lastMapping) {
          addMappingWithCode(lastMapping, shiftNextLine());
        }
        node2.add(remainingLines.splice(remainingLinesIndex).join(""));
      }
      aSourceMapConsumer.sources.forEach(function(sourceFile) {
        var content = aSourceMapConsumer.sourceContentFor(sourceFile);
        if (content != null) {
          if (aRelativePath != null) {
            sourceFile = util.join(aRelativePath, sourceFile);
          }
          node2.setSourceContent(sourceFile, content);
        }
      });
      return node2;
      function addMappingWithCode(mapping, code) {
        if (mapping === null || mapping.source === void 0) {
          node2.add(code);
        } else {
          var source = aRelativePath ? util.join(aRelativePath, mapping.source) : mapping.source;
          node2.add(new SourceNode(
            mapping.originalLine,
            mapping.originalColumn,
            source,
            code,
            mapping.name
          ));
        }
      }
    };
    SourceNode.prototype.add = function SourceNode_add(aChunk) {
      if (Array.isArray(aChunk)) {
        aChunk.forEach(function(chunk) {
          this.add(chunk);
        }, this);
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        if (aChunk) {
          this.children.push(aChunk);
        }
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.prepend = function SourceNode_prepend(aChunk) {
      if (Array.isArray(aChunk)) {
        for (var i = aChunk.length - 1; i >= 0; i--) {
          this.prepend(aChunk[i]);
        }
      } else if (aChunk[isSourceNode] || typeof aChunk === "string") {
        this.children.unshift(aChunk);
      } else {
        throw new TypeError(
          "Expected a SourceNode, string, or an array of SourceNodes and strings. Got " + aChunk
        );
      }
      return this;
    };
    SourceNode.prototype.walk = function SourceNode_walk(aFn) {
      var chunk;
      for (var i = 0, len = this.children.length; i < len; i++) {
        chunk = this.children[i];
        if (chunk[isSourceNode]) {
          chunk.walk(aFn);
        } else {
          if (chunk !== "") {
            aFn(chunk, {
              source: this.source,
              line: this.line,
              column: this.column,
              name: this.name
            });
          }
        }
      }
    };
    SourceNode.prototype.join = function SourceNode_join(aSep) {
      var newChildren;
      var i;
      var len = this.children.length;
      if (len > 0) {
        newChildren = [];
        for (i = 0; i < len - 1; i++) {
          newChildren.push(this.children[i]);
          newChildren.push(aSep);
        }
        newChildren.push(this.children[i]);
        this.children = newChildren;
      }
      return this;
    };
    SourceNode.prototype.replaceRight = function SourceNode_replaceRight(aPattern, aReplacement) {
      var lastChild = this.children[this.children.length - 1];
      if (lastChild[isSourceNode]) {
        lastChild.replaceRight(aPattern, aReplacement);
      } else if (typeof lastChild === "string") {
        this.children[this.children.length - 1] = lastChild.replace(aPattern, aReplacement);
      } else {
        this.children.push("".replace(aPattern, aReplacement));
      }
      return this;
    };
    SourceNode.prototype.setSourceContent = function SourceNode_setSourceContent(aSourceFile, aSourceContent) {
      this.sourceContents[util.toSetString(aSourceFile)] = aSourceContent;
    };
    SourceNode.prototype.walkSourceContents = function SourceNode_walkSourceContents(aFn) {
      for (var i = 0, len = this.children.length; i < len; i++) {
        if (this.children[i][isSourceNode]) {
          this.children[i].walkSourceContents(aFn);
        }
      }
      var sources = Object.keys(this.sourceContents);
      for (var i = 0, len = sources.length; i < len; i++) {
        aFn(util.fromSetString(sources[i]), this.sourceContents[sources[i]]);
      }
    };
    SourceNode.prototype.toString = function SourceNode_toString() {
      var str = "";
      this.walk(function(chunk) {
        str += chunk;
      });
      return str;
    };
    SourceNode.prototype.toStringWithSourceMap = function SourceNode_toStringWithSourceMap(aArgs) {
      var generated = {
        code: "",
        line: 1,
        column: 0
      };
      var map = new SourceMapGenerator(aArgs);
      var sourceMappingActive = false;
      var lastOriginalSource = null;
      var lastOriginalLine = null;
      var lastOriginalColumn = null;
      var lastOriginalName = null;
      this.walk(function(chunk, original) {
        generated.code += chunk;
        if (original.source !== null && original.line !== null && original.column !== null) {
          if (lastOriginalSource !== original.source || lastOriginalLine !== original.line || lastOriginalColumn !== original.column || lastOriginalName !== original.name) {
            map.addMapping({
              source: original.source,
              original: {
                line: original.line,
                column: original.column
              },
              generated: {
                line: generated.line,
                column: generated.column
              },
              name: original.name
            });
          }
          lastOriginalSource = original.source;
          lastOriginalLine = original.line;
          lastOriginalColumn = original.column;
          lastOriginalName = original.name;
          sourceMappingActive = true;
        } else if (sourceMappingActive) {
          map.addMapping({
            generated: {
              line: generated.line,
              column: generated.column
            }
          });
          lastOriginalSource = null;
          sourceMappingActive = false;
        }
        for (var idx = 0, length2 = chunk.length; idx < length2; idx++) {
          if (chunk.charCodeAt(idx) === NEWLINE_CODE) {
            generated.line++;
            generated.column = 0;
            if (idx + 1 === length2) {
              lastOriginalSource = null;
              sourceMappingActive = false;
            } else if (sourceMappingActive) {
              map.addMapping({
                source: original.source,
                original: {
                  line: original.line,
                  column: original.column
                },
                generated: {
                  line: generated.line,
                  column: generated.column
                },
                name: original.name
              });
            }
          } else {
            generated.column++;
          }
        }
      });
      this.walkSourceContents(function(sourceFile, sourceContent) {
        map.setSourceContent(sourceFile, sourceContent);
      });
      return { code: generated.code, map };
    };
    exports.SourceNode = SourceNode;
  }
});

// node_modules/source-map/source-map.js
var require_source_map = __commonJS({
  "node_modules/source-map/source-map.js"(exports) {
    exports.SourceMapGenerator = require_source_map_generator().SourceMapGenerator;
    exports.SourceMapConsumer = require_source_map_consumer().SourceMapConsumer;
    exports.SourceNode = require_source_node().SourceNode;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js
var require_code_gen = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/code-gen.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.safeJsonLiteral = safeJsonLiteral;
    var _utils = require_utils();
    var NEEDS_ESCAPING = /[\x00-\x1f\\"\u2028\u2029<\ud800-\udfff]/;
    var SCRIPT_DELIMITERS = /<(?=!--|\/?script)/gi;
    function escapeScriptDelimiters(code) {
      return code.replace(SCRIPT_DELIMITERS, "\\u003C");
    }
    function escapeSurrogate(surrogate) {
      return "\\u" + surrogate.charCodeAt(0).toString(16);
    }
    function safeJsonLiteral(value) {
      return escapeScriptDelimiters(JSON.stringify(value).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029").replace(/[\ud800-\udfff]/g, escapeSurrogate));
    }
    var SourceNode = void 0;
    try {
      if (typeof define !== "function" || !define.amd) {
        SourceMap = require_source_map();
        SourceNode = SourceMap.SourceNode;
      }
    } catch (err) {
    }
    var SourceMap;
    if (!SourceNode) {
      SourceNode = function(line, column, srcFile, chunks) {
        this.src = "";
        if (chunks) {
          this.add(chunks);
        }
      };
      SourceNode.prototype = {
        add: function add(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src += chunks;
        },
        prepend: function prepend(chunks) {
          if (_utils.isArray(chunks)) {
            chunks = chunks.join("");
          }
          this.src = chunks + this.src;
        },
        toStringWithSourceMap: function toStringWithSourceMap() {
          return { code: this.toString() };
        },
        toString: function toString() {
          return this.src;
        }
      };
    }
    function castChunk(chunk, codeGen, loc) {
      if (_utils.isArray(chunk)) {
        var ret = [];
        for (var i = 0, len = chunk.length; i < len; i++) {
          ret.push(codeGen.wrap(chunk[i], loc));
        }
        return ret;
      } else if (typeof chunk === "boolean" || typeof chunk === "number") {
        return chunk + "";
      }
      return chunk;
    }
    function CodeGen(srcFile) {
      this.srcFile = srcFile;
      this.source = [];
    }
    CodeGen.prototype = {
      isEmpty: function isEmpty() {
        return !this.source.length;
      },
      prepend: function prepend(source, loc) {
        this.source.unshift(this.wrap(source, loc));
      },
      push: function push(source, loc) {
        this.source.push(this.wrap(source, loc));
      },
      merge: function merge2() {
        var source = this.empty();
        this.each(function(line) {
          source.add(["  ", line, "\n"]);
        });
        return source;
      },
      each: function each(iter) {
        for (var i = 0, len = this.source.length; i < len; i++) {
          iter(this.source[i]);
        }
      },
      empty: function empty() {
        var loc = this.currentLocation || { start: {} };
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile);
      },
      wrap: function wrap(chunk) {
        var loc = arguments.length <= 1 || arguments[1] === void 0 ? this.currentLocation || { start: {} } : arguments[1];
        if (chunk instanceof SourceNode) {
          return chunk;
        }
        chunk = castChunk(chunk, this, loc);
        return new SourceNode(loc.start.line, loc.start.column, this.srcFile, chunk);
      },
      functionCall: function functionCall(fn, type, params) {
        params = this.generateList(params);
        return this.wrap([fn, type ? "." + type + "(" : "(", params, ")"]);
      },
      quotedString: function quotedString(str) {
        str = str + "";
        if (!NEEDS_ESCAPING.test(str)) {
          return '"' + str + '"';
        }
        return safeJsonLiteral(str);
      },
      objectLiteral: function objectLiteral(obj) {
        var _this = this;
        var pairs = [];
        Object.keys(obj).forEach(function(key) {
          var value = castChunk(obj[key], _this);
          if (value !== "undefined") {
            pairs.push([_this.quotedString(key), ":", value]);
          }
        });
        var ret = this.generateList(pairs);
        ret.prepend("{");
        ret.add("}");
        return ret;
      },
      generateList: function generateList(entries) {
        var ret = this.empty();
        for (var i = 0, len = entries.length; i < len; i++) {
          if (i) {
            ret.add(",");
          }
          ret.add(castChunk(entries[i], this));
        }
        return ret;
      },
      generateArray: function generateArray(entries) {
        var ret = this.generateList(entries);
        ret.prepend("[");
        ret.add("]");
        return ret;
      }
    };
    exports["default"] = CodeGen;
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js
var require_javascript_compiler = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _base = require_base();
    var _exception = require_exception();
    var _exception2 = _interopRequireDefault(_exception);
    var _utils = require_utils();
    var _codeGen = require_code_gen();
    var _codeGen2 = _interopRequireDefault(_codeGen);
    function Literal(value) {
      this.value = value;
    }
    function JavaScriptCompiler() {
    }
    JavaScriptCompiler.prototype = {
      // PUBLIC API: You can override these methods in a subclass to provide
      // alternative compiled forms for name lookup and buffering semantics
      nameLookup: function nameLookup(parent, name) {
        return this.internalNameLookup(parent, name);
      },
      depthedLookup: function depthedLookup(name) {
        return [this.aliasable("container.lookup"), "(depths, ", this.quotedString(name), ")"];
      },
      compilerInfo: function compilerInfo() {
        var revision = _base.COMPILER_REVISION, versions = _base.REVISION_CHANGES[revision];
        return [revision, versions];
      },
      appendToBuffer: function appendToBuffer(source, location, explicit) {
        if (!_utils.isArray(source)) {
          source = [source];
        }
        source = this.source.wrap(source, location);
        if (this.environment.isSimple) {
          return ["return ", source, ";"];
        } else if (explicit) {
          return ["buffer += ", source, ";"];
        } else {
          source.appendToBuffer = true;
          return source;
        }
      },
      initializeBuffer: function initializeBuffer() {
        return this.quotedString("");
      },
      // END PUBLIC API
      internalNameLookup: function internalNameLookup(parent, name) {
        this.lookupPropertyFunctionIsUsed = true;
        return ["lookupProperty(", parent, ",", this.quotedString(name), ")"];
      },
      lookupPropertyFunctionIsUsed: false,
      compile: function compile(environment, options, context, asObject) {
        this.environment = environment;
        this.options = options;
        this.stringParams = this.options.stringParams;
        this.trackIds = this.options.trackIds;
        this.precompile = !asObject;
        this.name = this.environment.name;
        this.isChild = !!context;
        this.context = context || {
          decorators: [],
          programs: [],
          environments: []
        };
        this.preamble();
        this.stackSlot = 0;
        this.stackVars = [];
        this.aliases = {};
        this.registers = { list: [] };
        this.hashes = [];
        this.compileStack = [];
        this.inlineStack = [];
        this.blockParams = [];
        this.compileChildren(environment, options);
        this.useDepths = this.useDepths || environment.useDepths || environment.useDecorators || this.options.compat;
        this.useBlockParams = this.useBlockParams || environment.useBlockParams;
        var opcodes = environment.opcodes, opcode = void 0, firstLoc = void 0, i = void 0, l = void 0;
        for (i = 0, l = opcodes.length; i < l; i++) {
          opcode = opcodes[i];
          this.source.currentLocation = opcode.loc;
          firstLoc = firstLoc || opcode.loc;
          this[opcode.opcode].apply(this, opcode.args);
        }
        this.source.currentLocation = firstLoc;
        this.pushSource("");
        if (this.stackSlot || this.inlineStack.length || this.compileStack.length) {
          throw new _exception2["default"]("Compile completed with content left on stack");
        }
        if (!this.decorators.isEmpty()) {
          this.useDecorators = true;
          this.decorators.prepend(["var decorators = container.decorators, ", this.lookupPropertyFunctionVarDeclaration(), ";\n"]);
          this.decorators.push("return fn;");
          if (asObject) {
            this.decorators = Function.apply(this, ["fn", "props", "container", "depth0", "data", "blockParams", "depths", this.decorators.merge()]);
          } else {
            this.decorators.prepend("function(fn, props, container, depth0, data, blockParams, depths) {\n");
            this.decorators.push("}\n");
            this.decorators = this.decorators.merge();
          }
        } else {
          this.decorators = void 0;
        }
        var fn = this.createFunctionContext(asObject);
        if (!this.isChild) {
          var ret = {
            compiler: this.compilerInfo(),
            main: fn
          };
          if (this.decorators) {
            ret.main_d = this.decorators;
            ret.useDecorators = true;
          }
          var _context = this.context;
          var programs = _context.programs;
          var decorators = _context.decorators;
          for (i = 0, l = programs.length; i < l; i++) {
            ret[i] = programs[i];
            if (decorators[i]) {
              ret[i + "_d"] = decorators[i];
              ret.useDecorators = true;
            }
          }
          if (this.environment.usePartial) {
            ret.usePartial = true;
          }
          if (this.options.data) {
            ret.useData = true;
          }
          if (this.useDepths) {
            ret.useDepths = true;
          }
          if (this.useBlockParams) {
            ret.useBlockParams = true;
          }
          if (this.options.compat) {
            ret.compat = true;
          }
          if (!asObject) {
            ret.compiler = JSON.stringify(ret.compiler);
            this.source.currentLocation = { start: { line: 1, column: 0 } };
            ret = this.objectLiteral(ret);
            if (options.srcName) {
              ret = ret.toStringWithSourceMap({ file: options.destName });
              ret.map = ret.map && ret.map.toString();
            } else {
              ret = ret.toString();
            }
          } else {
            ret.compilerOptions = this.options;
          }
          return ret;
        } else {
          return fn;
        }
      },
      preamble: function preamble() {
        this.lastContext = 0;
        this.source = new _codeGen2["default"](this.options.srcName);
        this.decorators = new _codeGen2["default"](this.options.srcName);
      },
      createFunctionContext: function createFunctionContext(asObject) {
        var _this = this;
        var varDeclarations = "";
        var locals = this.stackVars.concat(this.registers.list);
        if (locals.length > 0) {
          varDeclarations += ", " + locals.join(", ");
        }
        var aliasCount = 0;
        Object.keys(this.aliases).forEach(function(alias) {
          var node2 = _this.aliases[alias];
          if (node2.children && node2.referenceCount > 1) {
            varDeclarations += ", alias" + ++aliasCount + "=" + alias;
            node2.children[0] = "alias" + aliasCount;
          }
        });
        if (this.lookupPropertyFunctionIsUsed) {
          varDeclarations += ", " + this.lookupPropertyFunctionVarDeclaration();
        }
        var params = ["container", "depth0", "helpers", "partials", "data"];
        if (this.useBlockParams || this.useDepths) {
          params.push("blockParams");
        }
        if (this.useDepths) {
          params.push("depths");
        }
        var source = this.mergeSource(varDeclarations);
        if (asObject) {
          params.push(source);
          return Function.apply(this, params);
        } else {
          return this.source.wrap(["function(", params.join(","), ") {\n  ", source, "}"]);
        }
      },
      mergeSource: function mergeSource(varDeclarations) {
        var isSimple = this.environment.isSimple, appendOnly = !this.forceBuffer, appendFirst = void 0, sourceSeen = void 0, bufferStart = void 0, bufferEnd = void 0;
        this.source.each(function(line) {
          if (line.appendToBuffer) {
            if (bufferStart) {
              line.prepend("  + ");
            } else {
              bufferStart = line;
            }
            bufferEnd = line;
          } else {
            if (bufferStart) {
              if (!sourceSeen) {
                appendFirst = true;
              } else {
                bufferStart.prepend("buffer += ");
              }
              bufferEnd.add(";");
              bufferStart = bufferEnd = void 0;
            }
            sourceSeen = true;
            if (!isSimple) {
              appendOnly = false;
            }
          }
        });
        if (appendOnly) {
          if (bufferStart) {
            bufferStart.prepend("return ");
            bufferEnd.add(";");
          } else if (!sourceSeen) {
            this.source.push('return "";');
          }
        } else {
          varDeclarations += ", buffer = " + (appendFirst ? "" : this.initializeBuffer());
          if (bufferStart) {
            bufferStart.prepend("return buffer + ");
            bufferEnd.add(";");
          } else {
            this.source.push("return buffer;");
          }
        }
        if (varDeclarations) {
          this.source.prepend("var " + varDeclarations.substring(2) + (appendFirst ? "" : ";\n"));
        }
        return this.source.merge();
      },
      lookupPropertyFunctionVarDeclaration: function lookupPropertyFunctionVarDeclaration() {
        return "\n      lookupProperty = container.lookupProperty || function(parent, propertyName) {\n        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {\n          return parent[propertyName];\n        }\n        return undefined\n    }\n    ".trim();
      },
      // [blockValue]
      //
      // On stack, before: hash, inverse, program, value
      // On stack, after: return value of blockHelperMissing
      //
      // The purpose of this opcode is to take a block of the form
      // `{{#this.foo}}...{{/this.foo}}`, resolve the value of `foo`, and
      // replace it on the stack with the result of properly
      // invoking blockHelperMissing.
      blockValue: function blockValue(name) {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs(name, 0, params);
        var blockName = this.popStack();
        params.splice(1, 0, blockName);
        this.push(this.source.functionCall(blockHelperMissing, "call", params));
      },
      // [ambiguousBlockValue]
      //
      // On stack, before: hash, inverse, program, value
      // Compiler value, before: lastHelper=value of last found helper, if any
      // On stack, after, if no lastHelper: same as [blockValue]
      // On stack, after, if lastHelper: value
      ambiguousBlockValue: function ambiguousBlockValue() {
        var blockHelperMissing = this.aliasable("container.hooks.blockHelperMissing"), params = [this.contextName(0)];
        this.setupHelperArgs("", 0, params, true);
        this.flushInline();
        var current = this.topStack();
        params.splice(1, 0, current);
        this.pushSource(["if (!", this.lastHelper, ") { ", current, " = ", this.source.functionCall(blockHelperMissing, "call", params), "}"]);
      },
      // [appendContent]
      //
      // On stack, before: ...
      // On stack, after: ...
      //
      // Appends the string value of `content` to the current buffer
      appendContent: function appendContent(content) {
        if (this.pendingContent) {
          content = this.pendingContent + content;
        } else {
          this.pendingLocation = this.source.currentLocation;
        }
        this.pendingContent = content;
      },
      // [append]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Coerces `value` to a String and appends it to the current buffer.
      //
      // If `value` is truthy, or 0, it is coerced into a string and appended
      // Otherwise, the empty string is appended
      append: function append() {
        if (this.isInline()) {
          this.replaceStack(function(current) {
            return [" != null ? ", current, ' : ""'];
          });
          this.pushSource(this.appendToBuffer(this.popStack()));
        } else {
          var local = this.popStack();
          this.pushSource(["if (", local, " != null) { ", this.appendToBuffer(local, void 0, true), " }"]);
          if (this.environment.isSimple) {
            this.pushSource(["else { ", this.appendToBuffer("''", void 0, true), " }"]);
          }
        }
      },
      // [appendEscaped]
      //
      // On stack, before: value, ...
      // On stack, after: ...
      //
      // Escape `value` and append it to the buffer
      appendEscaped: function appendEscaped() {
        this.pushSource(this.appendToBuffer([this.aliasable("container.escapeExpression"), "(", this.popStack(), ")"]));
      },
      // [getContext]
      //
      // On stack, before: ...
      // On stack, after: ...
      // Compiler value, after: lastContext=depth
      //
      // Set the value of the `lastContext` compiler value to the depth
      getContext: function getContext(depth) {
        this.lastContext = depth;
      },
      // [pushContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext, ...
      //
      // Pushes the value of the current context onto the stack.
      pushContext: function pushContext() {
        this.pushStackLiteral(this.contextName(this.lastContext));
      },
      // [lookupOnContext]
      //
      // On stack, before: ...
      // On stack, after: currentContext[name], ...
      //
      // Looks up the value of `name` on the current context and pushes
      // it onto the stack.
      lookupOnContext: function lookupOnContext(parts, falsy, strict, scoped) {
        var i = 0;
        if (!scoped && this.options.compat && !this.lastContext) {
          this.push(this.depthedLookup(parts[i++]));
        } else {
          this.pushContext();
        }
        this.resolvePath("context", parts, i, falsy, strict);
      },
      // [lookupBlockParam]
      //
      // On stack, before: ...
      // On stack, after: blockParam[name], ...
      //
      // Looks up the value of `parts` on the given block param and pushes
      // it onto the stack.
      lookupBlockParam: function lookupBlockParam(blockParamId, parts) {
        this.useBlockParams = true;
        this.push(["blockParams[", blockParamId[0], "][", blockParamId[1], "]"]);
        this.resolvePath("context", parts, 1);
      },
      // [lookupData]
      //
      // On stack, before: ...
      // On stack, after: data, ...
      //
      // Push the data lookup operator
      lookupData: function lookupData(depth, parts, strict) {
        if (!depth) {
          this.pushStackLiteral("data");
        } else {
          this.pushStackLiteral("container.data(data, " + depth + ")");
        }
        this.resolvePath("data", parts, 0, true, strict);
      },
      resolvePath: function resolvePath(type, parts, startPartIndex, falsy, strict) {
        var _this2 = this;
        if (this.options.strict || this.options.assumeObjects) {
          this.push(strictLookup(this.options.strict && strict, this, parts, startPartIndex, type));
          return;
        }
        var len = parts.length;
        var _loop = function(i2) {
          _this2.replaceStack(function(current) {
            var lookup = _this2.nameLookup(current, parts[i2], type);
            if (!falsy) {
              return [" != null ? ", lookup, " : ", current];
            } else {
              return [" && ", lookup];
            }
          });
        };
        for (var i = startPartIndex; i < len; i++) {
          _loop(i);
        }
      },
      // [resolvePossibleLambda]
      //
      // On stack, before: value, ...
      // On stack, after: resolved value, ...
      //
      // If the `value` is a lambda, replace it on the stack by
      // the return value of the lambda
      resolvePossibleLambda: function resolvePossibleLambda() {
        this.push([this.aliasable("container.lambda"), "(", this.popStack(), ", ", this.contextName(0), ")"]);
      },
      // [pushStringParam]
      //
      // On stack, before: ...
      // On stack, after: string, currentContext, ...
      //
      // This opcode is designed for use in string mode, which
      // provides the string value of a parameter along with its
      // depth rather than resolving it immediately.
      pushStringParam: function pushStringParam(string3, type) {
        this.pushContext();
        this.pushString(type);
        if (type !== "SubExpression") {
          if (typeof string3 === "string") {
            this.pushString(string3);
          } else {
            this.pushStackLiteral(string3);
          }
        }
      },
      emptyHash: function emptyHash(omitEmpty) {
        if (this.trackIds) {
          this.push("{}");
        }
        if (this.stringParams) {
          this.push("{}");
          this.push("{}");
        }
        this.pushStackLiteral(omitEmpty ? "undefined" : "{}");
      },
      pushHash: function pushHash() {
        if (this.hash) {
          this.hashes.push(this.hash);
        }
        this.hash = { values: {}, types: [], contexts: [], ids: [] };
      },
      popHash: function popHash() {
        var hash = this.hash;
        this.hash = this.hashes.pop();
        if (this.trackIds) {
          this.push(this.objectLiteral(hash.ids));
        }
        if (this.stringParams) {
          this.push(this.objectLiteral(hash.contexts));
          this.push(this.objectLiteral(hash.types));
        }
        this.push(this.objectLiteral(hash.values));
      },
      // [pushString]
      //
      // On stack, before: ...
      // On stack, after: quotedString(string), ...
      //
      // Push a quoted version of `string` onto the stack
      pushString: function pushString(string3) {
        this.pushStackLiteral(this.quotedString(string3));
      },
      // [pushLiteral]
      //
      // On stack, before: ...
      // On stack, after: value, ...
      //
      // Pushes a value onto the stack. This operation prevents
      // the compiler from creating a temporary variable to hold
      // it.
      pushLiteral: function pushLiteral(value) {
        this.pushStackLiteral(value);
      },
      // [pushProgram]
      //
      // On stack, before: ...
      // On stack, after: program(guid), ...
      //
      // Push a program expression onto the stack. This takes
      // a compile-time guid and converts it into a runtime-accessible
      // expression.
      pushProgram: function pushProgram(guid2) {
        if (guid2 != null) {
          this.pushStackLiteral(this.programExpression(guid2));
        } else {
          this.pushStackLiteral(null);
        }
      },
      // [registerDecorator]
      //
      // On stack, before: hash, program, params..., ...
      // On stack, after: ...
      //
      // Pops off the decorator's parameters, invokes the decorator,
      // and inserts the decorator into the decorators list.
      registerDecorator: function registerDecorator(paramSize, name) {
        var foundDecorator = this.nameLookup("decorators", name, "decorator"), options = this.setupHelperArgs(name, paramSize);
        this.decorators.push(["var decorator = ", foundDecorator, ";"]);
        this.decorators.push(['if (typeof decorator !== "function") { throw new Error(', this.quotedString('Missing decorator: "' + name + '"'), "); }"]);
        this.decorators.push(["fn = ", this.decorators.functionCall("decorator", "", ["fn", "props", "container", options]), " || fn;"]);
      },
      // [invokeHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // Pops off the helper's parameters, invokes the helper,
      // and pushes the helper's return value onto the stack.
      //
      // If the helper is not found, `helperMissing` is called.
      invokeHelper: function invokeHelper(paramSize, name, isSimple) {
        var nonHelper = this.popStack(), helper = this.setupHelper(paramSize, name);
        var possibleFunctionCalls = [];
        if (isSimple) {
          possibleFunctionCalls.push(helper.name);
        }
        possibleFunctionCalls.push(nonHelper);
        if (!this.options.strict) {
          possibleFunctionCalls.push(this.aliasable("container.hooks.helperMissing"));
        }
        var functionLookupCode = ["(", this.itemsSeparatedBy(possibleFunctionCalls, "||"), ")"];
        var functionCall = this.source.functionCall(functionLookupCode, "call", helper.callParams);
        this.push(functionCall);
      },
      itemsSeparatedBy: function itemsSeparatedBy(items, separator) {
        var result = [];
        result.push(items[0]);
        for (var i = 1; i < items.length; i++) {
          result.push(separator, items[i]);
        }
        return result;
      },
      // [invokeKnownHelper]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of helper invocation
      //
      // This operation is used when the helper is known to exist,
      // so a `helperMissing` fallback is not required.
      invokeKnownHelper: function invokeKnownHelper(paramSize, name) {
        var helper = this.setupHelper(paramSize, name);
        this.push(this.source.functionCall(helper.name, "call", helper.callParams));
      },
      // [invokeAmbiguous]
      //
      // On stack, before: hash, inverse, program, params..., ...
      // On stack, after: result of disambiguation
      //
      // This operation is used when an expression like `{{foo}}`
      // is provided, but we don't know at compile-time whether it
      // is a helper or a path.
      //
      // This operation emits more code than the other options,
      // and can be avoided by passing the `knownHelpers` and
      // `knownHelpersOnly` flags at compile-time.
      invokeAmbiguous: function invokeAmbiguous(name, helperCall) {
        this.useRegister("helper");
        var nonHelper = this.popStack();
        this.emptyHash();
        var helper = this.setupHelper(0, name, helperCall);
        var helperName = this.lastHelper = this.nameLookup("helpers", name, "helper");
        var lookup = ["(", "(helper = ", helperName, " || ", nonHelper, ")"];
        if (!this.options.strict) {
          lookup[0] = "(helper = ";
          lookup.push(" != null ? helper : ", this.aliasable("container.hooks.helperMissing"));
        }
        this.push(["(", lookup, helper.paramsInit ? ["),(", helper.paramsInit] : [], "),", "(typeof helper === ", this.aliasable('"function"'), " ? ", this.source.functionCall("helper", "call", helper.callParams), " : helper))"]);
      },
      // [invokePartial]
      //
      // On stack, before: context, ...
      // On stack after: result of partial invocation
      //
      // This operation pops off a context, invokes a partial with that context,
      // and pushes the result of the invocation back.
      invokePartial: function invokePartial(isDynamic, name, indent) {
        var params = [], options = this.setupParams(name, 1, params);
        if (isDynamic) {
          name = this.popStack();
          delete options.name;
        }
        if (indent) {
          options.indent = this.quotedString(indent);
        }
        options.helpers = "helpers";
        options.partials = "partials";
        options.decorators = "container.decorators";
        if (!isDynamic) {
          params.unshift(this.nameLookup("partials", name, "partial"));
        } else {
          params.unshift(name);
        }
        if (this.options.compat) {
          options.depths = "depths";
        }
        options = this.objectLiteral(options);
        params.push(options);
        this.push(this.source.functionCall("container.invokePartial", "", params));
      },
      // [assignToHash]
      //
      // On stack, before: value, ..., hash, ...
      // On stack, after: ..., hash, ...
      //
      // Pops a value off the stack and assigns it to the current hash
      assignToHash: function assignToHash(key) {
        var value = this.popStack(), context = void 0, type = void 0, id = void 0;
        if (this.trackIds) {
          id = this.popStack();
        }
        if (this.stringParams) {
          type = this.popStack();
          context = this.popStack();
        }
        var hash = this.hash;
        if (context) {
          hash.contexts[key] = context;
        }
        if (type) {
          hash.types[key] = type;
        }
        if (id) {
          hash.ids[key] = id;
        }
        hash.values[key] = value;
      },
      pushId: function pushId(type, name, child) {
        if (type === "BlockParam") {
          this.pushStackLiteral("blockParams[" + name[0] + "].path[" + name[1] + "]" + (child ? " + " + this.quotedString("." + child) : ""));
        } else if (type === "PathExpression") {
          this.pushString(name);
        } else if (type === "SubExpression") {
          this.pushStackLiteral("true");
        } else {
          this.pushStackLiteral("null");
        }
      },
      // HELPERS
      compiler: JavaScriptCompiler,
      compileChildren: function compileChildren(environment, options) {
        var children = environment.children, child = void 0, compiler = void 0;
        for (var i = 0, l = children.length; i < l; i++) {
          child = children[i];
          compiler = new this.compiler();
          var existing = this.matchExistingProgram(child);
          if (existing == null) {
            var index = this.context.programs.push("") - 1;
            child.index = index;
            child.name = "program" + index;
            this.context.programs[index] = compiler.compile(child, options, this.context, !this.precompile);
            this.context.decorators[index] = compiler.decorators;
            this.context.environments[index] = child;
            this.useDepths = this.useDepths || compiler.useDepths;
            this.useBlockParams = this.useBlockParams || compiler.useBlockParams;
            child.useDepths = this.useDepths;
            child.useBlockParams = this.useBlockParams;
          } else {
            child.index = existing.index;
            child.name = "program" + existing.index;
            this.useDepths = this.useDepths || existing.useDepths;
            this.useBlockParams = this.useBlockParams || existing.useBlockParams;
          }
        }
      },
      matchExistingProgram: function matchExistingProgram(child) {
        for (var i = 0, len = this.context.environments.length; i < len; i++) {
          var environment = this.context.environments[i];
          if (environment && environment.equals(child)) {
            return environment;
          }
        }
      },
      programExpression: function programExpression(guid2) {
        var child = this.environment.children[guid2], programParams = [child.index, "data", child.blockParams];
        if (this.useBlockParams || this.useDepths) {
          programParams.push("blockParams");
        }
        if (this.useDepths) {
          programParams.push("depths");
        }
        return "container.program(" + programParams.join(", ") + ")";
      },
      useRegister: function useRegister(name) {
        if (!this.registers[name]) {
          this.registers[name] = true;
          this.registers.list.push(name);
        }
      },
      push: function push(expr) {
        if (!(expr instanceof Literal)) {
          expr = this.source.wrap(expr);
        }
        this.inlineStack.push(expr);
        return expr;
      },
      pushStackLiteral: function pushStackLiteral(item) {
        this.push(new Literal(item));
      },
      pushSource: function pushSource(source) {
        if (this.pendingContent) {
          this.source.push(this.appendToBuffer(this.source.quotedString(this.pendingContent), this.pendingLocation));
          this.pendingContent = void 0;
        }
        if (source) {
          this.source.push(source);
        }
      },
      replaceStack: function replaceStack(callback) {
        var prefix = ["("], stack = void 0, createdStack = void 0, usedLiteral = void 0;
        if (!this.isInline()) {
          throw new _exception2["default"]("replaceStack on non-inline");
        }
        var top = this.popStack(true);
        if (top instanceof Literal) {
          stack = [top.value];
          prefix = ["(", stack];
          usedLiteral = true;
        } else {
          createdStack = true;
          var _name = this.incrStack();
          prefix = ["((", this.push(_name), " = ", top, ")"];
          stack = this.topStack();
        }
        var item = callback.call(this, stack);
        if (!usedLiteral) {
          this.popStack();
        }
        if (createdStack) {
          this.stackSlot--;
        }
        this.push(prefix.concat(item, ")"));
      },
      incrStack: function incrStack() {
        this.stackSlot++;
        if (this.stackSlot > this.stackVars.length) {
          this.stackVars.push("stack" + this.stackSlot);
        }
        return this.topStackName();
      },
      topStackName: function topStackName() {
        return "stack" + this.stackSlot;
      },
      flushInline: function flushInline() {
        var inlineStack = this.inlineStack;
        this.inlineStack = [];
        for (var i = 0, len = inlineStack.length; i < len; i++) {
          var entry = inlineStack[i];
          if (entry instanceof Literal) {
            this.compileStack.push(entry);
          } else {
            var stack = this.incrStack();
            this.pushSource([stack, " = ", entry, ";"]);
            this.compileStack.push(stack);
          }
        }
      },
      isInline: function isInline() {
        return this.inlineStack.length;
      },
      popStack: function popStack(wrapped) {
        var inline = this.isInline(), item = (inline ? this.inlineStack : this.compileStack).pop();
        if (!wrapped && item instanceof Literal) {
          return item.value;
        } else {
          if (!inline) {
            if (!this.stackSlot) {
              throw new _exception2["default"]("Invalid stack pop");
            }
            this.stackSlot--;
          }
          return item;
        }
      },
      topStack: function topStack() {
        var stack = this.isInline() ? this.inlineStack : this.compileStack, item = stack[stack.length - 1];
        if (item instanceof Literal) {
          return item.value;
        } else {
          return item;
        }
      },
      contextName: function contextName(context) {
        if (this.useDepths && context) {
          return "depths[" + context + "]";
        } else {
          return "depth" + context;
        }
      },
      quotedString: function quotedString(str) {
        return this.source.quotedString(str);
      },
      objectLiteral: function objectLiteral(obj) {
        return this.source.objectLiteral(obj);
      },
      aliasable: function aliasable(name) {
        var ret = this.aliases[name];
        if (ret) {
          ret.referenceCount++;
          return ret;
        }
        ret = this.aliases[name] = this.source.wrap(name);
        ret.aliasable = true;
        ret.referenceCount = 1;
        return ret;
      },
      setupHelper: function setupHelper(paramSize, name, blockHelper) {
        var params = [], paramsInit = this.setupHelperArgs(name, paramSize, params, blockHelper);
        var foundHelper = this.nameLookup("helpers", name, "helper"), callContext = this.aliasable(this.contextName(0) + " != null ? " + this.contextName(0) + " : (container.nullContext || {})");
        return {
          params,
          paramsInit,
          name: foundHelper,
          callParams: [callContext].concat(params)
        };
      },
      setupParams: function setupParams(helper, paramSize, params) {
        var options = {}, contexts = [], types = [], ids = [], objectArgs = !params, param = void 0;
        if (objectArgs) {
          params = [];
        }
        options.name = this.quotedString(helper);
        options.hash = this.popStack();
        if (this.trackIds) {
          options.hashIds = this.popStack();
        }
        if (this.stringParams) {
          options.hashTypes = this.popStack();
          options.hashContexts = this.popStack();
        }
        var inverse = this.popStack(), program = this.popStack();
        if (program || inverse) {
          options.fn = program || "container.noop";
          options.inverse = inverse || "container.noop";
        }
        var i = paramSize;
        while (i--) {
          param = this.popStack();
          params[i] = param;
          if (this.trackIds) {
            ids[i] = this.popStack();
          }
          if (this.stringParams) {
            types[i] = this.popStack();
            contexts[i] = this.popStack();
          }
        }
        if (objectArgs) {
          options.args = this.source.generateArray(params);
        }
        if (this.trackIds) {
          options.ids = this.source.generateArray(ids);
        }
        if (this.stringParams) {
          options.types = this.source.generateArray(types);
          options.contexts = this.source.generateArray(contexts);
        }
        if (this.options.data) {
          options.data = "data";
        }
        if (this.useBlockParams) {
          options.blockParams = "blockParams";
        }
        return options;
      },
      setupHelperArgs: function setupHelperArgs(helper, paramSize, params, useRegister) {
        var options = this.setupParams(helper, paramSize, params);
        options.loc = locationLiteral(this);
        options = this.objectLiteral(options);
        if (useRegister) {
          this.useRegister("options");
          params.push("options");
          return ["options=", options];
        } else if (params) {
          params.push(options);
          return "";
        } else {
          return options;
        }
      }
    };
    (function() {
      var reservedWords = "break else new var case finally return void catch for switch while continue function this with default if throw delete in try do instanceof typeof abstract enum int short boolean export interface static byte extends long super char final native synchronized class float package throws const goto private transient debugger implements protected volatile double import public let yield await null true false".split(" ");
      var compilerWords = JavaScriptCompiler.RESERVED_WORDS = {};
      for (var i = 0, l = reservedWords.length; i < l; i++) {
        compilerWords[reservedWords[i]] = true;
      }
    })();
    JavaScriptCompiler.isValidJavaScriptVariableName = function(name) {
      return !JavaScriptCompiler.RESERVED_WORDS[name] && /^[a-zA-Z_$][0-9a-zA-Z_$]*$/.test(name);
    };
    function locationLiteral(compiler) {
      var loc = compiler.source.currentLocation;
      return loc ? _codeGen.safeJsonLiteral(loc) : "undefined";
    }
    function strictLookup(requireTerminal, compiler, parts, startPartIndex, type) {
      var stack = compiler.popStack(), len = parts.length;
      if (requireTerminal) {
        len--;
      }
      for (var i = startPartIndex; i < len; i++) {
        stack = compiler.nameLookup(stack, parts[i], type);
      }
      if (requireTerminal) {
        return [compiler.aliasable("container.strict"), "(", stack, ", ", compiler.quotedString(parts[len]), ", ", locationLiteral(compiler), " )"];
      } else {
        return stack;
      }
    }
    exports["default"] = JavaScriptCompiler;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars.js
var require_handlebars = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars.js"(exports, module) {
    "use strict";
    exports.__esModule = true;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _handlebarsRuntime = require_handlebars_runtime();
    var _handlebarsRuntime2 = _interopRequireDefault(_handlebarsRuntime);
    var _handlebarsCompilerAst = require_ast();
    var _handlebarsCompilerAst2 = _interopRequireDefault(_handlebarsCompilerAst);
    var _handlebarsCompilerBase = require_base2();
    var _handlebarsCompilerCompiler = require_compiler();
    var _handlebarsCompilerJavascriptCompiler = require_javascript_compiler();
    var _handlebarsCompilerJavascriptCompiler2 = _interopRequireDefault(_handlebarsCompilerJavascriptCompiler);
    var _handlebarsCompilerVisitor = require_visitor();
    var _handlebarsCompilerVisitor2 = _interopRequireDefault(_handlebarsCompilerVisitor);
    var _handlebarsNoConflict = require_no_conflict();
    var _handlebarsNoConflict2 = _interopRequireDefault(_handlebarsNoConflict);
    var _create = _handlebarsRuntime2["default"].create;
    function create() {
      var hb = _create();
      hb.compile = function(input, options) {
        return _handlebarsCompilerCompiler.compile(input, options, hb);
      };
      hb.precompile = function(input, options) {
        return _handlebarsCompilerCompiler.precompile(input, options, hb);
      };
      hb.AST = _handlebarsCompilerAst2["default"];
      hb.Compiler = _handlebarsCompilerCompiler.Compiler;
      hb.JavaScriptCompiler = _handlebarsCompilerJavascriptCompiler2["default"];
      hb.Parser = _handlebarsCompilerBase.parser;
      hb.parse = _handlebarsCompilerBase.parse;
      hb.parseWithoutProcessing = _handlebarsCompilerBase.parseWithoutProcessing;
      return hb;
    }
    var inst = create();
    inst.create = create;
    _handlebarsNoConflict2["default"](inst);
    inst.Visitor = _handlebarsCompilerVisitor2["default"];
    inst["default"] = inst;
    exports["default"] = inst;
    module.exports = exports["default"];
  }
});

// node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js
var require_printer = __commonJS({
  "node_modules/handlebars/dist/cjs/handlebars/compiler/printer.js"(exports) {
    "use strict";
    exports.__esModule = true;
    exports.print = print;
    exports.PrintVisitor = PrintVisitor;
    function _interopRequireDefault(obj) {
      return obj && obj.__esModule ? obj : { "default": obj };
    }
    var _visitor = require_visitor();
    var _visitor2 = _interopRequireDefault(_visitor);
    function print(ast) {
      return new PrintVisitor().accept(ast);
    }
    function PrintVisitor() {
      this.padding = 0;
    }
    PrintVisitor.prototype = new _visitor2["default"]();
    PrintVisitor.prototype.pad = function(string3) {
      var out = "";
      for (var i = 0, l = this.padding; i < l; i++) {
        out += "  ";
      }
      out += string3 + "\n";
      return out;
    };
    PrintVisitor.prototype.Program = function(program) {
      var out = "", body = program.body, i = void 0, l = void 0;
      if (program.blockParams) {
        var blockParams = "BLOCK PARAMS: [";
        for (i = 0, l = program.blockParams.length; i < l; i++) {
          blockParams += " " + program.blockParams[i];
        }
        blockParams += " ]";
        out += this.pad(blockParams);
      }
      for (i = 0, l = body.length; i < l; i++) {
        out += this.accept(body[i]);
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.MustacheStatement = function(mustache) {
      return this.pad("{{ " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.Decorator = function(mustache) {
      return this.pad("{{ DIRECTIVE " + this.SubExpression(mustache) + " }}");
    };
    PrintVisitor.prototype.BlockStatement = PrintVisitor.prototype.DecoratorBlock = function(block) {
      var out = "";
      out += this.pad((block.type === "DecoratorBlock" ? "DIRECTIVE " : "") + "BLOCK:");
      this.padding++;
      out += this.pad(this.SubExpression(block));
      if (block.program) {
        out += this.pad("PROGRAM:");
        this.padding++;
        out += this.accept(block.program);
        this.padding--;
      }
      if (block.inverse) {
        if (block.program) {
          this.padding++;
        }
        out += this.pad("{{^}}");
        this.padding++;
        out += this.accept(block.inverse);
        this.padding--;
        if (block.program) {
          this.padding--;
        }
      }
      this.padding--;
      return out;
    };
    PrintVisitor.prototype.PartialStatement = function(partial2) {
      var content = "PARTIAL:" + partial2.name.original;
      if (partial2.params[0]) {
        content += " " + this.accept(partial2.params[0]);
      }
      if (partial2.hash) {
        content += " " + this.accept(partial2.hash);
      }
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.PartialBlockStatement = function(partial2) {
      var content = "PARTIAL BLOCK:" + partial2.name.original;
      if (partial2.params[0]) {
        content += " " + this.accept(partial2.params[0]);
      }
      if (partial2.hash) {
        content += " " + this.accept(partial2.hash);
      }
      content += " " + this.pad("PROGRAM:");
      this.padding++;
      content += this.accept(partial2.program);
      this.padding--;
      return this.pad("{{> " + content + " }}");
    };
    PrintVisitor.prototype.ContentStatement = function(content) {
      return this.pad("CONTENT[ '" + content.value + "' ]");
    };
    PrintVisitor.prototype.CommentStatement = function(comment) {
      return this.pad("{{! '" + comment.value + "' }}");
    };
    PrintVisitor.prototype.SubExpression = function(sexpr) {
      var params = sexpr.params, paramStrings = [], hash = void 0;
      for (var i = 0, l = params.length; i < l; i++) {
        paramStrings.push(this.accept(params[i]));
      }
      params = "[" + paramStrings.join(", ") + "]";
      hash = sexpr.hash ? " " + this.accept(sexpr.hash) : "";
      return this.accept(sexpr.path) + " " + params + hash;
    };
    PrintVisitor.prototype.PathExpression = function(id) {
      var path = id.parts.join("/");
      return (id.data ? "@" : "") + "PATH:" + path;
    };
    PrintVisitor.prototype.StringLiteral = function(string3) {
      return '"' + string3.value + '"';
    };
    PrintVisitor.prototype.NumberLiteral = function(number3) {
      return "NUMBER{" + number3.value + "}";
    };
    PrintVisitor.prototype.BooleanLiteral = function(bool) {
      return "BOOLEAN{" + bool.value + "}";
    };
    PrintVisitor.prototype.UndefinedLiteral = function() {
      return "UNDEFINED";
    };
    PrintVisitor.prototype.NullLiteral = function() {
      return "NULL";
    };
    PrintVisitor.prototype.Hash = function(hash) {
      var pairs = hash.pairs, joinedPairs = [];
      for (var i = 0, l = pairs.length; i < l; i++) {
        joinedPairs.push(this.accept(pairs[i]));
      }
      return "HASH{" + joinedPairs.join(", ") + "}";
    };
    PrintVisitor.prototype.HashPair = function(pair) {
      return pair.key + "=" + this.accept(pair.value);
    };
  }
});

// node_modules/handlebars/lib/index.js
var require_lib = __commonJS({
  "node_modules/handlebars/lib/index.js"(exports, module) {
    var handlebars = require_handlebars()["default"];
    var printer = require_printer();
    handlebars.PrintVisitor = printer.PrintVisitor;
    handlebars.print = printer.print;
    module.exports = handlebars;
    function extension(module2, filename) {
      var fs = __require("fs");
      var templateString = fs.readFileSync(filename, "utf8");
      module2.exports = handlebars.compile(templateString);
    }
    if (typeof __require !== "undefined" && __require.extensions) {
      __require.extensions[".handlebars"] = extension;
      __require.extensions[".hbs"] = extension;
    }
  }
});

// src/templating/load.ts
import { readdir as readdir2, readFile, realpath, stat as stat2 } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, isAbsolute, join, relative, sep } from "node:path";

// src/platform/fs.ts
import { isUtf8 } from "node:buffer";
import { constants } from "node:fs";
import { mkdir, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";

// src/platform/errors.ts
var ExitCode = { ok: 0, findings: 1, usage: 2, bug: 70, interrupted: 130 };
var UsageError = class extends Error {
  exitCode = ExitCode.usage;
  constructor(message) {
    super(message);
    this.name = "UsageError";
  }
};
var ConfigError = class extends UsageError {
  constructor(message) {
    super(message);
    this.name = "ConfigError";
  }
};

// src/platform/secrets.ts
var KNOWN_CREDENTIAL_HEADERS = [
  "ocp-apim-subscription-key",
  "x-functions-key",
  "x-honeycomb-team",
  "dd-application-key",
  "x-amz-security-token",
  "x-goog-iam-authorization-token",
  "x-csrf-token"
];
var credentialHeaders = new Set(KNOWN_CREDENTIAL_HEADERS);

// src/platform/fs.ts
var STALE_TEMP_MS = 60 * 6e4;
var MAX_INPUT_BYTES = 16 * 1024 * 1024;
async function readTextFile(path, what = "file", maxBytes = MAX_INPUT_BYTES, opts = {}) {
  const text = await readTextFileIfAny(path, what, maxBytes, opts);
  if (text === void 0) throw fsError({ code: "ENOENT" }, path, what);
  return text;
}
async function readTextFileIfAny(path, what = "file", maxBytes = MAX_INPUT_BYTES, opts = {}) {
  let fh;
  try {
    fh = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await fh.stat();
    if (info.isFIFO() || info.isSocket())
      throw new UsageError(
        `${path}: is a ${info.isFIFO() ? "named pipe (FIFO)" : "socket"}, not a file; give the ${what} as a regular file`
      );
    const chunks = [];
    let size = 0;
    for (; ; ) {
      const buf = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - size));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      size += bytesRead;
      if (size > maxBytes)
        throw new UsageError(
          `${path}: larger than ${maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${Math.round(maxBytes / 1024)} KB`}; is this the right ${what}?`
        );
    }
    const data = Buffer.concat(chunks, size);
    if (opts.strictUtf8 && !isUtf8(data))
      throw new UsageError(
        `${path}:${firstBadLine(data)}: not UTF-8 text (Latin-1 or another encoding?); save the ${what} as UTF-8`
      );
    return data.toString("utf8");
  } catch (err) {
    if (err instanceof UsageError) throw err;
    if (err.code === "ENOENT") return void 0;
    throw fsError(err, path, what);
  } finally {
    await fh?.close().catch(() => void 0);
  }
}
function firstBadLine(data) {
  let line = 1;
  for (let start = 0; start < data.length; line++) {
    const nl = data.indexOf(10, start);
    const end = nl < 0 ? data.length : nl;
    if (!isUtf8(data.subarray(start, end))) return line;
    start = end + 1;
  }
  return line;
}
function fsError(err, path, what = "file") {
  const code = err.code;
  switch (code) {
    case "ENOENT":
      return new UsageError(`${path}: no such ${what}`);
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return new UsageError(
        `${path}: permission denied (${code === "EROFS" ? "read-only file system" : "not writable"})`
      );
    case "ENOSPC":
    case "EDQUOT":
      return new UsageError(`${path}: no space left on device`);
    case "EISDIR":
      return new UsageError(`${path}: is a directory, expected a ${what}`);
    case "ENOTDIR":
      return new UsageError(`${path}: a parent of this path is not a directory`);
    case "EEXIST":
    case "ENOTEMPTY":
      return new UsageError(`${path}: already exists`);
    case "ENAMETOOLONG":
      return new UsageError(
        `${path.length > 200 ? `${path.slice(0, 120)}\u2026${path.slice(-40)}` : path}: file name too long`
      );
    case "ELOOP":
      return new UsageError(`${path}: too many levels of symbolic links (a link that points to itself?)`);
    case "ENXIO":
    case "ENODEV":
      return new UsageError(`${path}: no such device, expected a ${what}`);
    case "EFBIG":
      return new UsageError(`${path}: file too large`);
    case "EMFILE":
    case "ENFILE":
      return new UsageError(`${path}: too many open files (raise the limit with ulimit -n)`);
    default:
      return err instanceof Error ? err : new Error(String(err));
  }
}

// src/templating/load.ts
import { fileURLToPath } from "node:url";

// src/platform/version.ts
var BUILT = typeof __LAYERPOST_VERSION__ === "string";

// src/templating/syntax-words.ts
var TOKEN_WORDS = {
  EOF: "the end of the template",
  CLOSE: "`}}`",
  CLOSE_UNESCAPED: "`}}}`",
  CLOSE_RAW_BLOCK: "`}}}}`",
  OPEN_ENDBLOCK: "`{{/`",
  OPEN_BLOCK: "`{{#`",
  OPEN_INVERSE: "`{{^`",
  INVERSE: "`{{else}}`",
  OPEN_PARTIAL: "`{{>`",
  OPEN_SEXPR: "`(`",
  CLOSE_SEXPR: "`)`",
  EQUALS: "`=`",
  INVALID: "text Handlebars cannot read"
};
function explainSyntax(source) {
  const stack = [];
  const lineStarts = [0];
  for (let i2 = source.indexOf("\n"); i2 >= 0; i2 = source.indexOf("\n", i2 + 1)) lineStarts.push(i2 + 1);
  const where = (at) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (lineStarts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo] + 1 };
  };
  let i = 0;
  while ((i = source.indexOf("{{", i)) >= 0) {
    if (i > 0 && source[i - 1] === "\\" && (i < 2 || source[i - 2] !== "\\")) {
      i += 2;
      continue;
    }
    const at = where(i);
    if (source.startsWith("{{!--", i) || source.startsWith("{{~!--", i)) {
      const end2 = source.indexOf("--}}", i + 5);
      if (end2 < 0) return { message: "the comment `{{!--` opened here is never closed with `--}}`", ...at };
      i = end2 + 4;
      continue;
    }
    const end = source.indexOf("}}", i + 2);
    const next = source.indexOf("{{", i + 2);
    if (end < 0 || next >= 0 && next < end && !source.startsWith("{{!", i))
      return { message: "this `{{` is never closed with `}}`", ...at };
    const inner = source.slice(i + 2, end).replace(/^\{|\}$/g, "").replace(/^~|~$/g, "").trim();
    i = end + 2;
    if (inner.startsWith("!")) continue;
    const m = /^([#^/])\s*([>*]?)\s*([^\s~}()]*)/.exec(inner);
    if (!m) continue;
    const [, sigil, , name] = m;
    if (sigil === "^" && !name) continue;
    if (sigil === "/") {
      const open4 = stack.pop();
      if (!open4) return { message: `\`{{/${name}}}\` closes a block that was never opened`, ...at };
      if (open4.name !== name)
        return {
          message: `\`{{/${name}}}\` does not match the \`{{${open4.sigil}${open4.name}}}\` opened at line ${open4.line}; close that one first with \`{{/${open4.name}}}\``,
          ...at
        };
    } else stack.push({ name: name ?? "", sigil, ...at });
  }
  const open3 = stack.pop();
  if (open3)
    return {
      message: `the \`{{${open3.sigil}${open3.name}}}\` opened at line ${open3.line} is never closed (no \`{{/${open3.name}}}\`)`,
      line: open3.line,
      column: open3.column
    };
  return void 0;
}
function tokenWords(expecting) {
  const got = /got '([A-Z_]+)'/.exec(expecting)?.[1];
  const wanted = [...expecting.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]).filter((t2) => t2 !== got);
  const what = got ? TOKEN_WORDS[got] ?? got.toLowerCase().replace(/_/g, " ") : "text";
  const hint = wanted.includes("ID") ? " where a name or value should be" : wanted.length === 1 && TOKEN_WORDS[wanted[0]] ? `; expected ${TOKEN_WORDS[wanted[0]]}` : "";
  return `unexpected ${what}${hint}`;
}

// src/templating/set.ts
var PHRASES_BY_KIND = {
  correction: "correction.kind",
  "correction-short": "correction.kind",
  "correction-tiny": "correction.kind",
  action: "action.case",
  "error-word": "./word"
};
var isKeyed = (name) => Object.hasOwn(PHRASES_BY_KIND, name);
function kindOf(name, ctx, root2) {
  const path = PHRASES_BY_KIND[name];
  const local = path.startsWith("./");
  let v = local ? ctx : root2;
  for (const key of (local ? path.slice(2) : path).split("."))
    v = v && typeof v === "object" ? v[key] : void 0;
  return typeof v === "string" ? v : "";
}
function rendersIn(file, root2) {
  const m = /^(?:phrases|partials)\/([^/]+)\/([^/]+)$/.exec(file.name);
  if (!m || !isKeyed(m[1]) || PHRASES_BY_KIND[m[1]].startsWith("./") || root2 === void 0) return true;
  const kind = kindOf(m[1], root2, root2);
  return m[2] === kind || m[2] === "default";
}
function keyedFiles(partials, name) {
  return [...partials].filter(([k]) => k.startsWith(`${name}/`) && k.indexOf("/", name.length + 1) < 0).map(([, f]) => f);
}
function partialFiles(set2, name) {
  const one = set2.partials.get(name);
  if (one) return [one];
  if (isKeyed(name)) return keyedFiles(set2.partials, name);
  const layered = set2.layered.get(name) ?? (name.startsWith("previous-") ? set2.layered.get(name.slice("previous-".length)) : void 0);
  return layered ? [...layered.values()] : [];
}
function partialName(fileName) {
  const m = /^(?:phrases|partials)\/(.+)$/.exec(fileName);
  return m?.[1];
}
function phraseFile(set2, name, layerId) {
  const byKey = set2.layered.get(name);
  return byKey?.get(layerId) ?? byKey?.get("default");
}
function asPrevious(fn) {
  const f = fn;
  return ((ctx, options) => {
    const c = ctx;
    return f(c?.previous?.layer ? { ...c, layer: c.previous.layer } : ctx, options);
  });
}
function layeredPartials(set2, fns, layerId, previousLayerId) {
  const out = {};
  for (const name of set2.layered.keys()) {
    const pick2 = (id) => fns.get(`${name}/${id}`) ?? fns.get(`${name}/default`);
    const cur = pick2(layerId);
    if (cur) out[name] = cur;
    const prev = previousLayerId ? pick2(previousLayerId) : void 0;
    if (prev) out[`previous-${name}`] = asPrevious(prev);
  }
  return out;
}
var BUILTIN_HELPERS = ["if", "unless", "each", "with", "lookup", "log"];
var HELPERS = {
  capitalize(options) {
    return capitalizeFirst(options.fn(this));
  }
};
var CUSTOM_HELPERS = Object.keys(HELPERS);
function capitalizeFirst(text) {
  return text.replace(/^([\s“"‘'(\[*_]*)(\p{Ll})/u, (_m, pre, c) => pre + c.toUpperCase());
}
function registerHelpers(env) {
  for (const [name, fn] of Object.entries(HELPERS)) env.registerHelper(name, fn);
}
var TemplateError = class extends ConfigError {
  constructor(file, line, column, detail) {
    super(`${file}${line ? `:${line}${column !== void 0 ? `:${column + 1}` : ""}` : ""}: ${detail}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.detail = detail;
    this.name = "TemplateError";
  }
  file;
  line;
  column;
  detail;
};
function describeHandlebarsError(err, source) {
  const e = err;
  const msg = String(e?.message ?? err);
  const parse2 = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s.exec(msg);
  const words = source !== void 0 && (parse2 || /doesn't match|Lexical error/.test(msg)) ? explainSyntax(source) : void 0;
  if (words) return { line: words.line, column: words.column - 1, message: `syntax error: ${words.message}` };
  if (parse2) {
    return {
      line: Number(parse2[1]),
      column: void 0,
      message: `syntax error: ${tokenWords(parse2[4].split("\n")[0])}`
    };
  }
  const loc = / - (\d+):(\d+)$/.exec(msg);
  const clean = msg.replace(/ - \d+:\d+$/, "").replace(/ in \[object Object\]$/, "");
  return {
    line: e.lineNumber ?? (loc ? Number(loc[1]) : void 0),
    column: e.column ?? (loc ? Number(loc[2]) : void 0),
    message: clean
  };
}
var COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(CUSTOM_HELPERS.map((h) => [h, true])),
  noEscape: true,
  preventIndent: true
};
var RUNTIME_OPTIONS = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };
var MAX_RENDER_CHARS = 1e6;
var RenderMeter = class {
  used = 0;
  add(chars) {
    this.used += chars;
    if (this.used > MAX_RENDER_CHARS) throw new RenderTooLarge();
  }
};
var RenderTooLarge = class extends Error {
  constructor() {
    super(
      `renders more than ${MAX_RENDER_CHARS.toLocaleString("en")} characters, the most a draft may have (a partial repeated too often, or a huge template?)`
    );
    this.name = "RenderTooLarge";
  }
};
function meteredPartial(partial2, meter) {
  return (ctx, options) => {
    const out = partial2(ctx, options);
    meter.add(out.length);
    return out;
  };
}
function withoutEnvPartials(env) {
  env.partials = void 0;
  return env;
}
function layersOf(ctx) {
  const c = ctx;
  const cur = typeof c?.layer?.id === "string" ? c.layer.id : "";
  const prev = c?.previous?.has && typeof c.previous.layer?.id === "string" ? c.previous.layer.id : "";
  return [cur, prev];
}
function readySet(how, set2, compiled, partials, meter = new RenderMeter()) {
  const all = Object.fromEntries(partials);
  const byKind = (name) => (ctx, options) => {
    const kind = kindOf(name, ctx, options?.data?.root ?? ctx);
    const fn = partials.get(`${name}/${kind}`) ?? partials.get(`${name}/default`);
    if (!fn) throw new Error(`no phrase ${name}/${kind || "(no kind)"}.hbs for ${PHRASES_BY_KIND[name]} "${kind}"`);
    return fn(ctx, options);
  };
  for (const name of Object.keys(PHRASES_BY_KIND))
    if (!partials.has(name) && [...partials.keys()].some((k) => k.startsWith(`${name}/`))) all[name] = byKind(name);
  const byLayers = /* @__PURE__ */ new Map();
  const optionsFor2 = (cur, prev) => {
    const key = `${cur}\0${prev}`;
    let o = byLayers.get(key);
    if (!o)
      byLayers.set(
        key,
        o = { ...RUNTIME_OPTIONS, partials: { ...all, ...layeredPartials(set2, partials, cur, prev) } }
      );
    return o;
  };
  const run = (fn, file, ctx, cur, prev) => {
    const path = file?.path ?? "template";
    meter.used = 0;
    try {
      const out = fn(ctx, optionsFor2(cur, prev));
      meter.add(out.length);
      return out;
    } catch (err) {
      if (err instanceof RenderTooLarge) throw new TemplateError(path, void 0, void 0, err.message);
      const d = describeHandlebarsError(err);
      throw new TemplateError(path, d.line, d.column, d.message);
    }
  };
  return {
    how,
    has: (name) => compiled.has(name),
    names: () => [...compiled.keys()],
    render(name, ctx) {
      const t2 = compiled.get(name);
      if (!t2) throw new ConfigError(`no template named ${name}`);
      const [cur, prev] = layersOf(ctx);
      return run(t2, set2.templates.get(name), ctx, cur, prev);
    },
    renderPhrase(name, ctx, layerId) {
      const [cur, prev] = layersOf(ctx);
      const previous = name.startsWith("previous-") && set2.layered.has(name.slice("previous-".length));
      if (previous) {
        const base = name.slice("previous-".length);
        const file2 = prev ? phraseFile(set2, base, prev) : void 0;
        const fn2 = file2 && partials.get(partialName(file2.name) ?? file2.name);
        if (!fn2) throw new ConfigError(`no phrase named ${base} for the previous layer ${prev || "(none)"}`);
        return run(asPrevious(fn2), file2, ctx, cur, prev);
      }
      const id = layerId ?? cur;
      if (isKeyed(name) && all[name] && !set2.partials.has(name)) {
        const kind = kindOf(name, ctx, ctx);
        return run(
          all[name],
          set2.partials.get(`${name}/${kind}`) ?? set2.partials.get(`${name}/default`),
          ctx,
          id,
          prev
        );
      }
      const file = set2.layered.has(name) ? phraseFile(set2, name, id) : set2.partials.get(name);
      const fn = file && partials.get(set2.layered.has(name) ? partialName(file.name) ?? file.name : name);
      if (!fn) throw new ConfigError(`no phrase named ${name}${set2.layered.has(name) ? ` for the layer ${id}` : ""}`);
      return run(fn, file, ctx, id, prev);
    }
  };
}

// src/templating/load.ts
var root;
function packageRoot() {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "templates"))) return root = dir;
    dir = dirname(dir);
  }
  throw new Error("layerpost: cannot find the embedded templates directory");
}
var loaded;
function loadPrecompiled() {
  if (loaded === void 0) {
    try {
      loaded = typeof __LAYERPOST_TEMPLATES__ === "object" ? __LAYERPOST_TEMPLATES__ : createRequire(import.meta.url)(join(packageRoot(), "dist", "templates.cjs"));
    } catch {
      loaded = null;
    }
  }
  return loaded ?? void 0;
}
function embeddedTemplatesDir() {
  return join(packageRoot(), "templates");
}
var MAX_TEMPLATE_BYTES = 4 * 1024 * 1024;
async function walk(dir) {
  const entries = await readdir2(dir, { withFileTypes: true, recursive: true }).catch((err) => {
    throw fsError(err, err.path ?? dir, "template directory");
  });
  const files = [];
  for (const e of entries) {
    if (!e.name.endsWith(".hbs")) continue;
    const path = join(e.parentPath ?? e.path, e.name);
    if (e.isFile()) files.push(path);
    else if (e.isSymbolicLink()) files.push(await linkedTemplate(dir, path));
    else if (!e.isDirectory())
      throw new UsageError(`${path}: not a regular file (a named pipe, socket or device); a template is a file`);
  }
  return files.sort();
}
async function linkedTemplate(dir, path) {
  const [root2, target] = await Promise.all([realpath(dir), realpath(path)]).catch((err) => {
    throw fsError(err, path, "template");
  });
  const rel = relative(root2, target);
  if (rel.startsWith("..") || isAbsolute(rel))
    throw new UsageError(
      `${path}: a symbolic link to ${target}, outside the template folder ${dir}; copy the file in instead`
    );
  const st = await stat2(target);
  if (!st.isFile()) throw new UsageError(`${path}: a symbolic link to something that is not a file (${target})`);
  return path;
}
var OLD_CHANNEL_FOLDERS = ["statuspage", "x", "bluesky", "mastodon", "threads", "linkedin", "sms", "slack"];
function movedTo(name) {
  const phrase2 = /^(?:phrases|partials)\/([^/]+)$/.exec(name)?.[1];
  if (phrase2 && Object.hasOwn(PHRASES_BY_KIND, phrase2)) {
    return {
      path: `phrases/${phrase2}/KIND.hbs`,
      note: `one file per value of ${PHRASES_BY_KIND[phrase2].replace(/^\.\//, "")}, listed in templates/README.md`
    };
  }
  const m = /^([^/]+)\/([^/]+)$/.exec(name);
  if (!m) return void 0;
  const [, folder, file] = m;
  if (folder === "social" && (file === "default" || file === "short")) {
    const phrase3 = file === "default" ? "social-post" : "social-post-short";
    const who = file === "short" ? "every social channel and SMS share" : "every social channel shares";
    return { path: `phrases/${phrase3}.hbs`, note: `the text ${who}; channels/x/${file}.hbs changes X alone` };
  }
  if (OLD_CHANNEL_FOLDERS.includes(folder)) return { path: `channels/${folder}/${file}.hbs` };
  return void 0;
}
function isReviewTemplate(rel) {
  return /^review(\/|$)/.test(rel.split(sep).join("/"));
}
async function readTemplateDir(dir, origin) {
  const st = await stat2(dir).catch(() => void 0);
  if (!st?.isDirectory()) throw new UsageError(`${dir}: not a template directory`);
  const files = (await walk(dir)).filter((p) => !isReviewTemplate(relative(dir, p)));
  return Promise.all(
    files.map(async (p) => {
      const rel = relative(dir, p).split(sep).join("/");
      const moved = origin === "override" ? movedTo(rel.replace(/\.hbs$/, "")) : void 0;
      if (moved)
        throw new UsageError(
          `${p}: this template now goes in ${join(dir, moved.path)}${moved.note ? ` (${moved.note})` : ""}; move it there`
        );
      return {
        name: rel.replace(/\.hbs$/, ""),
        path: origin === "embedded" ? `embedded:${rel}` : p,
        // A team's files are bounded and must be UTF-8; every failure names the file (exit 2), never "internal error".
        source: origin === "embedded" ? await readFile(p, "utf8") : await readTextFile(p, "template", MAX_TEMPLATE_BYTES, { strictUtf8: true }),
        origin
      };
    })
  );
}
function toTemplateSet(files) {
  const set2 = { templates: /* @__PURE__ */ new Map(), partials: /* @__PURE__ */ new Map(), layered: /* @__PURE__ */ new Map() };
  for (const f of files) {
    const name = partialName(f.name);
    if (name === void 0) {
      set2.templates.set(f.name, f);
      continue;
    }
    set2.partials.set(name, f);
    const slash = name.indexOf("/");
    if (slash > 0 && name.indexOf("/", slash + 1) < 0 && !Object.hasOwn(PHRASES_BY_KIND, name.slice(0, slash))) {
      const phrase2 = name.slice(0, slash);
      const byKey = set2.layered.get(phrase2) ?? /* @__PURE__ */ new Map();
      set2.layered.set(phrase2, byKey.set(name.slice(slash + 1), f));
    }
  }
  return set2;
}
async function embeddedFiles() {
  const pre = BUILT ? loadPrecompiled() : void 0;
  if (!pre) return readTemplateDir(embeddedTemplatesDir(), "embedded");
  return Object.entries(pre.templates).map(([name, t2]) => ({ name, path: `embedded:${name}.hbs`, source: t2.source, origin: "embedded" })).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function loadTemplateSet(overrideDirs = [], configPhrases = []) {
  const byName = /* @__PURE__ */ new Map();
  const key = (name) => partialName(name) !== void 0 ? `phrases/${partialName(name)}` : name;
  for (const f of await embeddedFiles()) byName.set(key(f.name), f);
  for (const dir of overrideDirs) for (const f of await readTemplateDir(dir, "override")) byName.set(key(f.name), f);
  for (const p of configPhrases)
    byName.set(key(p.name), { name: p.name, path: p.path, source: p.source, origin: "override" });
  return toTemplateSet([...byName.values()]);
}

// src/text/memo.ts
function oncePer(f) {
  const memory = /* @__PURE__ */ new WeakMap();
  return (key) => {
    let v = memory.get(key);
    if (v === void 0 && !memory.has(key)) memory.set(key, v = f(key));
    return v;
  };
}
function perString(limit, f) {
  const memory = /* @__PURE__ */ new Map();
  return (s) => {
    let v = memory.get(s);
    if (v === void 0 && !memory.has(s)) {
      if (memory.size >= limit) memory.clear();
      memory.set(s, v = f(s));
    }
    return v;
  };
}

// src/drafts/channels/counting.ts
var segmenter;
var segment = (text) => (segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" })).segment(text);
var encoder = new TextEncoder();
var SIMPLE = /^[\t\n\x20-\x7e\u00a0-\u02ff\u2000-\u200b\u200e-\u20cf\u20f1-\u2bff\u3000-\u3029\u3030-\u3098\u309b-\u30ff\u4e00-\u9fff\uff00-\uff9d\uffa0-\uffef]*$/;
function graphemes(text) {
  if (SIMPLE.test(text)) return text.split("");
  return Array.from(segment(text), (s) => s.segment);
}
function graphemeCount(text) {
  if (SIMPLE.test(text)) return text.length;
  let n2 = 0;
  for (const _ of segment(text)) n2++;
  return n2;
}
function utf8Bytes(text) {
  return encoder.encode(text).length;
}
var URL_RE = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]'"]/g;
function mastodonLength(text, urlWeight = 23) {
  let urls = 0;
  const stripped = text.replace(URL_RE, () => {
    urls++;
    return "";
  });
  return graphemeCount(stripped) + urls * urlWeight;
}
var emoji;
function threadsLength(text) {
  if (SIMPLE.test(text)) return text.length;
  emoji ??= /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
  let n2 = 0;
  for (const g of graphemes(text)) n2 += emoji.test(g) ? utf8Bytes(g) : 1;
  return n2;
}
var GSM_BASIC = `@\xA3$\xA5\xE8\xE9\xF9\xEC\xF2\xC7
\xD8\xF8\r\xC5\xE5\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\x1B\xC6\xE6\xDF\xC9 !"#\xA4%&'()*+,-./0123456789:;<=>?\xA1ABCDEFGHIJKLMNOPQRSTUVWXYZ\xC4\xD6\xD1\xDC\xA7\xBFabcdefghijklmnopqrstuvwxyz\xE4\xF6\xF1\xFC\xE0`;
var GSM_EXT = "^{}\\[~]|\u20AC\f";
var BASIC = new Set(GSM_BASIC);
var EXT = new Set(GSM_EXT);
function smsCount(text) {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (BASIC.has(ch)) septets += 1;
    else if (EXT.has(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm)
    return {
      encoding: "GSM-7",
      units: septets,
      segments: septets <= 160 ? 1 : Math.ceil(septets / 153),
      singleLimit: 160
    };
  const units = text.length;
  return { encoding: "UCS-2", units, segments: units <= 70 ? 1 : Math.ceil(units / 67), singleLimit: 70 };
}
var LINKEDIN_RESERVED = /[\\|{}@[\]()<>#*_~]/g;
function escapeLinkedIn(text) {
  return text.replace(LINKEDIN_RESERVED, (c) => `\\${c}`);
}

// src/drafts/channels/x.ts
import { createRequire as createRequire2 } from "node:module";
var twitter;
function twitterText() {
  if (!twitter) {
    const mod = typeof __require === "function" ? require_dist2() : createRequire2(import.meta.url)("twitter-text");
    twitter = mod.default ?? mod;
  }
  return twitter;
}
function xLength(text, config2) {
  const r = config2 ? twitterText().parseTweet(text, config2) : twitterText().parseTweet(text);
  return {
    weighted: r.weightedLength,
    valid: r.valid,
    permillage: r.permillage,
    displayRange: [r.displayRangeStart, r.displayRangeEnd],
    validRange: [r.validRangeStart, r.validRangeEnd]
  };
}
var ASCII = /^[\x00-\x7f]*$/;
var DOT_LETTER = /\.[a-z]/i;
function xWeightedLength(text) {
  if (plainWeight(text) !== void 0) return text.length;
  if (text.length > PIECE) return longWeightedLength(text);
  let total = 0;
  for (const run of text.split(/(?<=\s)/)) total += plainWeight(run) ?? xLength(run).weighted;
  return total;
}
function plainWeight(text) {
  return ASCII.test(text) && !DOT_LETTER.test(text) ? text.length : void 0;
}
var PIECE = 2048;
var MAX_URL = 4096;
function longWeightedLength(text) {
  let total = 0;
  let piece = "";
  for (const run of text.split(/(?<=\s)/)) {
    if (run.length > MAX_URL) {
      if (piece) total += xLength(piece).weighted;
      piece = "";
      for (let i = 0; i < run.length; i += PIECE)
        total += xLength(run.slice(i, i + PIECE).replace(/\./g, "-")).weighted;
      continue;
    }
    if (piece.length + run.length > PIECE && piece) {
      total += xLength(piece).weighted;
      piece = "";
    }
    piece += run;
  }
  if (piece) total += xLength(piece).weighted;
  return total;
}

// src/drafts/channels/index.ts
var CHANNEL_IDS = ["statuspage", "x", "bluesky", "mastodon", "threads", "linkedin", "sms", "slack"];
function firstThatFits(variants, make, over) {
  let last;
  for (const v of variants) {
    const made = make(v);
    if (made === void 0) continue;
    last = made;
    if (!over(made)) return made;
  }
  return last;
}
function channelTemplate(channelId, variant) {
  return `channels/${channelId}/${variant}`;
}
function channelTemplates(channel) {
  return [...channel.variants, ...channel.title ? [channel.title] : []].map((v) => channelTemplate(channel.id, v));
}
var plain = (text) => text;
var escapeSlack = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
var simple = (limit, unit, count) => (text) => {
  const length2 = count(text);
  return {
    length: length2,
    limit,
    unit,
    over: length2 > limit,
    reason: length2 > limit ? `${length2}/${limit} ${unit}` : void 0
  };
};
var CHANNELS = {
  statuspage: {
    id: "statuspage",
    limit: 255,
    unit: "characters (title)",
    variants: ["default"],
    title: "title",
    name: "Status page",
    file: "statuspage.md",
    public: true,
    markdown: true,
    finish: plain,
    // The body has no practical limit; the title does (255). measure() is called on the title.
    measure: simple(255, "characters (title)", (t2) => [...t2].length)
  },
  x: {
    id: "x",
    limit: 280,
    unit: "weighted characters",
    variants: ["default", "short"],
    name: "X",
    file: "x.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const weighted = xWeightedLength(text);
      return {
        length: weighted,
        limit: 280,
        unit: "weighted characters",
        over: weighted > 280,
        reason: weighted > 280 ? `${weighted}/280 weighted characters` : void 0
      };
    }
  },
  bluesky: {
    id: "bluesky",
    limit: 300,
    unit: "graphemes",
    variants: ["default", "short"],
    name: "Bluesky",
    file: "bluesky.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: (text) => {
      const length2 = graphemeCount(text);
      const bytes = utf8Bytes(text);
      const over = length2 > 300 || bytes > 3e3;
      return {
        length: length2,
        limit: 300,
        unit: "graphemes",
        over,
        reason: over ? length2 > 300 ? `${length2}/300 graphemes` : `${bytes}/3000 bytes` : void 0
      };
    }
  },
  mastodon: {
    id: "mastodon",
    limit: 500,
    unit: "characters (URLs as 23)",
    variants: ["default", "short"],
    name: "Mastodon",
    file: "mastodon.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: (text, opts) => simple(opts.mastodonLimit ?? 500, "characters (URLs as 23)", (t2) => mastodonLength(t2))(text)
  },
  threads: {
    id: "threads",
    limit: 500,
    unit: "characters (emoji as UTF-8 bytes)",
    variants: ["default", "short"],
    name: "Threads",
    file: "threads.txt",
    public: true,
    markdown: false,
    finish: plain,
    measure: simple(500, "characters (emoji as UTF-8 bytes)", threadsLength)
  },
  linkedin: {
    id: "linkedin",
    limit: 3e3,
    unit: "characters (escaped)",
    variants: ["default"],
    name: "LinkedIn",
    file: "linkedin.txt",
    public: true,
    markdown: false,
    // linkedin.txt is what a person pastes; the API's escaped "little text" goes to linkedin.json.
    finish: plain,
    payload: {
      file: "linkedin.json",
      render: (text) => JSON.stringify({ commentary: escapeLinkedIn(text) }, null, 2) + "\n"
    },
    // The API counts the escaped form, so that is what the limit applies to.
    measure: simple(3e3, "characters (escaped)", (t2) => escapeLinkedIn(t2).length)
  },
  sms: {
    id: "sms",
    // One GSM-7 segment (70 in UCS-2); more segments are delivered, so the limit is soft.
    limit: 160,
    unit: "GSM-7 characters, 1 segment",
    variants: ["default", "short", "shortest"],
    name: "SMS",
    file: "sms.txt",
    public: true,
    markdown: false,
    softLimit: true,
    finish: plain,
    measure: (text) => {
      const s = smsCount(text);
      const over = s.segments > 1;
      return {
        length: s.units,
        limit: s.singleLimit,
        unit: `${s.encoding} characters, ${s.segments} segment${s.segments > 1 ? "s" : ""}`,
        over,
        reason: over ? `${s.segments} ${s.encoding} segments (${s.units} characters; one segment holds ${s.singleLimit})` : void 0
      };
    }
  },
  slack: {
    id: "slack",
    limit: 4e4,
    unit: "characters",
    variants: ["default"],
    name: "Slack",
    file: "slack.md",
    public: false,
    markdown: true,
    // Slack mrkdwn: "<!channel>" would notify everyone and "<url|text>" is a link; &, < and > are escaped.
    finish: escapeSlack,
    measure: simple(4e4, "characters", (t2) => t2.length)
  }
};
function isChannelId(id) {
  return CHANNEL_IDS.includes(id);
}
function normalizeWhitespace(text, markdown) {
  return markdown ? normalizedMarkdown(text) : normalizedPlain(text);
}
var normalizedPlain = perString(64, (text) => normalize(text, false));
var normalizedMarkdown = perString(64, (text) => normalize(text, true));
function normalize(text, markdown) {
  const paragraphs = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n+/).map(
    (p) => markdown ? p.split("\n").map((l) => l.replace(/[ \t]+$/g, "").replace(/(\S)[ \t]{2,}/g, "$1 ")).filter((l, i, a) => l.trim() !== "" || i > 0 && i < a.length - 1).join("\n") : p.replace(/\s+/g, " ").trim()
  ).filter((p) => p.trim() !== "");
  return paragraphs.join("\n\n").replace(/^\n+|\s+$/g, "");
}

// src/model/layers.ts
var LAYER_IDS = [
  "integration",
  "network",
  "provider-api",
  "model-endpoint",
  "model-quality",
  "unknown"
];
var PHASES = ["investigating", "identified", "monitoring", "resolved"];
var ERROR_KINDS = [
  "overloaded",
  "rate-limited",
  "quota",
  "server-error",
  "bad-gateway",
  "unavailable",
  "gateway-timeout",
  "timeout",
  "unauthorized",
  "forbidden",
  "not-found",
  "bad-request",
  "dns",
  "refused",
  "reset",
  "tls",
  "mismatch",
  "connection-error",
  "other"
];
var DEFAULT_LAYERS = [
  { id: "integration", providerLayer: false, ourSide: true, phases: PHASES },
  { id: "network", providerLayer: false, ourSide: true, phases: PHASES },
  { id: "provider-api", providerLayer: true, ourSide: false, phases: PHASES },
  { id: "model-endpoint", providerLayer: true, ourSide: false, phases: PHASES },
  { id: "model-quality", providerLayer: true, ourSide: false, phases: PHASES },
  { id: "unknown", providerLayer: false, ourSide: false, phases: ["investigating"] }
];
function namesProvider(layer) {
  return layer.providerLayer || layer.ourSide;
}
function camel(id) {
  return id.replace(/-([a-z0-9])/g, (_m, c) => c.toUpperCase());
}

// src/drafts/render.ts
function templateName(has, channelId, variant) {
  const name = channelTemplate(channelId, variant);
  return has(name) ? name : void 0;
}
function renderSaid(renderer, ctx, layerIds) {
  const one = (name, layerId) => {
    try {
      return normalizeWhitespace(renderer.renderPhrase(name, ctx, layerId), false);
    } catch {
      return "";
    }
  };
  return {
    layerName: one("layer-name"),
    cause: one("cause"),
    causeShort: one("cause-short"),
    notAffected: one("not-affected"),
    notAffectedShort: one("not-affected-short"),
    correction: ctx.correction.has ? one("correction") : "",
    correctionShort: ctx.correction.has ? one("correction-short") : "",
    previousLayerName: ctx.previous.has ? one("previous-layer-name") : "",
    phaseName: one("phase-name"),
    layerNames: Object.fromEntries(layerIds.map((id) => [id, one("layer-name", id)]))
  };
}
function renderChannel(renderer, channelId, ctx, opts = {}) {
  const channel = CHANNELS[channelId];
  const titleName = channel.title ? templateName((n2) => renderer.has(n2), channelId, channel.title) : void 0;
  const title = titleName ? normalizeWhitespace(renderer.render(titleName, ctx), false) : void 0;
  const draft = firstThatFits(
    channel.variants,
    (variant) => {
      const name = templateName((n2) => renderer.has(n2), channelId, variant);
      if (!name) return void 0;
      const text = channel.finish(normalizeWhitespace(renderer.render(name, ctx), channel.markdown));
      const m = channel.measure(title ?? text, opts);
      return {
        channel: channelId,
        file: channel.file,
        text,
        ...title !== void 0 ? { title } : {},
        length: m.length,
        limit: m.limit,
        unit: m.unit,
        variant,
        overLimit: m.over
      };
    },
    (d) => d.overLimit
  );
  if (!draft)
    throw new Error(
      `no template for channel ${channelId} (expected ${channelTemplate(channelId, channel.variants[0])}.hbs)`
    );
  return draft;
}

// src/templating/engine.ts
var import_handlebars = __toESM(require_lib(), 1);
function optionsFor(o) {
  return o.strict === false ? { ...COMPILE_OPTIONS, strict: false } : COMPILE_OPTIONS;
}
function createEnv(partials, meter = new RenderMeter(), options = {}) {
  const env = withoutEnvPartials(import_handlebars.default.create());
  registerHelpers(env);
  const fns = /* @__PURE__ */ new Map();
  const opts = optionsFor(options);
  for (const [name, file] of partials) {
    try {
      if (file.origin !== "embedded") env.parse(file.source);
      const fn = meteredPartial(env.compile(file.source, opts), meter);
      fns.set(name, fn);
    } catch (err) {
      const d = describeHandlebarsError(err, file.source);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return { env, fns };
}
function compileSet(set2, options = {}) {
  const meter = new RenderMeter();
  const { env, fns } = createEnv(set2.partials, meter, options);
  const opts = optionsFor(options);
  const compiled = /* @__PURE__ */ new Map();
  for (const [name, file] of set2.templates) {
    try {
      if (file.origin !== "embedded") env.parse(file.source);
      compiled.set(name, env.compile(file.source, opts));
    } catch (err) {
      const d = describeHandlebarsError(err, file.source);
      throw new TemplateError(file.path, d.line, d.column, d.message);
    }
  }
  return readySet("compiled", set2, compiled, fns, meter);
}

// src/drafts/context-kinds.ts
var CORRECTION_KINDS = ["none", "update", "correction", "retraction"];
var ACTION_CASES = [
  "given",
  "investigating",
  "fixing",
  "following-provider-incident",
  "tracking-provider",
  "checking-answers",
  "watching-models",
  "watching-layer",
  "watching-fix",
  "none"
];
var HTTP_WORD_KINDS = [
  "overloaded",
  "rate-limited",
  "quota",
  "server-error",
  "bad-gateway",
  "unavailable",
  "gateway-timeout",
  "unauthorized",
  "forbidden",
  "not-found",
  "bad-request",
  "timeout"
];
var BARE_WORD_KINDS = ["timeout", "dns", "refused", "reset", "tls", "mismatch", "connection-error"];
var ERROR_WORDS = ["http", ...HTTP_WORD_KINDS.map((k) => `http-${k}`), ...BARE_WORD_KINDS];
var EXTERNAL_FIELDS = [
  "impact.text",
  "impact.reported",
  "impact.past",
  "notes",
  "action.text",
  "dataLoss.text",
  "evidence.lines",
  "models.list",
  "provider.name",
  "provider.incident.name",
  "product.name",
  "product.feature"
];

// src/drafts/impact.ts
var PAST = [
  [/\bis not\b/gi, "was not"],
  [/\bare not\b/gi, "were not"],
  [/\bisn['’]t\b/gi, "wasn't"],
  [/\baren['’]t\b/gi, "weren't"],
  [/\bis\b/gi, "was"],
  [/\bare\b/gi, "were"],
  [/\b(?:cannot|can not|can['’]t)\b/gi, "could not"],
  [/\b(?:has|have) been\b/gi, "had been"],
  [/\b(?:does|do) not\b/gi, "did not"],
  [/\b(?:doesn['’]t|don['’]t)\b/gi, "didn't"],
  [/\bfails\b/gi, "failed"],
  [/\bsees\b/gi, "saw"],
  [/\bgets\b/gi, "got"],
  [/\btimes out\b/gi, "timed out"],
  // The same verbs after a plural subject ("Answers fail", "Users see errors"), unless an auxiliary, "not" or "to"
  // already carries the tense ("could not fail" must not become "could not failed").
  [/(?<!\b(?:not|to|could|did|didn['’]t|n['’]t|will|would|can|may|might|must|should)\s)\bfail\b/gi, "failed"],
  [/(?<!\b(?:not|to|could|did|didn['’]t|n['’]t|will|would|can|may|might|must|should)\s)\bsee\b/gi, "saw"],
  [/(?<!\b(?:not|to|could|did|didn['’]t|n['’]t|will|would|can|may|might|must|should)\s)\bget\b/gi, "got"],
  [/(?<!\b(?:not|to|could|did|didn['’]t|n['’]t|will|would|can|may|might|must|should)\s)\btime out\b/gi, "timed out"]
];
var CLAUSE_VERBS = {
  send: "sent",
  use: "used",
  open: "opened",
  try: "tried",
  load: "loaded",
  ask: "asked",
  upload: "uploaded",
  download: "downloaded",
  log: "logged",
  sign: "signed",
  call: "called",
  type: "typed",
  run: "ran",
  save: "saved",
  search: "searched",
  write: "wrote",
  post: "posted",
  start: "started",
  click: "clicked",
  submit: "submitted",
  generate: "generated",
  make: "made",
  create: "created",
  chat: "chatted",
  reply: "replied",
  request: "requested",
  access: "accessed",
  edit: "edited",
  share: "shared",
  view: "viewed",
  visit: "visited",
  export: "exported",
  import: "imported",
  connect: "connected",
  pay: "paid",
  buy: "bought",
  book: "booked",
  go: "went",
  come: "came",
  refresh: "refreshed",
  reload: "reloaded",
  retry: "retried",
  attach: "attached",
  record: "recorded",
  talk: "talked",
  speak: "spoke",
  read: "read",
  translate: "translated",
  summarize: "summarized",
  summarise: "summarised"
};
function clauseVerb(word) {
  const w = word.toLowerCase();
  const candidates = [w, w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, "")];
  return candidates.find((c) => CLAUSE_VERBS[c] !== void 0);
}
var CLAUSE = /\b(when|whenever|while|if|as soon as|each time|every time|after|before|once)\s+(they|you|he|she|it|users|customers|people|(?:a|the|any) (?:user|customer|person)|someone|anyone)\s+([A-Za-z]+)/gi;
var ALREADY_PAST = /^(?:was|were|had|did|could|would|got|saw|failed|timed|wasn|weren|didn)$/i;
function inCaseOf(word, past) {
  const first = word[0];
  return first === first.toUpperCase() && first !== first.toLowerCase() ? past[0].toUpperCase() + past.slice(1) : past;
}
function pastClauses(sentence) {
  let unsafe = false;
  const out = sentence.replace(CLAUSE, (m, conj, subject, verb) => {
    if (ALREADY_PAST.test(verb)) return m;
    const base = clauseVerb(verb);
    if (base === void 0) {
      unsafe = true;
      return m;
    }
    const past = CLAUSE_VERBS[base];
    return `${conj} ${subject} ${inCaseOf(verb, past)}`;
  });
  return unsafe ? void 0 : out;
}
var UNSAFE = /\b(?:will|won['’]t|would|should|may|might|must|shall|still|now|currently|presently|yet|today|again|we|we['’]re|we['’]ve|I|am)\b|\?/i;
function pastTense(sentence) {
  const text = sentence.trim();
  if (!text || UNSAFE.test(text)) return void 0;
  const parts = text.split(/(?<=[.!…])\s+/);
  const out = [];
  for (const part of parts) {
    let changed = part;
    let moved = 0;
    for (const [re, past] of PAST)
      changed = changed.replace(re, (m) => {
        moved++;
        return inCaseOf(m, past);
      });
    if (!moved) return void 0;
    const clauses2 = pastClauses(changed);
    if (clauses2 === void 0) return void 0;
    out.push(clauses2);
  }
  return out.join(" ");
}
var ALL = /\b(?:all|any|every|everyone|everybody|nobody|no one|no (?:user|users|customer|customers|requests?)|entire(?:ly)?|complete(?:ly)?|total(?:ly)?|whole|fully|down|outage)\b/i;
var SOME = /\b(?:some|a few|few|several|a small|part of|certain|a minority|intermittent(?:ly)?|occasional(?:ly)?|sporadic(?:ally)?|partial(?:ly)?|slow(?:er)?)\b/i;
function impactScope(sentence) {
  return ALL.test(sentence) ? 3 : SOME.test(sentence) ? 1 : 2;
}
function widestImpact(stated) {
  let best;
  for (const s of stated) if (s.trim() && (best === void 0 || impactScope(s) >= impactScope(best))) best = s;
  return best;
}
function pastImpact(stated) {
  const widest = widestImpact(stated);
  return widest === void 0 ? void 0 : pastTense(widest);
}

// src/text/time.ts
var formats = /* @__PURE__ */ new Map();
function formatter(timeZone) {
  let f = formats.get(timeZone);
  if (!f)
    formats.set(
      timeZone,
      f = new Intl.DateTimeFormat("en-US", {
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone,
        timeZoneName: "short"
      })
    );
  return f;
}
function inZone(date2, timeZone) {
  let hour = "";
  let minute = "";
  let zone = timeZone;
  for (const p of formatter(timeZone).formatToParts(date2)) {
    if (p.type === "hour") hour = p.value;
    else if (p.type === "minute") minute = p.value;
    else if (p.type === "timeZoneName") zone = p.value;
  }
  return { hm: `${hour}:${minute}`, zone };
}
function isUtcZone(timeZone) {
  return timeZone === "UTC" || timeZone === "Etc/UTC";
}
var zoned = /* @__PURE__ */ new Map();
function rememberZoned(times) {
  for (const t2 of times) zoned.set(`${Date.parse(t2.at)}\0${t2.timeZone}`, { hm: t2.hm, zone: t2.zone });
}
function formatTime(date2, timeZone = "UTC") {
  const utcHm = date2.toISOString().slice(11, 16);
  const utc = `${utcHm} UTC`;
  if (isUtcZone(timeZone)) return { iso: date2.toISOString(), utc, local: utc, both: utc };
  const key = `${date2.getTime()}\0${timeZone}`;
  let there = zoned.get(key);
  if (!there) {
    if (zoned.size >= 1e3) zoned.clear();
    zoned.set(key, there = inZone(date2, timeZone));
  }
  const local = `${there.hm} ${there.zone}`;
  return { iso: date2.toISOString(), utc, local, both: there.hm === utcHm ? utc : `${utc} (${local})` };
}
function addMinutes(date2, minutes) {
  return new Date(date2.getTime() + minutes * 6e4);
}

// src/drafts/build-context.ts
var flags = (ids, on) => Object.fromEntries(ids.map((id) => [camel(id), id === on]));
function layerRef(layer) {
  return {
    id: layer?.id ?? "",
    providerLayer: layer?.providerLayer ?? false,
    ourSide: layer?.ourSide ?? false,
    is: flags(LAYER_IDS, layer?.id)
  };
}
function ensureSentence(text) {
  const t2 = (text ?? "").trim().replace(/\s+/g, " ");
  if (!t2) return t2;
  return /[.!?…。！？]$/.test(t2) ? t2 : `${t2}.`;
}
function correctionKind(layerId, previousLayerId) {
  if (previousLayerId === void 0 || previousLayerId === layerId) return "none";
  if (previousLayerId === "unknown") return "update";
  return layerId === "unknown" ? "retraction" : "correction";
}
function actionCase(input, given) {
  if (given) return "given";
  const { layer } = input;
  switch (input.phase) {
    case "investigating":
      return "investigating";
    case "identified":
      if (layer.ourSide || !layer.providerLayer) return "fixing";
      return input.provider?.incident ? "following-provider-incident" : "tracking-provider";
    case "monitoring":
      if (layer.id === "model-quality") return "checking-answers";
      if (layer.id === "model-endpoint") return input.models.length ? "watching-models" : "watching-layer";
      return layer.providerLayer ? "watching-layer" : "watching-fix";
    default:
      return "none";
  }
}
function errorWord(status, kind) {
  if (status)
    return HTTP_WORD_KINDS.includes(kind) ? `http-${kind}` : "http";
  return BARE_WORD_KINDS.includes(kind) ? kind : "connection-error";
}
function buildContext(input) {
  const tz = input.product.timeZone;
  const resolved = input.phase === "resolved";
  const prev = input.previous;
  const impact = ensureSentence(input.impact.text);
  const action = ensureSentence(input.action);
  const dataLoss2 = resolved ? ensureSentence(input.dataLoss) : "";
  const reported = ensureSentence(input.impact.reported);
  const notes = ensureSentence(input.notes);
  const past = ensureSentence(pastImpact(input.impact.stated ?? (reported ? [reported] : [])) ?? "");
  const provider = namesProvider(input.layer) || prev && namesProvider(prev.layer) ? input.provider : void 0;
  const incident = provider?.incident;
  const errors = input.errors.slice(0, 2).map((e) => ({
    status: e.status ?? 0,
    kind: e.kind,
    is: flags(ERROR_KINDS, e.kind),
    word: errorWord(e.status ?? 0, e.kind)
  }));
  const layer = { ...layerRef(input.layer), name: input.layer.name ?? input.layer.id };
  const previousLayer = { ...layerRef(prev?.layer), name: prev ? prev.layer.name ?? prev.layer.id : "" };
  const times = {
    startedAt: formatTime(input.incident.startedAt, tz),
    endedAt: formatTime(input.incident.endedAt ?? input.now, tz),
    now: formatTime(input.now, tz),
    takenAt: formatTime(new Date(input.evidenceTakenAt), tz),
    nextUpdate: formatTime(addMinutes(input.now, input.nextUpdateMinutes), tz)
  };
  return {
    product: { name: input.product.name, feature: input.product.feature, statusUrl: input.product.statusUrl ?? "" },
    incident: {
      id: input.incident.id,
      update: input.incident.update,
      isFollowUp: input.incident.update > 1,
      startedAt: times.startedAt,
      endedAt: times.endedAt,
      sameMinute: times.startedAt.both === times.endedAt.both
    },
    phase: {
      id: input.phase,
      past: input.phase === "monitoring" || resolved,
      is: flags(PHASES, input.phase)
    },
    layer,
    provider: {
      id: provider?.id ?? "",
      name: provider?.name ?? "",
      named: Boolean(provider?.name),
      statusUrl: provider?.statusUrl ?? "",
      incident: {
        open: Boolean(incident),
        name: incident?.name ?? "",
        status: incident?.status ?? "",
        url: incident?.url ?? ""
      }
    },
    models: {
      list: input.models.map((m) => ({ id: m.id, name: m.name })),
      any: input.models.length > 0,
      count: input.models.length
    },
    impact: { text: impact, given: impact !== "", reported, past, level: input.impact.level ?? "major" },
    evidence: { errors, anyErrors: errors.length > 0, lines: [...input.evidenceLines], takenAt: times.takenAt },
    action: { text: action, given: action !== "", case: actionCase({ ...input, provider }, action !== "") },
    now: times.now,
    nextUpdate: { has: !resolved, minutes: input.nextUpdateMinutes, at: times.nextUpdate },
    previous: {
      has: Boolean(prev),
      layer: previousLayer,
      phase: { id: prev?.phase ?? "", is: flags(PHASES, prev?.phase) }
    },
    correction: {
      has: Boolean(prev && prev.layer.id !== input.layer.id),
      kind: correctionKind(input.layer.id, prev?.layer.id)
    },
    dataLoss: { text: dataLoss2, given: dataLoss2 !== "" },
    notes
  };
}

// src/lint/local-times.json
var local_times_default = [
  {
    at: "2026-05-14T12:55:00.000Z",
    timeZone: "America/Los_Angeles",
    hm: "05:55",
    zone: "PDT"
  },
  {
    at: "2026-05-14T14:02:00.000Z",
    timeZone: "America/Los_Angeles",
    hm: "07:02",
    zone: "PDT"
  },
  {
    at: "2026-05-14T14:47:00.000Z",
    timeZone: "America/Los_Angeles",
    hm: "07:47",
    zone: "PDT"
  },
  {
    at: "2026-05-14T13:48:00.000Z",
    timeZone: "Europe/Berlin",
    hm: "15:48",
    zone: "GMT+2"
  },
  {
    at: "2026-05-14T14:02:00.000Z",
    timeZone: "Europe/Berlin",
    hm: "16:02",
    zone: "GMT+2"
  },
  {
    at: "2026-05-14T14:32:00.000Z",
    timeZone: "Europe/Berlin",
    hm: "16:32",
    zone: "GMT+2"
  },
  {
    at: "2026-05-14T13:30:00.000Z",
    timeZone: "Asia/Tokyo",
    hm: "22:30",
    zone: "GMT+9"
  },
  {
    at: "2026-05-14T14:02:00.000Z",
    timeZone: "Asia/Tokyo",
    hm: "23:02",
    zone: "GMT+9"
  },
  {
    at: "2026-05-14T14:32:00.000Z",
    timeZone: "Asia/Tokyo",
    hm: "23:32",
    zone: "GMT+9"
  }
];

// src/lint/profiles.json
var profiles_default = [
  {
    id: "typical",
    about: "one provider with an open incident, one model, first update",
    input: {
      product: {
        name: "Acme Notes",
        feature: "Acme AI",
        timeZone: "UTC",
        statusUrl: "https://status.acme.example"
      },
      provider: {
        id: "anthropic",
        name: "Anthropic",
        statusUrl: "https://status.claude.com",
        incident: {
          name: "Elevated errors on Claude Opus 4.7",
          status: "investigating"
        }
      },
      models: [
        {
          id: "claude-opus-4-7",
          name: "Claude Opus 4.7"
        }
      ],
      impact: {
        text: "Acme AI answers are failing for many users.",
        reported: "Acme AI answers are failing for many users."
      },
      errors: [
        {
          status: 529,
          kind: "overloaded"
        }
      ],
      evidenceLines: [
        "3/3 POST /v1/messages (claude-opus-4-7) \u2192 529 overloaded_error",
        "status.claude.com: 'Elevated errors on Claude Opus 4.7', investigating since 13:48 UTC"
      ],
      nextUpdateMinutes: 30,
      incident: {
        id: "inc-2026-05-14",
        update: 1,
        startedAt: "2026-05-14T13:48:00.000Z"
      }
    }
  },
  {
    id: "long-names",
    about: "long product, provider and model names, two errors, a long status URL, notes, a local time zone, a follow-up with a correction",
    input: {
      product: {
        name: "Northwind Collaborative Knowledge Workspace",
        feature: "Northwind Workspace AI Assistant",
        timeZone: "America/Los_Angeles",
        statusUrl: "https://status.northwind-knowledge-workspace.example/incidents/2026-05-14-ai-assistant-errors"
      },
      provider: {
        id: "azure-openai",
        name: "Azure OpenAI Service",
        statusUrl: "https://azure.status.microsoft/en-us/status"
      },
      models: [
        {
          id: "gpt-4.1-2025-04-14",
          name: "GPT-4.1 (2025-04-14)"
        },
        {
          id: "o4-mini-deep-research",
          name: "o4-mini Deep Research"
        }
      ],
      impact: {
        text: "Workspace AI Assistant answers are failing for many users.",
        reported: "Workspace AI Assistant answers are failing for many users."
      },
      errors: [
        {
          status: 503,
          kind: "unavailable"
        },
        {
          status: 504,
          kind: "gateway-timeout"
        }
      ],
      action: "We have moved interactive requests to our West US 3 deployment.",
      notes: "We have paused scheduled summary jobs so that interactive requests get through first.",
      evidenceLines: [
        "5/6 POST /openai/deployments/gpt-41/chat/completions \u2192 503",
        'Azure status: "Increased error rates" for Azure OpenAI Service in East US 2'
      ],
      nextUpdateMinutes: 45,
      incident: {
        id: "nw-ai-2026-05-14-0007",
        update: 3,
        startedAt: "2026-05-14T12:55:00.000Z"
      },
      previousLayer: "unknown"
    }
  },
  {
    id: "many-models",
    about: "four affected models of one provider",
    input: {
      product: {
        name: "Acme Notes",
        feature: "Acme AI",
        timeZone: "Europe/Berlin",
        statusUrl: "https://status.acme.example"
      },
      provider: {
        id: "aws-bedrock",
        name: "Amazon Bedrock",
        statusUrl: "https://health.aws.amazon.com/health/status"
      },
      models: [
        {
          id: "anthropic.claude-opus-4-7",
          name: "Claude Opus 4.7"
        },
        {
          id: "anthropic.claude-sonnet-4-6",
          name: "Claude Sonnet 4.6"
        },
        {
          id: "meta.llama4-maverick-17b-instruct",
          name: "Llama 4 Maverick"
        },
        {
          id: "mistral.mistral-large-2411",
          name: "Mistral Large"
        }
      ],
      impact: {
        text: ""
      },
      errors: [
        {
          status: 503,
          kind: "unavailable"
        }
      ],
      evidenceLines: [
        "5/6 InvokeModel (anthropic.claude-opus-4-7) \u2192 503",
        "4/6 InvokeModel (meta.llama4-maverick-17b-instruct) \u2192 503"
      ],
      nextUpdateMinutes: 30,
      incident: {
        id: "inc-2026-05-14",
        update: 1,
        startedAt: "2026-05-14T13:48:00.000Z"
      }
    }
  },
  {
    id: "japanese",
    about: "Japanese product name and impact text (CJK weighting, UCS-2 SMS)",
    nonLatin: true,
    input: {
      product: {
        name: "\u30A2\u30AF\u30E1\u30CE\u30FC\u30C8",
        feature: "\u30A2\u30AF\u30E1\u30CE\u30FC\u30C8AI",
        timeZone: "Asia/Tokyo",
        statusUrl: "https://status.acme.example/ja"
      },
      provider: {
        id: "anthropic",
        name: "Anthropic",
        statusUrl: "https://status.claude.com"
      },
      models: [
        {
          id: "claude-sonnet-4-6",
          name: "Claude Sonnet 4.6"
        }
      ],
      impact: {
        text: "\u30A2\u30AF\u30E1\u30CE\u30FC\u30C8AI\u306E\u56DE\u7B54\u304C\u591A\u304F\u306E\u30E6\u30FC\u30B6\u30FC\u3067\u5931\u6557\u3057\u3066\u3044\u307E\u3059\u3002",
        reported: "\u30A2\u30AF\u30E1\u30CE\u30FC\u30C8AI\u306E\u56DE\u7B54\u304C\u591A\u304F\u306E\u30E6\u30FC\u30B6\u30FC\u3067\u5931\u6557\u3057\u3066\u3044\u307E\u3059\u3002"
      },
      errors: [
        {
          status: 529,
          kind: "overloaded"
        }
      ],
      evidenceLines: [
        "3/3 POST /v1/messages (claude-sonnet-4-6) \u2192 529 overloaded_error"
      ],
      nextUpdateMinutes: 30,
      incident: {
        id: "acme-jp-42",
        update: 2,
        startedAt: "2026-05-14T13:30:00.000Z"
      },
      previousLayer: "network"
    }
  }
];

// src/lint/fixtures.ts
var NOW = /* @__PURE__ */ new Date("2026-05-14T14:02:00Z");
var PROFILES = profiles_default.map((p) => ({
  ...p,
  input: { ...p.input, incident: { ...p.input.incident, startedAt: new Date(p.input.incident.startedAt) } }
}));
function renderCases(layers, product) {
  const key = JSON.stringify(product ?? null);
  const cached2 = memo.get(layers)?.get(key);
  if (cached2) return cached2;
  const cases = buildCases(layers, product);
  memo.set(layers, (memo.get(layers) ?? /* @__PURE__ */ new Map()).set(key, cases));
  return cases;
}
var memo = /* @__PURE__ */ new WeakMap();
function buildCases(layers, product) {
  const profiles = product ? PROFILES.map(
    (p) => p.id === "typical" ? {
      ...p,
      input: {
        ...p.input,
        product: {
          ...p.input.product,
          name: product.name,
          feature: product.feature,
          statusUrl: product.statusUrl ?? p.input.product.statusUrl
        }
      }
    } : p
  ) : PROFILES;
  rememberZoned(local_times_default);
  const cases = [];
  for (const layer of layers)
    for (const phase of layer.phases)
      for (const profile of profiles) {
        const { previousLayer, ...input } = profile.input;
        const prev = previousLayer && previousLayer !== layer.id ? layers.find((l) => l.id === previousLayer) : void 0;
        const ctx = buildContext({
          ...input,
          layer,
          phase,
          evidenceTakenAt: NOW.toISOString(),
          now: NOW,
          // The operator's impact was written while it was failing: at monitoring and resolved only its report is carried.
          impact: phase === "monitoring" || phase === "resolved" ? { ...input.impact, text: "" } : input.impact,
          dataLoss: phase === "resolved" ? "No customer data was lost." : void 0,
          previous: prev ? { layer: prev, phase: "investigating" } : void 0
        });
        cases.push({ layer, phase, profile, ctx });
      }
  return cases;
}
function describeCase(c) {
  return `layer ${c.layer.id} \xD7 ${c.phase}, ${c.profile.id} fixture`;
}

// src/model/reasons.ts
var REASON_KINDS = [
  "handler-fails-direct-ok",
  "handler-fails-no-direct",
  "rejects-key",
  "refuses-quota",
  "unknown-model",
  "direct-fails-too",
  "incident-open",
  "offline",
  "unreachable",
  "no-http-answer",
  "status-operational",
  "answered-some",
  "reach-mixed",
  "api-errors",
  "errors-span-models",
  "incident",
  "blames-us",
  "incident-but-direct-ok",
  "incident-unrelated",
  "status-indicator",
  "direct-ok",
  "status-quiet",
  "models-split",
  "models-span",
  "answers-fail-checks",
  "canary-passes",
  "no-evidence",
  "nothing-failed",
  "two-layers"
];
var REASON_TEMPLATES = [
  ...REASON_KINDS,
  "seen-probe",
  "seen-status",
  "probe",
  "probe-list",
  "provider"
].map((k) => `reasons/${k}`);

// src/lint/sources.ts
var SOURCES = {
  atlassian: "Atlassian, \u201CIncident communication tips\u201D (Statuspage documentation, support.atlassian.com/statuspage/docs/incident-communication-tips/)",
  pagerduty: "PagerDuty Incident Response Documentation, \u201CExternal Communication Guidelines\u201D (response.pagerduty.com/during/external_communication_guidelines/)",
  google: "Google Cloud, \u201CLifecycle of an incident\u201D (cloud.google.com/service-health/docs/incident-lifecycle)",
  sre: "Google, Site Reliability Engineering (O\u2019Reilly, 2016), ch. 14 \u201CManaging Incidents\u201D",
  layerpost: "layerpost SPEC \xA71 and \xA74: every draft names the failing layer and does not imply a fault in a layer that is working",
  handlebars: "Handlebars language guide (handlebarsjs.com/guide), strict mode and known helpers"
};

// src/lint/rules/reasons-complete.ts
var reasonsComplete = {
  id: "reasons-complete",
  kind: "template",
  severity: "warning",
  description: "A set with files in reasons/ has every one of them (reasons/KIND.hbs for each reason the diagnosis gives).",
  docs: [
    `A team's set is merged over the embedded one file by file, so a reason the set does not word is said by the`,
    `embedded English template: a set in another language that misses one prints that sentence in English in the`,
    `Slack evidence and the interview. Reported once, on the set's first file in reasons/, naming each missing file.`,
    `Source: ${SOURCES.layerpost}.`
  ].join(" "),
  check({ file, set: set2 }) {
    if (file.origin !== "override" || !file.name.startsWith("reasons/")) return [];
    const own2 = [...set2.templates.values()].filter((f) => f.origin === "override" && f.name.startsWith("reasons/"));
    if (own2[0] !== file) return [];
    const missing = REASON_TEMPLATES.filter((name) => set2.templates.get(name)?.origin !== "override");
    if (!missing.length) return [];
    const files = missing.map((m) => `${m}.hbs`);
    return [
      {
        message: `this set words reasons itself but has no ${files.join(", ")}: the embedded English ${missing.length === 1 ? "sentence is" : "sentences are"} used there`,
        line: 1,
        column: 1
      }
    ];
  }
};

// src/text/regexp.ts
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/lint/text.ts
function readableText(text, channel) {
  return channel.id === "linkedin" ? readableLinkedIn(text) : readable(text);
}
function unmark(t2) {
  t2 = t2.replace(/\*\*|`/g, "").replace(/(^|\s)[*_](\S)/g, "$1$2").replace(/(\S)[*_](?=\s|$|[.,:;!?])/g, "$1");
  return t2.split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim()).join("\n");
}
var readable = perString(4e3, unmark);
var readableLinkedIn = perString(1e3, (text) => unmark(text.replace(/\\([\\|{}@[\]()<>#*_~])/g, "$1")));
var sentences = perString(
  1e3,
  (text) => text.split(/(?<=[.!?…])\s+|(?<=[。！？])\s*|\n+/).map((s) => s.trim()).filter(Boolean)
);
function clauses(sentence) {
  return sentence.split(/[;:,]|\b(?:but|although|though|while|whereas)\b/i).map((c) => c.trim()).filter(Boolean);
}
function phraseRegExp(phrase2, flags2 = "i") {
  const key = `${flags2}\0${phrase2}`;
  let re = cache.get(key);
  if (!re) {
    const p = escapeRegExp(phrase2.trim()).replace(/\s+/g, "\\s+");
    const start = /^\w/.test(phrase2.trim()) ? "\\b" : "";
    const end = /\w$/.test(phrase2.trim()) ? "\\b" : "";
    re = new RegExp(`${start}${p}${end}`, flags2);
    if (cache.size > 5e3) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}
var cache = /* @__PURE__ */ new Map();
var ASCII2 = /^[\x00-\x7f]*$/;
var phrase = perString(5e3, (p) => {
  const t2 = p.trim();
  if (!t2) return void 0;
  if (ASCII2.test(t2)) {
    const words = t2.toUpperCase().split(/\s+/);
    return {
      ascii: true,
      words,
      boundaryStart: /^\w/.test(t2),
      boundaryEnd: /\w$/.test(t2),
      longest: words.reduce((a, b) => b.length > a.length ? b : a)
    };
  }
  return { ascii: false, folded: fold(t2), find: phraseRegExp(t2), remove: phraseRegExp(t2, "gi") };
});
var fold = (s) => s.replace(/\s+/g, " ").toUpperCase();
var folded = perString(4e3, fold);
var asciiUpper = perString(
  4e3,
  (text) => ASCII2.test(text) ? text.toUpperCase() : text.replace(/[a-z]+/g, (w) => w.toUpperCase())
);
function isSpace(c) {
  return c >= 9 && c <= 13 || c === 32 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function isWord(c) {
  return c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
}
function asciiMatch(upper, m, from) {
  if (!upper.includes(m.longest, from)) return void 0;
  const [first, ...rest] = m.words;
  for (let i = upper.indexOf(first, from); i >= 0; i = upper.indexOf(first, i + 1)) {
    if (m.boundaryStart && i > 0 && isWord(upper.charCodeAt(i - 1))) continue;
    let j = i + first.length;
    let ok = true;
    for (const w of rest) {
      let k = j;
      while (k < upper.length && isSpace(upper.charCodeAt(k))) k++;
      if (k === j || !upper.startsWith(w, k)) {
        ok = false;
        break;
      }
      j = k + w.length;
    }
    if (ok && !(m.boundaryEnd && j < upper.length && isWord(upper.charCodeAt(j)))) return [i, j];
  }
  return void 0;
}
function findPhrase(text, phraseText) {
  const m = phrase(phraseText);
  if (!m) return void 0;
  if (m.ascii) {
    const at = asciiMatch(asciiUpper(text), m, 0);
    return at && text.slice(at[0], at[1]);
  }
  if (!folded(text).includes(m.folded)) return void 0;
  return m.find.exec(text)?.[0];
}
function removePhrase(text, phraseText) {
  const m = phrase(phraseText);
  if (!m) return text;
  if (m.ascii) {
    const upper = asciiUpper(text);
    let out = "";
    let last = 0;
    for (let at = asciiMatch(upper, m, 0); at; at = asciiMatch(upper, m, at[1])) {
      out += `${text.slice(last, at[0])} `;
      last = at[1];
    }
    return last === 0 ? text : out + text.slice(last);
  }
  if (!folded(text).includes(m.folded)) return text;
  return text.replace(m.remove, " ");
}
var core = perString(
  2e3,
  (phrase2) => phrase2.trim().replace(/[.!?…]+$/, "").trim()
);
function containsPhrase(text, phrase2) {
  const p = core(phrase2);
  return p !== "" && findPhrase(text, p) !== void 0;
}
var layerPhrases = oncePer(
  (ctx) => [ctx.said.layerName, ctx.said.cause, ctx.said.causeShort].map(core).filter((p) => p.length > 0)
);
var namingPhrases = oncePer((ctx) => {
  const corrections = ctx.correction.has ? [ctx.said.correction, ctx.said.correctionShort].map(core).filter((p) => p.length > 0) : [];
  return [...layerPhrases(ctx), ...corrections];
});
function namesLayer(text, ctx) {
  return namingPhrases(ctx).find((p) => p !== "" && findPhrase(text, p) !== void 0);
}
function filledLayers(layers, ctx) {
  return layers.map((l) => ({
    id: l.id,
    phrases: [ctx.said.layerNames[l.id] ?? ""].map(core).filter((p) => p.length > 0)
  }));
}
function clockTimes(s) {
  return [...s.matchAll(/\b(\d{1,2}):(\d{2})\b/g)].map((m) => `${m[1].padStart(2, "0")}:${m[2]}`);
}
var NEGATION = /\b(?:not|no|never|nor|unaffected|unchanged|unimpaired|n't|without)\b|n't\b/i;
function withoutQuoted(text, ctx) {
  let t2 = text;
  for (const q of [ctx.said.correction, ctx.said.correctionShort, ...quoted(text)]) {
    const c = core(q);
    if (c) t2 = removePhrase(t2, c);
  }
  return t2;
}
var QUOTATION = /“([^”]{1,2000})”|„([^“”]{1,2000})[“”]|«([^»]{1,2000})»|»([^«]{1,2000})«/g;
function quoted(text) {
  return [...text.slice(0, 1e5).matchAll(QUOTATION)].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
}
function withoutQuotations(text) {
  return text.slice(0, 1e5).replace(QUOTATION, " ");
}

// src/lint/rules/consistent.ts
var PHASE_NAMES = {
  investigating: "Investigating",
  identified: "Identified",
  monitoring: "Monitoring",
  resolved: "Resolved"
};
var PHASE_STATEMENT = Object.fromEntries(
  PHASES.map((p) => [p, new RegExp(`(?:^|\\n|\\*)\\s*(?:Resolved: )?${PHASE_NAMES[p]}\\s*:`, "i")])
);
var consistent = {
  id: "consistent",
  kind: "bundle",
  severity: "error",
  description: "Every channel of one bundle states the same layer, phase and next-update time.",
  docs: [
    `Readers see the status page, X and Mastodon side by side; if one says the network and another the provider's`,
    `API, or two give different next-update times, none is believed. For each draft of a bundle the rule reads`,
    `which layers it names (ignoring correction sentences and the not-affected sentence, which name other layers on`,
    `purpose), which phase it states ("Investigating:", "Resolved"), and which next-update time it gives, and`,
    `reports drafts that disagree with the bundle. Sources: ${SOURCES.atlassian} (tip 4, "Stay consistent across`,
    `channels"); ${SOURCES.layerpost}.`
  ].join(" "),
  check({ drafts, ctx, layers }) {
    const { filled, expectedTimes, aside, own: own2 } = prepared(ctx)(layers);
    const stated = (channel, text) => ({
      channel,
      layers: filled.filter((l) => l.id !== ctx.layer.id && l.phrases.some((p) => containsPhrase(text, p))).map((l) => l.id),
      phases: PHASES.filter(
        (p) => PHASE_STATEMENT[p].test(text) || p === "resolved" && /^\s*Resolved\s*:/im.test(text)
      ),
      times: [...text.matchAll(/\bnext update[^.\n]{0,40}?\b(\d{1,2}:\d{2})\b/gi)].map((m) => clockTimes(m[1])[0])
    });
    const agrees = (s) => s.layers.length === 0 && s.phases.every((p) => p === ctx.phase.id) && s.times.every((t2) => expectedTimes.includes(t2));
    const statements = drafts.map((d) => {
      const channel = isChannelId(d.channel) ? CHANNELS[d.channel] : { id: d.channel };
      const raw = `${readableText(d.title ?? "", channel)}
${readableText(d.text, channel)}`;
      const whole = stated(d.channel, raw);
      if (agrees(whole)) return whole;
      let text = withoutQuoted(raw, ctx);
      for (const p of aside) text = removePhrase(text, p);
      for (const p of own2) if (containsPhrase(text, p)) text = removePhrase(text, p);
      return stated(d.channel, text);
    });
    const hits = [];
    const expectedLayer = filled.find((l) => l.id === ctx.layer.id);
    for (const s of statements) {
      const other = s.layers;
      if (other.length > 0)
        hits.push({
          channel: s.channel,
          message: `names the layer ${other.join(", ")} ("${filled.find((l) => l.id === other[0]).phrases[1] ?? other[0]}") but the bundle's layer is ${ctx.layer.id}${expectedLayer ? ` ("${expectedLayer.phrases[1] ?? expectedLayer.phrases[0]}")` : ""}`
        });
      const wrongPhase = s.phases.filter((p) => p !== ctx.phase.id);
      if (wrongPhase.length)
        hits.push({
          channel: s.channel,
          message: `states the phase ${wrongPhase.map((p) => PHASE_NAMES[p]).join(", ")} but the bundle's phase is ${ctx.said.phaseName || ctx.phase.id}`
        });
      const wrongTime = s.times.filter((t2) => !expectedTimes.includes(t2));
      if (wrongTime.length)
        hits.push({
          channel: s.channel,
          message: `gives the next update at ${wrongTime.join(", ")} but the bundle's next update is ${ctx.nextUpdate.at.both}`,
          needle: wrongTime[0]
        });
    }
    return hits;
  }
};
var prepared = oncePer(
  (ctx) => oncePer((layers) => ({
    filled: filledLayers(layers, ctx),
    expectedTimes: clockTimes(ctx.nextUpdate.at.both),
    aside: [ctx.said.notAffected, ctx.said.notAffectedShort].map(core).filter(Boolean),
    own: layerPhrases(ctx)
  }))
);

// src/lint/rules/data-loss.ts
var dataLoss = {
  id: "data-loss",
  kind: "text",
  parts: "body",
  severity: "warning",
  description: "A resolved draft says whether any data was lost.",
  docs: [
    `The first question after "is it fixed?" is "did I lose anything?". The resolved update must answer it, even`,
    `when the answer is "no data was lost" (the operator's word, {{dataLoss.text}}, which phrases/closing.hbs`,
    `prints). Sources: ${SOURCES.pagerduty} (Resolution: "Clear indication of any data loss or lingering`,
    `corruption"; "If there are no lingering impacts, clearly note this"); ${SOURCES.atlassian} (tip 1: alleviate`,
    `concerns about security or data loss).`
  ].join(" "),
  check({ text, ctx }) {
    if (!ctx.phase.is.resolved) return [];
    if (ctx.dataLoss.given && containsPhrase(text, ctx.dataLoss.text)) return [];
    if (sentences(text).some(
      (s) => /\bdata\b/i.test(s) && /\b(?:lost|loss|intact|safe|deleted|corrupt\w*|affected|unaffected)\b/i.test(s)
    ))
      return [];
    return [
      {
        message: "resolved, but does not say whether any data was lost; add {{dataLoss.text}} (phrases/closing.hbs says it)"
      }
    ];
  }
};

// src/lint/rules/layer-named.ts
var layerNamed = {
  id: "layer-named",
  kind: "text",
  parts: "body",
  severity: "error",
  description: "The draft names the failing layer in plain words.",
  docs: [
    `The rule this product exists for: a post that does not say where the fault is ("Claude is experiencing`,
    `degraded performance") is read as "the model got worse". Each draft must contain the layer's plain name, its`,
    `short phrase ("Anthropic's API") or its cause sentence, as filled for the bundle. Checked on every layer \xD7`,
    `phase render. Sources: ${SOURCES.layerpost}; ${SOURCES.atlassian} (tip 3, "Communicate precisely": explain the`,
    `issue in layman's terms).`
  ].join(" "),
  check({ text, ctx }) {
    if (namesLayer(text, ctx)) return [];
    return [
      {
        message: `does not name the failing layer (${ctx.layer.id}); say "${core(ctx.said.layerName)}" or use {{> cause}}`
      }
    ];
  }
};

// src/lint/rules/length.ts
var length = {
  id: "length",
  kind: "draft",
  severity: "error",
  description: "Every channel's draft fits its limit, counted the way the platform counts, for every layer \xD7 phase (worst case reported).",
  docs: [
    `A post that does not fit is cut by the platform or refused, usually at the end, where the next-update time is.`,
    `Lint renders every template for every layer \xD7 phase with long product and model names, several models, a URL`,
    `and Japanese text, and counts as each platform does (X weights URLs as 23 and CJK as 2, Bluesky counts`,
    `graphemes and bytes, SMS counts GSM-7/UCS-2 segments, the status-page title 255). When the default template is`,
    `over, the short one is used; a finding means even the draft that would be posted is over, and it names the`,
    `worst case and its inputs. SMS's one segment is a preference, not a platform cap (longer messages arrive`,
    `concatenated): it is at most a warning, and only the typical fixture is held to it, since any non-Latin name`,
    `makes an SMS UCS-2, 70 characters a segment, whatever the template says. Sources: ${SOURCES.layerpost} (SPEC`,
    `\xA74, the channel table); the platforms' documented limits.`
  ].join(" "),
  check(draft) {
    if (!draft.overLimit) return [];
    const channel = isChannelId(draft.channel) ? CHANNELS[draft.channel] : void 0;
    const what = draft.channel === "statuspage" ? "title" : `${draft.variant} draft`;
    const soft = channel?.softLimit ? " (a preferred limit: it is still delivered)" : "";
    return [
      {
        message: `the ${channel?.name ?? draft.channel} ${what} is over the limit: ${draft.length}/${draft.limit} ${draft.unit}${soft}`,
        ...channel?.softLimit ? { atMost: "warning" } : {}
      }
    ];
  }
};

// src/lint/rules/next-update.ts
var nextUpdate = {
  id: "next-update",
  kind: "text",
  parts: "body",
  severity: "error",
  description: "Before resolved, the draft gives the time of the next update.",
  docs: [
    `A promised next update keeps readers from refreshing, opening tickets or guessing, and commits the team to a`,
    `cadence. Until the incident is resolved each draft must contain the next-update time ({{nextUpdate.at.utc}},`,
    `or the local time) or "in N minutes". Sources: ${SOURCES.atlassian} (tips 1 and 2: promise further updates,`,
    `communicate often); ${SOURCES.pagerduty} ("Provide an expectation of when the next update will be posted").`
  ].join(" "),
  check({ text, ctx }) {
    if (ctx.phase.is.resolved || !ctx.nextUpdate.has) return [];
    const { times, inMinutes } = expectedFor(ctx);
    const found = [...text.matchAll(/\b(\d{1,2}):(\d{2})\b/g)].some(
      (m) => times.includes(`${m[1].padStart(2, "0")}:${m[2]}`)
    );
    if ((found || inMinutes.test(text)) && /\bupdate/i.test(text)) return [];
    return [
      { message: `no next-update time in the ${ctx.phase.id} phase; add "Next update by {{nextUpdate.at.utc}}."` }
    ];
  }
};
var expectedFor = oncePer((ctx) => ({
  times: clockTimes(ctx.nextUpdate.at.both),
  inMinutes: new RegExp(`\\bin ${escapeRegExp(String(ctx.nextUpdate.minutes))} (?:minutes|min)\\b`, "i")
}));

// src/lint/rules/no-eta.ts
var ETA = [
  /\bwill be (?:fully )?(?:resolved|fixed|restored|back(?: up| online| to normal)?|working(?: again)?|operational(?: again)?|up(?: again)?)\s+(?:by|within|in|before|shortly|soon|today|tonight|at)\b/i,
  /\b(?:fixed|resolved|restored|repaired|back (?:up|online|to normal)|recovered?)\s+(?:with)?in (?:the next |about |around |roughly )?(?:\d+|a few|an?|one|two|three|few|several|the hour|the day|hours|minutes)\b/i,
  /\bETA\b/,
  /\bestimated (?:time (?:of|to) )?(?:resolution|recovery|fix|restoration)\b/i,
  /\bexpect(?:ed|s)? (?:a |the )?(?:fix|resolution|full recovery|recovery|service to be restored|it to be (?:fixed|resolved))\b/i,
  /\b(?:should|expect(?:ed)? to) be (?:fully )?(?:resolved|fixed|restored|back)\b/i
];
var KEYWORD = /\b(?:will|fixed|resolved|restored|repaired|back|recover|eta|estimated|expect|should)/i;
var noEta = {
  id: "no-eta",
  kind: "text",
  parts: "any",
  severity: "error",
  description: 'No promise of when the fix lands ("will be resolved by \u2026", "fixed within \u2026").',
  docs: [
    `A fix time is a guess during an incident, and a missed one costs more trust than none: promise the next update`,
    `instead, which the team controls. Dependent on a provider, we cannot know when its fix lands at all. "Next`,
    `update by 14:30 UTC" is fine; "will be resolved by 14:30", "fixed within the hour", "ETA" are reported.`,
    `Sources: ${SOURCES.google} (an issue is fixed only when changes end the impact; mitigation and workarounds are`,
    `communicated, not predicted fix times); ${SOURCES.pagerduty} (updates give an expectation of the next update).`
  ].join(" "),
  scope: "sentence",
  check({ text: sentence }) {
    if (!KEYWORD.test(sentence)) return [];
    for (const r of ETA) {
      const m = r.exec(sentence)?.[0];
      if (m) return [{ message: `"${m}" promises a fix time; promise the next update instead`, needle: m }];
    }
    return [];
  }
};

// src/lint/rules/no-internals.ts
var PATTERNS = [
  [/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/, "an IP address"],
  [/\b(?:[0-9a-f]{1,4}:){4,7}[0-9a-f]{1,4}\b/i, "an IPv6 address"],
  [
    /\blocalhost\b|\b[\w-]{1,63}\.(?:internal|local|localdomain|lan|corp|svc|cluster\.local)\b/i,
    "an internal hostname"
  ],
  [/\b[a-z][a-z0-9-]{0,62}-[a-f0-9]{8,10}-[a-z0-9]{5}\b/, "a Kubernetes pod name"],
  [/\bpods?\/[\w.-]+|\bdeployment\/[\w.-]+|\bnamespace\/[\w.-]+/i, "a Kubernetes object"],
  [/\b(?:i|sg|vpc|subnet|eni|vol|ami)-[0-9a-f]{8,17}\b|\barn:aws[\w-]*:[^\s]+/, "a cloud resource id"],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i, "an id (UUID)"],
  [/\breq_[A-Za-z0-9]{8,}\b/, "a request id"],
  [
    /\bat [\w$.<>[\]]+ \([^)]*:\d+:\d+\)|\bat [^\s()]+:\d+:\d+|Traceback \(most recent call last\)|\bgoroutine \d+ \[|\bpanic: /,
    "a stack trace"
  ],
  [/\b[\w./-]{1,255}\.(?:js|mjs|cjs|ts|py|go|java|rb|rs|php|cs):\d+\b/, "a source file and line"],
  [
    /\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|EHOSTUNREACH|CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE)\b/,
    "a system error code"
  ],
  [/\b\w+(?:Exception|Error)\b(?=:)/, "an exception name"]
];
var HOSTNAME = /\b(?:https?:\/\/)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,126}(?:com|net|org|io|ai|dev|cloud|app|co|example|test|invalid))\b(?:\/\S*)?/gi;
function host(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
var noInternals = {
  id: "no-internals",
  kind: "text",
  parts: "any",
  severity: "error",
  description: "No hostnames, IP addresses, pod or service ids, error codes or stack traces in a public channel (Slack is internal).",
  docs: [
    `Public posts are read by customers, not by the on-call team: an internal hostname, an IP, a pod name or a`,
    `stack trace explains nothing to them, can reveal how the system is built, and looks like a leak. Public`,
    `channels say what users see; the evidence belongs in the internal Slack update, which this rule does not`,
    `check. Links to our own or the provider's status page (from the context) are allowed, as are status.* hosts.`,
    `Sources: ${SOURCES.atlassian} (tip 3: explain the issue "in layman's terms"); ${SOURCES.pagerduty} (external`,
    `messages describe customer impact and affected functionality).`
  ].join(" "),
  // Internals never span a sentence break (". " or a new line), so each distinct sentence is checked once.
  scope: "sentence",
  check({ text, channel, ctx }) {
    if (!channel.public) return [];
    const hits = [];
    for (const [re, what] of PATTERNS) {
      const m = re.exec(text)?.[0];
      if (m)
        hits.push({ message: `${what} ("${m}") in a public channel; keep internals in the Slack update`, needle: m });
    }
    const ok = allowedFor(ctx);
    for (const m of text.matchAll(HOSTNAME)) {
      const h = m[1].toLowerCase();
      if (ok.hosts.has(h) || h.startsWith("status.") || ok.names.includes(h)) continue;
      hits.push({ message: `a hostname ("${m[1]}") in a public channel; link only to a status page`, needle: m[1] });
      break;
    }
    return hits;
  }
};
var allowedFor = oncePer((ctx) => ({
  hosts: new Set(
    [ctx.product.statusUrl, ctx.provider.statusUrl].map((u) => u ? host(u) : void 0).filter((h) => Boolean(h))
  ),
  names: `${ctx.product.name} ${ctx.product.feature}`.toLowerCase()
}));

// src/lint/rules/not-affected.ts
var REASSURANCE = /\b(?:not (?:been )?affected|unaffected|not impacted|unchanged|working normally|(?:is|are) working|operating normally|not a change in)\b/i;
var notAffected = {
  id: "not-affected",
  kind: "text",
  parts: "body",
  severity: "warning",
  description: 'The draft says what is not affected ("Model quality is unaffected.").',
  docs: [
    `Saying what still works bounds the incident for readers and stops the worst reading: for a provider-API`,
    `outage, "answers that do complete are not affected; this is not a change in the model". The layer's`,
    `not-affected phrase ({{> not-affected}} or {{> not-affected-short}}, phrases/not-affected/<layer>.hbs) or the`,
    `template's own words to that effect ("\u2026 is unaffected", "\u2026 is working normally") satisfy it. Sources:`,
    `${SOURCES.layerpost} (SPEC \xA71: each layer states what is not affected, and drafts say it);`,
    `${SOURCES.atlassian} (tip 1: "alleviate any concerns"); ${SOURCES.pagerduty} (scope of impact).`
  ].join(" "),
  check({ text, ctx }) {
    if (!ctx.said.notAffected && !ctx.said.notAffectedShort) return [];
    if (containsPhrase(text, ctx.said.notAffected) || containsPhrase(text, ctx.said.notAffectedShort) || REASSURANCE.test(text))
      return [];
    return [
      { message: `does not say what is not affected; add {{> not-affected-short}} ("${ctx.said.notAffectedShort}")` }
    ];
  }
};

// src/lint/rules/own-the-problem.ts
var BLAME = /\b(?:third[- ]party|upstream|vendor|supplier|(?:our |an? |the )?(?:AI |LLM )?provider(?:'s)?|due to|caused by|because of|outside (?:of )?our control|beyond our control|not our fault)\b/i;
var ABOUT_USERS = /\b(?:users?|customers?|you|your|we|our|us|people|everyone|requests?|answers?)\b/i;
function firstSentence(text, ctx) {
  const all = sentences(withoutQuoted(text, ctx));
  const name = ctx.said.phaseName || ctx.phase.id;
  const heading = HEADINGS[name] ?? (HEADINGS[name] = new RegExp(`^${escapeRegExp(name)}\\s*:`, "i"));
  return all.find((s) => !(heading.test(s) && !/[.!?…]$/.test(s)) && /\p{L}/u.test(s));
}
var HEADINGS = {};
var ownTheProblem = {
  id: "own-the-problem",
  kind: "text",
  parts: "body",
  severity: "warning",
  description: "In a public channel, the first sentence is about our users' impact, owned by us, not blame-first.",
  docs: [
    `Readers came because our product is failing them; the first sentence tells them how, in their words ("Acme AI`,
    `answers are failing for many users"). Naming the provider comes after, as a fact with its evidence \u2014 opening`,
    `with "Due to a third-party issue \u2026" reads as shifting blame. The check passes when the first sentence contains`,
    `the impact text or speaks about users, us or our product, and does not open with the provider or a blame`,
    `phrase. Sources: ${SOURCES.atlassian} (tip 5, "Own the problem": "While an incident may technically be caused`,
    `by another provider, in your customers' eyes, it's a problem with your service"); ${SOURCES.layerpost} (SPEC`,
    `\xA74: "our users' impact first \u2026 owned by us").`
  ].join(" "),
  check({ text, ctx, channel }) {
    if (!channel.public) return [];
    const first = firstSentence(text, ctx);
    if (!first || ctx.impact.given && containsPhrase(first, ctx.impact.text)) return [];
    const blame = BLAME.exec(first)?.[0] ?? (ctx.provider.named ? findPhrase(first, ctx.provider.name) : void 0);
    if (blame)
      return [
        {
          message: `the first sentence leads with "${blame}" instead of our users' impact; start with {{> impact-line}}`,
          needle: first
        }
      ];
    const ours = [ctx.product.name, ctx.product.feature].some((p) => p && findPhrase(first, p)) || ABOUT_USERS.test(first);
    if (!ours)
      return [
        {
          message: `the first sentence ("${first.slice(0, 60)}") is not about our users' impact; start with {{> impact-line}}`,
          needle: first
        }
      ];
    return [];
  }
};

// src/lint/rules/provider-incident.ts
var GENERIC = [
  // "Anthropic reports an incident", "has reported an outage", "is reporting a major incident" (not "we have opened an
  // incident": ours)
  /(?<!\bwe (?:have |had |are )?)\b(?:reports?|reported|reporting|declared|acknowledged|posted|opened) (?:an?|its|their) (?:\w+ )?(?:incident|outage)\b/i,
  // "following the provider's incident", "tracking their incident"
  /\b(?:follow(?:ing)?|track(?:ing)?|watch(?:ing)?|monitor(?:ing)?) (?:the provider's|its|their|the upstream|the) (?:\w+ )?(?:incident|outage)\b/i,
  // "an incident on its status page", "the provider's status page shows an incident"
  /\bincident (?:on|at) (?:its|their|the provider's) status page\b/i,
  /\bstatus page (?:reports|shows|lists|has) an? (?:\w+ )?(?:incident|outage)\b/i,
  /\b(?:the |our )?(?:AI |LLM )?provider's (?:\w+ )?(?:incident|outage)\b/i
];
var KEYWORD2 = /\b(?:incident|outage)\b/i;
var providerIncident = {
  id: "provider-incident",
  kind: "text",
  parts: "any",
  severity: "error",
  description: "No sentence about the provider's incident unless the evidence holds an open one.",
  docs: [
    `"We are following Anthropic's incident" when Anthropic has no open incident is an invented fact: readers check`,
    `the provider's status page, find nothing, and stop trusting the post (issue 14 saw it in every identified`,
    `draft of a provider layer). A sentence that speaks of the provider's incident ("reports an incident",`,
    `"following <Provider>'s incident", "<Provider>'s incident") is reported in any render whose`,
    `provider.incident.open is false; guard it with {{#if provider.incident.open}}. A negated clause ("which has`,
    `not reported an incident") and text in \u201Ccurly quotes\u201D are not such claims. Sources: ${SOURCES.layerpost} (SPEC`,
    `\xA74, "Only true statements": a provider's incident is mentioned only when the evidence holds an open incident`,
    `of that provider); ${SOURCES.atlassian} (tip 3: honesty and clarity).`
  ].join(" "),
  check({ text, ctx }) {
    if (ctx.provider.incident.open || !KEYWORD2.test(text)) return [];
    const patterns = patternsFor(ctx);
    const hits = [];
    for (const s of sentences(withoutQuotations(text))) {
      if (!KEYWORD2.test(s)) continue;
      for (const clause of clauses(s)) {
        if (NEGATION.test(clause)) continue;
        let m;
        for (const r of patterns) if (m = r.exec(clause)?.[0]) break;
        if (m) {
          hits.push({
            message: `"${m}" speaks of ${ctx.provider.name || "the provider"}'s incident, but the evidence holds no open incident of it; guard the sentence with {{#if provider.incident.open}}`,
            needle: m
          });
          break;
        }
      }
    }
    return hits;
  }
};
var patternsFor = oncePer((ctx) => {
  if (!ctx.provider.named) return GENERIC;
  const p = escapeRegExp(ctx.provider.name);
  return [
    ...GENERIC,
    new RegExp(`${p}['\u2019]s (?:\\w+ )?(?:incident|outage)\\b`, "i"),
    new RegExp(
      `${p} (?:has |is )?(?:reports?|reported|reporting|declared|acknowledged|posted|opened) (?:an? )?(?:\\w+ )?(?:incident|outage)\\b`,
      "i"
    )
  ];
});

// src/lint/rules/provider-named.ts
var providerNamed = {
  id: "provider-named",
  kind: "text",
  parts: "body",
  severity: "error",
  description: "For provider layers, the draft names the provider whose service failed.",
  docs: [
    `When the layer is the provider's (its API, one model's serving, answer quality), readers need to know whose`,
    `service it is: "Anthropic's API is returning errors" lets them check the provider's status page and tells them`,
    `other products may be affected too. For layers about one model, naming the model (whose maker readers know)`,
    `also counts. Layers on our side name no provider and are not checked. Sources: ${SOURCES.layerpost};`,
    `${SOURCES.atlassian} (tip 3, "Communicate precisely").`
  ].join(" "),
  check({ text, ctx }) {
    if (!ctx.layer.providerLayer || !ctx.provider.named) return [];
    if (findPhrase(text, ctx.provider.name)) return [];
    const modelLayer = ctx.layer.is.modelEndpoint || ctx.layer.is.modelQuality;
    if (modelLayer && ctx.models.list.some((m) => findPhrase(text, m.name))) return [];
    return [
      {
        message: `the layer is ${ctx.provider.name}'s (${ctx.layer.id}) but the draft does not name ${ctx.provider.name}; use {{provider.name}} or {{> layer-name}}`
      }
    ];
  }
};

// src/lint/rules/quality-implication.ts
var QUALITY = [
  /\bdegraded (?:model|answers?|responses?|outputs?|results?|completions?|quality|intelligence)\b/i,
  /\bmodel (?:degradation|regression|quality (?:issues?|problems?|drop))\b/i,
  /\b(?:lower|reduced|worse|poorer|degraded|declining|decreased)[- ](?:quality|accuracy|intelligence)\b/i,
  /\b(?:quality|accuracy) (?:has |is |was )?(?:degraded|dropped|declined|decreased|worse|lower|reduced|down)\b/i,
  /\bmodel performance\b/i,
  /\b(?:dumber|less (?:accurate|capable|intelligent|smart|helpful|reliable answers))\b/i,
  /\b(?:worse|poorer|wrong|incorrect|inaccurate|low[- ]quality|bad|garbled|nonsensical) (?:answers|responses|results|outputs?|completions|replies)\b/i,
  /\b(?:model|ai|assistant) (?:got|gets|is getting|has gotten|became|has become|is) (?:worse|dumber|less)\b/i,
  /\bhallucinat\w*/i
];
var KEYWORD3 = /degrad|regression|lower|reduced|worse|poorer|declin|decreas|quality|accuracy|intelligence|dumber|less|wrong|incorrect|inaccurate|bad|garbled|nonsensical|hallucinat|performance/i;
var qualityImplication = {
  id: "quality-implication",
  kind: "text",
  parts: "any",
  severity: "error",
  description: "Nothing suggests worse model answers unless the layer is model-quality.",
  docs: [
    `When the provider's API returns 529s, the model's answers are not worse: requests fail, and the ones that`,
    `complete are as good as ever. Words such as "degraded model", "lower quality", "model performance", "worse`,
    `responses" or a model named next to "degraded" tell the public the opposite. Reassurances are fine ("this is`,
    `not a change in model quality"): a match inside a negated clause is ignored. Sources: ${SOURCES.layerpost}`,
    `(SPEC: "nothing implies a model-quality problem unless the layer is model-quality"); ${SOURCES.atlassian} (tip`,
    `3, "Communicate precisely").`
  ].join(" "),
  scope: "sentence",
  check({ text: sentence, ctx }) {
    if (ctx.layer.is.modelQuality || !KEYWORD3.test(sentence)) return [];
    const patterns = patternsFor2(ctx);
    const hits = [];
    for (const clause of clauses(sentence)) {
      if (NEGATION.test(clause)) continue;
      let m;
      for (const r of patterns) if (m = r.exec(clause)?.[0]) break;
      if (m)
        hits.push({
          message: `"${m}" suggests the model's answers got worse, but the layer is ${ctx.layer.id}: ${ctx.said.notAffectedShort || "say what is affected instead"}`,
          needle: m
        });
    }
    return hits;
  }
};
var patternsFor2 = oncePer((ctx) => [
  ...QUALITY,
  ...ctx.models.list.map(
    (m) => new RegExp(`${escapeRegExp(m.name)}\\b[^.;:]{0,40}\\b(?:degraded|degradation|performance)\\b`, "i")
  )
]);

// src/lint/rules/speculation.ts
var CAUSAL = /\b(?:caused by|due to|because of|as a result of|the result of|triggered by|stems? from|root cause (?:is|was)|the cause (?:is|was)|traced (?:it |this )?(?:back )?to|attributed to|blamed on)\s+/gi;
var HEDGE = /\b(?:likely|probably|presumably|possibly|perhaps|we (?:suspect|believe|think)|appears? to (?:be|have)|seems? to (?:be|have)|looks like|might be|may be|could be)\b/i;
var CAUSE_WORD = /\b(?:cause[sd]?|caused|due to|because|deploy\w*|release|rollout|change|bug|misconfigur\w*|config\w*|attack|ddos|upstream|third[- ]party|database|migration|capacity|traffic spike)\b/i;
var GUESS = /\b(?:(?:bad|faulty|broken|failed|recent) (?:deploy\w*|release|rollout|update|change|config\w*|migration)|DDoS|cyber-?attack|hack(?:ed|ers?)|(?:a |the )?bug in|misconfigur\w*|power outage|fiber cut|data ?cent(?:er|re) fire)\b/i;
var NOT_A_CLAIM = /^(?:not (?:yet )?(?:known|determined|clear)|unknown|under investigation|still being (?:investigated|determined))/i;
var speculation = {
  id: "speculation",
  kind: "text",
  parts: "any",
  severity: "warning",
  description: "While investigating, no guess about the root cause is stated as fact.",
  docs: [
    `In the investigating phase the root cause is not known; a guess that turns out wrong ("due to a bad deploy",`,
    `"likely a database issue") has to be corrected in public and costs trust. The layer itself is not a guess: it`,
    `is established from the evidence, so "errors caused by Anthropic's API" passes, while a cause beyond the layer`,
    `and its observed errors (a deploy, a bug, an attack, a hedge such as "probably" next to a cause) is reported.`,
    `Sources: ${SOURCES.google} (the product team investigates the root cause; initial notices carry what is known,`,
    `detail follows in later updates); ${SOURCES.atlassian} (tip 3: honesty and clarity); ${SOURCES.pagerduty}`,
    `(initial communication "can be minimal in revealing scope which might not be known yet").`
  ].join(" "),
  scope: "sentence",
  check({ text: s, ctx }) {
    if (!ctx.phase.is.investigating) return [];
    const guess = GUESS.exec(s)?.[0];
    if (guess)
      return [
        {
          message: `"${guess}" is a guess about the root cause while investigating; state the layer and the errors observed, not a cause`,
          needle: guess
        }
      ];
    const known = knownFor(ctx);
    for (const m of s.matchAll(CAUSAL)) {
      const object2 = s.slice(m.index + m[0].length).replace(/[.;:!?](?:\s|$)[\s\S]*$/, "");
      if (NOT_A_CLAIM.test(object2) || known.some((k) => findPhrase(object2, k))) continue;
      const claimed = `${m[0]}${object2}`.trim();
      return [
        {
          message: `"${claimed}" states a cause beyond the evidence while investigating; name the layer ("${core(ctx.said.layerName)}") and what was observed`,
          needle: claimed
        }
      ];
    }
    const hedge = HEDGE.exec(s)?.[0];
    if (hedge && CAUSE_WORD.test(s))
      return [
        {
          message: `"${hedge}" hedges a guess about the cause while investigating; say what is known and when the next update comes`,
          needle: hedge
        }
      ];
    return [];
  }
};
var knownFor = oncePer(
  (ctx) => [...layerPhrases(ctx), ctx.said.previousLayerName, ctx.provider.name, ...ctx.models.list.map((m) => m.name)].filter(
    (p) => p.length > 0
  )
);

// src/lint/rules/sentence-start.ts
var FIRST = /^[\s“"‘'(\[*_•>-]*(\p{L}[\p{L}\p{N}.'’-]*)/u;
var sentenceStart = {
  id: "sentence-start",
  kind: "text",
  parts: "any",
  severity: "error",
  description: "A sentence of a public draft starts with a capital letter, whatever phrase begins it.",
  docs: [
    `A phrase that is right in the middle of a sentence ("our AI provider's service") starts a sentence in lower`,
    `case when it opens one, and a public post that starts a sentence in lower case reads as careless. Wrap such a`,
    `phrase in {{#capitalize}}\u2026{{/capitalize}}, which upper-cases the first letter of what it renders, instead of`,
    `keeping a second copy of the phrase. Names that are written in lower case (the product's, the provider's, a`,
    `model's such as "o3") are left as they are. Slack is internal and not checked. Source: ${SOURCES.atlassian}`,
    `(tip 3: write clearly).`
  ].join(" "),
  scope: "sentence",
  check({ text: sentence, channel, ctx }) {
    if (!channel.public) return [];
    const word = FIRST.exec(sentence)?.[1];
    if (!word || word[0] === word[0].toUpperCase()) return [];
    if (lowerCaseNames(ctx).some(
      (n2) => sentence.trimStart().replace(/^[“"‘'(\[*_•>-]+/, "").startsWith(n2)
    ))
      return [];
    return [
      {
        message: `a sentence starts in lower case ("${sentence.slice(0, 40)}"); wrap the phrase that opens it in {{#capitalize}}\u2026{{/capitalize}}`,
        needle: word
      }
    ];
  }
};
var lowerCaseNames = oncePer(
  (ctx) => [ctx.product.name, ctx.product.feature, ctx.provider.name, ...ctx.models.list.map((m) => m.name)].filter(
    (n2) => n2 && n2[0] !== n2[0].toUpperCase()
  )
);

// src/lint/rules/tense.ts
var BE = String.raw`\b(?:is|are|remains?)`;
var NOW2 = String.raw`(?:\s+(?:still|currently|now|again))?`;
var PRESENT = [
  new RegExp(
    `${BE}${NOW2}\\s+(?:failing|down|erroring|timing out|unavailable|unreachable|broken|offline|degraded|overloaded|returning (?:errors|failures|\\w+ errors)|rejecting (?:requests|our requests|calls))\\b`,
    "i"
  ),
  new RegExp(
    `\\b(?:is|are)${NOW2}\\s+not\\s+(?:reaching|responding|working|completing|loading|available|getting through)\\b`,
    "i"
  ),
  new RegExp(
    `\\b(?:isn't|aren't)${NOW2}\\s+(?:reaching|responding|working|completing|loading|available|getting through)\\b`,
    "i"
  ),
  /\b(?:requests|answers|calls|responses)\s+(?:still\s+)?(?:fail|time out|error out)\b/i,
  /\b(?:we are|we're) (?:seeing|experiencing) (?:errors|failures|timeouts|an outage)\b/i
];
var OURS_NOW = /\b(?:we are|we['’]re)\s+(?:(?:still|currently|now|also|actively)\s+)?(?!not\b)[a-z]{2,20}ing\b/i;
var STILL = /\bstill(?:\s+\w+)?/i;
var KEYWORD4 = /\b(?:is|are|isn't|aren't|remains?|requests|answers|calls|responses|we are|we['’]re|still)\b/i;
var tense = {
  id: "tense",
  kind: "text",
  parts: "any",
  severity: "error",
  description: "A monitoring or resolved draft says what was failing, not that it is failing.",
  docs: [
    `Each phase has its tense. At monitoring a fix is in place: the draft says what was failing and that we are`,
    `watching; "requests are failing" next to "a fix is in place" contradicts itself and tells readers the fix did`,
    `not work. At resolved everything is in the past, with no "still" ("Requests still complete"). Reported at`,
    `monitoring and resolved: present-tense failure wording ("is failing", "are returning errors", "are not`,
    `reaching \u2026", "is down", "requests fail"), and at resolved "still" and any present progressive of ours ("we are`,
    `rolling back", "we're moving"). Text in \u201Ccurly quotes\u201D is a quotation (an`,
    `earlier update's words, a provider's incident title) and is skipped. Sources: ${SOURCES.layerpost} (SPEC \xA74,`,
    `"An incident is a timeline": each phase has its tense); ${SOURCES.atlassian} (tip 3, "Communicate precisely");`,
    `${SOURCES.google} (an incident is mitigated, then resolved: updates say which).`
  ].join(" "),
  check({ text, ctx }) {
    const resolved = ctx.phase.is.resolved;
    if (!resolved && !ctx.phase.is.monitoring) return [];
    const hits = [];
    const plain2 = withoutQuotations(text);
    for (const s of sentences(plain2)) {
      if (!KEYWORD4.test(s)) continue;
      let m;
      for (const r of PRESENT) if (m = r.exec(s)?.[0]) break;
      if (m)
        hits.push({
          message: `"${m}" is present tense at ${ctx.phase.id}: say what was failing ({{#if phase.past}}\u2026{{/if}}), not that it is failing`,
          needle: m
        });
      else if (resolved && (m = OURS_NOW.exec(s)?.[0]))
        hits.push({
          message: `"${m}" at resolved: the incident is over, so say what we did, not what we are doing`,
          needle: m
        });
    }
    if (resolved && !hits.length) {
      const dataLoss2 = core(ctx.dataLoss.text);
      for (const s of sentences(dataLoss2 ? removePhrase(plain2, dataLoss2) : plain2)) {
        const m = STILL.exec(s)?.[0];
        if (m) hits.push({ message: `"${m}" at resolved: everything is in the past ("${s.slice(0, 60)}")`, needle: m });
      }
    }
    return hits;
  }
};

// src/lint/rules/vague-phrase.ts
var DEFAULT_VAGUE_PHRASES = [
  "degraded performance",
  "performance degradation",
  "degraded service",
  "service degradation",
  "experiencing issues",
  "experiencing problems",
  "experiencing difficulties",
  "some problems",
  "some issues",
  "service disruption",
  "service interruption",
  "technical difficulties",
  "technical issues",
  "performance issues",
  "intermittent issues",
  "unexpected behavior",
  "unexpected behaviour",
  "not working as expected"
];
var vaguePhrase = {
  id: "vague-phrase",
  kind: "text",
  parts: "any",
  severity: "warning",
  description: 'No vague wording ("degraded performance", "experiencing issues" \u2026) in a sentence that does not name the layer.',
  docs: [
    `Statuspage's own vocabulary ("degraded performance") and stock phrases ("we are experiencing issues") say that`,
    `something is wrong without saying what; for a product built on an LLM the public fills the gap with "the model`,
    `got worse". A sentence that uses one must also name the layer ("Anthropic's API is experiencing issues"`,
    `passes). The list is configurable with lint.vaguePhrases in the config. Sources: ${SOURCES.atlassian} (tip 3,`,
    `"Communicate precisely": honesty, clarity and transparency, in layman's terms); ${SOURCES.layerpost}.`
  ].join(" "),
  scope: "sentence",
  check({ text: sentence, ctx, vaguePhrases }) {
    if (!anyOf(vaguePhrases).test(sentence)) return [];
    for (const p of vaguePhrases) {
      const m = findPhrase(sentence, p);
      if (m)
        return namesLayer(sentence, ctx) ? [] : [
          {
            message: `vague phrase "${m}" without naming the layer; say what failed, e.g. "${ctx.said.causeShort}"`,
            needle: m
          }
        ];
    }
    return [];
  }
};
var anyOf = oncePer((list) => {
  const sources = list.map((p) => p.trim()).filter(Boolean).map((p) => phraseRegExp(p).source);
  return sources.length ? new RegExp(sources.map((s) => `(?:${s})`).join("|"), "i") : /(?!)/;
});

// src/lint/rules/rendered.ts
var RENDERED_RULES = [
  length,
  layerNamed,
  providerNamed,
  vaguePhrase,
  qualityImplication,
  notAffected,
  nextUpdate,
  speculation,
  ownTheProblem,
  noEta,
  noInternals,
  dataLoss,
  tense,
  providerIncident,
  sentenceStart,
  consistent
];

// src/lint/rules/syntax.ts
var syntax = {
  id: "syntax",
  kind: "template",
  severity: "error",
  description: "The template parses as Handlebars.",
  docs: [
    `A template that does not parse cannot produce a draft, and layerpost would find out at the worst moment:`,
    `during an incident. The parser's message is reported with the file, line and column of the offending token,`,
    `and every other rule that needs the template's structure is skipped for that file. Source:`,
    `${SOURCES.handlebars}.`
  ].join(" "),
  check({ scan }) {
    return scan.parseError ? [{ message: scan.parseError.message, line: scan.parseError.line, column: scan.parseError.column }] : [];
  }
};

// src/lint/rules/unknown-helper.ts
var unknownHelper = {
  id: "unknown-helper",
  kind: "template",
  severity: "error",
  description: "Every helper called is one layerpost registers (if, unless, each, with, lookup, log).",
  docs: [
    `layerpost compiles templates with knownHelpersOnly, in an isolated environment that registers only Handlebars'`,
    `built-in helpers (and any listed in CUSTOM_HELPERS). A mustache with arguments or a hash is a helper call; one`,
    `naming an unregistered helper fails to compile. Decorators are refused too. Source: ${SOURCES.handlebars}.`
  ].join(" "),
  check({ scan }) {
    return scan.refs.filter((r) => r.kind === "helper" && r.problem).map((r) => ({ message: r.problem, line: r.line, column: r.column }));
  }
};

// src/text/suggest.ts
function suggest(name, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : void 0;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

// src/lint/schema.ts
function def(t2) {
  return t2._zod.def;
}
var WRAPPERS = /* @__PURE__ */ new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);
function unwrap(t2) {
  let cur = t2;
  for (let i = 0; i < 20 && cur !== "any"; i++) {
    const d = def(cur);
    if (WRAPPERS.has(d.type) && d.innerType) cur = d.innerType;
    else if (d.type === "pipe" && d.in) cur = d.in;
    else if (d.type === "lazy" && d.getter) cur = d.getter();
    else break;
  }
  return cur;
}
function kindOf2(t2) {
  const u = unwrap(t2);
  return u === "any" ? "any" : def(u).type;
}
function elementOf(t2) {
  const u = unwrap(t2);
  if (u === "any") return "any";
  const d = def(u);
  if (d.type === "array" && d.element) return d.element;
  if (d.type === "record" && d.valueType) return d.valueType;
  return "any";
}
function join2(base, part) {
  return base ? `${base}.${part}` : part;
}
function article(kind) {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}
function resolveParts(start, parts, original) {
  let cur = start;
  for (const part of parts) {
    const u = unwrap(cur.type);
    if (u === "any") return { type: "any", canonical: join2(cur.canonical, parts.slice(parts.indexOf(part)).join(".")) };
    const d = def(u);
    const where = cur.canonical || "the template context";
    if (d.type === "object" && d.shape) {
      const next = d.shape[part];
      if (!next || !Object.prototype.hasOwnProperty.call(d.shape, part)) {
        const hint = suggest(part, Object.keys(d.shape));
        return {
          error: `"${original}": ${where} has no field "${part}"${hint ? `; did you mean "${join2(cur.canonical, hint)}"?` : ""}`
        };
      }
      cur = { type: next, canonical: join2(cur.canonical, part) };
    } else if (d.type === "array" && d.element) {
      if (/^\d+$/.test(part)) cur = { type: d.element, canonical: `${cur.canonical}[]` };
      else if (part === "length") cur = { type: "any", canonical: `${cur.canonical}.length` };
      else return { error: `"${original}": ${where} is a list; use #each, or an index such as ${cur.canonical}.0` };
    } else if (d.type === "record" && d.valueType) {
      cur = { type: d.valueType, canonical: `${cur.canonical}[]` };
    } else if (d.type === "union") {
      cur = { type: "any", canonical: join2(cur.canonical, part) };
    } else if (d.type === "string" && part === "length") {
      cur = { type: "any", canonical: `${cur.canonical}.length` };
    } else {
      return { error: `"${original}": ${where} is ${article(d.type)}, it has no field "${part}"` };
    }
  }
  return cur;
}

// src/lint/rules/unknown-partial.ts
var unknownPartial = {
  id: "unknown-partial",
  kind: "template",
  severity: "error",
  description: "Every partial used ({{> name}}) is a phrase of the set: phrases/NAME.hbs or a folder phrases/NAME/.",
  docs: [
    `A partial that is not registered fails at render time. Partials come from phrases/NAME.hbs (and`,
    `phrases/NAME/LAYER.hbs, chosen by the layer; {{> previous-NAME}} is the previous update's layer's) of the`,
    `embedded set merged with the override directories, so an override set may use the embedded partials; a name`,
    `that matches none, or a partial chosen at render time, is reported. Source: ${SOURCES.handlebars}.`
  ].join(" "),
  check({ scan, set: set2 }) {
    const known = [...set2.partials.keys(), ...set2.layered.keys()];
    return scan.refs.filter((r) => r.kind === "partial" && (r.problem || partialFiles(set2, r.name).length === 0)).map((r) => {
      const hint = r.problem ? void 0 : suggest(r.name, known);
      return {
        message: r.problem ?? `unknown partial "${r.name}"${hint ? `; did you mean "${hint}"?` : ""} (known: ${known.join(", ") || "none"})`,
        line: r.line,
        column: r.column
      };
    });
  }
};

// src/lint/rules/unknown-template.ts
var TEMPLATE_NAMES = CHANNEL_IDS.flatMap((c) => channelTemplates(CHANNELS[c]));
var KNOWN = [...TEMPLATE_NAMES, ...REASON_TEMPLATES];
var unknownTemplate = {
  id: "unknown-template",
  kind: "template",
  severity: "warning",
  description: "Every template file is one layerpost uses (channels/CHANNEL/VARIANT.hbs as the channel registry lists them, reasons/KIND.hbs, phrases/\u2026).",
  docs: [
    `A file under a misspelt channel or variant name ("channels/x/defualt.hbs", "channels/twitter/default.hbs") is silently never`,
    `rendered, so the team's edit never reaches a draft. Channels: ${CHANNEL_IDS.join(", ")}. Source:`,
    `${SOURCES.layerpost} (SPEC \xA74, the channel table).`
  ].join(" "),
  check({ file }) {
    if (/^(?:partials|phrases)\//.test(file.name) || KNOWN.includes(file.name)) return [];
    const hint = suggest(file.name, KNOWN);
    return [
      {
        message: `"${file.name}.hbs" is not a template layerpost renders${hint ? `; did you mean "${hint}.hbs"?` : ""}`,
        line: 1,
        column: 1
      }
    ];
  }
};

// src/lint/rules/unknown-variable.ts
var unknownVariable = {
  id: "unknown-variable",
  kind: "template",
  severity: "error",
  description: "Every variable path exists in the template context (the field table in templates/README.md).",
  docs: [
    `Templates render in Handlebars strict mode, so a path the context does not define stops the render with an`,
    `error; a typo such as {{layer.nam}} would break the channel during an incident. Every path is resolved against`,
    `the template context (its fields, with meanings and examples, are the table in templates/README.md), following #each and #with into list elements and objects, block params (as |model i|),`,
    `../ parent scopes, this, @root and @index; a partial is checked in the context of each place it is called from`,
    `(inside #each models.list its {{name}} is a model's, and ../ cannot leave it). The message names the closest`,
    `existing field. Source: ${SOURCES.handlebars}; ${SOURCES.layerpost}.`
  ].join(" "),
  check({ scan }) {
    return scan.refs.filter((r) => r.kind === "variable" && r.problem).map((r) => ({ message: r.problem, line: r.line, column: r.column }));
  }
};

// src/lint/rules/unsafe-html.ts
function isExternal(canonical) {
  const plain2 = canonical.replace(/\[\]/g, "");
  return EXTERNAL_FIELDS.some((f) => plain2 === f || plain2.startsWith(`${f}.`));
}
var unsafeHtml = {
  id: "unsafe-html",
  kind: "template",
  severity: "error",
  description: "No unescaped output ({{{\u2026}}}, {{&\u2026}}) of text that comes from outside.",
  docs: [
    `Provider status text, probe details and operator input (the fields listed in EXTERNAL_FIELDS) are not ours: a`,
    `status page's incident title or an error body can carry markup. A template that opts out of escaping for them`,
    `would pass that markup into Markdown and HTML channels (the status page, the review page). Use {{\u2026}};`,
    `unescaped output is fine for fields layerpost writes itself. Source: ${SOURCES.handlebars} (HTML escaping);`,
    `OWASP's guidance on output encoding of untrusted data.`
  ].join(" "),
  check({ scan }) {
    return scan.unescaped.filter((u) => u.sources.some(isExternal)).map((u) => ({
      message: `unescaped output of "${u.name}", which carries outside text (${u.sources.filter(isExternal).join(", ")}); use {{${u.name}}}`,
      line: u.line,
      column: u.column
    }));
  }
};

// src/lint/rules/index.ts
var RULES = [
  syntax,
  unknownVariable,
  unknownHelper,
  unknownPartial,
  unsafeHtml,
  unknownTemplate,
  reasonsComplete,
  ...RENDERED_RULES
];
var RULE_IDS = RULES.map((r) => r.id);

// node_modules/zod/v4/core/util.js
var util_exports = {};
__export(util_exports, {
  BIGINT_FORMAT_RANGES: () => BIGINT_FORMAT_RANGES,
  CONSTANT_CATCH: () => CONSTANT_CATCH,
  Class: () => Class,
  NUMBER_FORMAT_RANGES: () => NUMBER_FORMAT_RANGES,
  aborted: () => aborted,
  allowsEval: () => allowsEval,
  assert: () => assert,
  assertEqual: () => assertEqual,
  assertIs: () => assertIs,
  assertNever: () => assertNever,
  assertNotEqual: () => assertNotEqual,
  assignProp: () => assignProp,
  attachSchema: () => attachSchema,
  base64ToUint8Array: () => base64ToUint8Array,
  base64urlToUint8Array: () => base64urlToUint8Array,
  cached: () => cached,
  captureStackTrace: () => captureStackTrace,
  cleanEnum: () => cleanEnum,
  cleanRegex: () => cleanRegex,
  clone: () => clone,
  cloneDef: () => cloneDef,
  codePointLength: () => codePointLength,
  constantCatch: () => constantCatch,
  createTransparentProxy: () => createTransparentProxy,
  defineLazy: () => defineLazy,
  defineLazyInternal: () => defineLazyInternal,
  derived: () => derived,
  esc: () => esc,
  escapeRegex: () => escapeRegex,
  explicitlyAborted: () => explicitlyAborted,
  extend: () => extend,
  finalizeIssue: () => finalizeIssue,
  floatSafeRemainder: () => floatSafeRemainder,
  getElementAtPath: () => getElementAtPath,
  getEnumValues: () => getEnumValues,
  getLengthableOrigin: () => getLengthableOrigin,
  getParsedType: () => getParsedType,
  getSizableOrigin: () => getSizableOrigin,
  hexToUint8Array: () => hexToUint8Array,
  hide: () => hide,
  installLazyProp: () => installLazyProp,
  isObject: () => isObject,
  isPlainObject: () => isPlainObject,
  issue: () => issue,
  joinValues: () => joinValues,
  jsonStringifyReplacer: () => jsonStringifyReplacer,
  members: () => members,
  merge: () => merge,
  mergeDefs: () => mergeDefs,
  normalizeParams: () => normalizeParams,
  nullish: () => nullish,
  numKeys: () => numKeys,
  objectClone: () => objectClone,
  omit: () => omit,
  optionalKeys: () => optionalKeys,
  own: () => own,
  parsedType: () => parsedType,
  partial: () => partial,
  pick: () => pick,
  prefixIssues: () => prefixIssues,
  primitiveTypes: () => primitiveTypes,
  promiseAllObject: () => promiseAllObject,
  propertyKeyTypes: () => propertyKeyTypes,
  randomString: () => randomString,
  rawShape: () => rawShape,
  required: () => required,
  safeExtend: () => safeExtend,
  shallowClone: () => shallowClone,
  sizeCaps: () => sizeCaps,
  slugify: () => slugify,
  stringifyPrimitive: () => stringifyPrimitive,
  toZod: () => toZod,
  uint8ArrayToBase64: () => uint8ArrayToBase64,
  uint8ArrayToBase64url: () => uint8ArrayToBase64url,
  uint8ArrayToHex: () => uint8ArrayToHex,
  unwrapMessage: () => unwrapMessage
});
function assertEqual(val) {
  return val;
}
function assertNotEqual(val) {
  return val;
}
function toZod() {
  return (schema) => schema;
}
function assertIs(_arg) {
}
function assertNever(_x) {
  throw new Error("Unexpected value in exhaustive check");
}
function assert(_) {
}
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
  const ratio = val / step;
  const roundedRatio = Math.round(ratio);
  const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
  if (Math.abs(ratio - roundedRatio) < tolerance)
    return 0;
  return ratio - roundedRatio;
}
var EVALUATING = /* @__PURE__ */ Symbol("evaluating");
function defineLazy(object2, key, getter) {
  let value = void 0;
  Object.defineProperty(object2, key, {
    get() {
      if (value === EVALUATING) {
        return void 0;
      }
      if (value === void 0) {
        value = EVALUATING;
        value = getter();
      }
      return value;
    },
    set(v) {
      Object.defineProperty(object2, key, {
        value: v
        // configurable: true,
      });
    },
    configurable: true
  });
}
function objectClone(obj) {
  return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function rawShape(def2) {
  const desc = Object.getOwnPropertyDescriptor(def2, "shape");
  return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
  return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
  Object.defineProperty(target, key, {
    get() {
      const value = getter();
      assignProp(this, key, value);
      return value;
    },
    enumerable: true,
    configurable: true
  });
}
function putProp(target, key, value) {
  if (key in target)
    assignProp(target, key, value);
  else
    target[key] = value;
}
function mirrorShape(target, source, keys, wrap) {
  const raw = sourceShape(source);
  for (const key of keys) {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    if (!desc.enumerable)
      continue;
    if (desc.get) {
      deferProp(target, key, () => {
        const value = source._zod.def.shape[key];
        return wrap ? wrap(value, key) : value;
      });
    } else
      putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
  }
}
function mirrorProps(target, source) {
  for (const key of Reflect.ownKeys(source)) {
    const desc = Object.getOwnPropertyDescriptor(source, key);
    if (!desc.enumerable)
      continue;
    if (desc.get)
      deferProp(target, key, () => source[key]);
    else
      putProp(target, key, desc.value);
  }
}
function mergeDefs(...defs) {
  const mergedDescriptors = {};
  for (const def2 of defs) {
    const descriptors = Object.getOwnPropertyDescriptors(def2);
    Object.assign(mergedDescriptors, descriptors);
  }
  return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
  return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
  if (!path)
    return obj;
  return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
  const keys = Object.keys(promisesObj);
  const promises = keys.map((key) => promisesObj[key]);
  return Promise.all(promises).then((results) => {
    const resolvedObj = {};
    for (let i = 0; i < keys.length; i++) {
      resolvedObj[keys[i]] = results[i];
    }
    return resolvedObj;
  });
}
function randomString(length2 = 10) {
  const chars = "abcdefghijklmnopqrstuvwxyz";
  let str = "";
  for (let i = 0; i < length2; i++) {
    str += chars[Math.floor(Math.random() * chars.length)];
  }
  return str;
}
function esc(str) {
  return JSON.stringify(str);
}
function slugify(input) {
  return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__ */ cached(() => {
  if (globalConfig.jitless) {
    return false;
  }
  if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
    return false;
  }
  try {
    const F = Function;
    new F("");
    return true;
  } catch (_) {
    return false;
  }
});
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function shallowClone(o) {
  if (isPlainObject(o))
    return { ...o };
  if (Array.isArray(o))
    return [...o];
  if (o instanceof Map)
    return new Map(o);
  if (o instanceof Set)
    return new Set(o);
  return o;
}
function numKeys(data) {
  let keyCount = 0;
  for (const key in data) {
    if (Object.prototype.hasOwnProperty.call(data, key)) {
      keyCount++;
    }
  }
  return keyCount;
}
var getParsedType = (data) => {
  const t2 = typeof data;
  switch (t2) {
    case "undefined":
      return "undefined";
    case "string":
      return "string";
    case "number":
      return Number.isNaN(data) ? "nan" : "number";
    case "boolean":
      return "boolean";
    case "function":
      return "function";
    case "bigint":
      return "bigint";
    case "symbol":
      return "symbol";
    case "object":
      if (Array.isArray(data)) {
        return "array";
      }
      if (data === null) {
        return "null";
      }
      if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
        return "promise";
      }
      if (typeof Map !== "undefined" && data instanceof Map) {
        return "map";
      }
      if (typeof Set !== "undefined" && data instanceof Set) {
        return "set";
      }
      if (typeof Date !== "undefined" && data instanceof Date) {
        return "date";
      }
      if (typeof File !== "undefined" && data instanceof File) {
        return "file";
      }
      return "object";
    default:
      throw new Error(`Unknown data type: ${t2}`);
  }
};
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
var primitiveTypes = /* @__PURE__ */ new Set([
  "string",
  "number",
  "bigint",
  "boolean",
  "symbol",
  "undefined"
]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def2, params) {
  const cl = new inst._zod.constr(def2 ?? inst._zod.def);
  if (!def2 || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function createTransparentProxy(getter) {
  let target;
  return new Proxy({}, {
    get(_, prop, receiver) {
      target ?? (target = getter());
      return Reflect.get(target, prop, receiver);
    },
    set(_, prop, value, receiver) {
      target ?? (target = getter());
      return Reflect.set(target, prop, value, receiver);
    },
    has(_, prop) {
      target ?? (target = getter());
      return Reflect.has(target, prop);
    },
    deleteProperty(_, prop) {
      target ?? (target = getter());
      return Reflect.deleteProperty(target, prop);
    },
    ownKeys(_) {
      target ?? (target = getter());
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(_, prop) {
      target ?? (target = getter());
      return Reflect.getOwnPropertyDescriptor(target, prop);
    },
    defineProperty(_, prop, descriptor) {
      target ?? (target = getter());
      return Reflect.defineProperty(target, prop, descriptor);
    }
  });
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
  int64: [/* @__PURE__ */ BigInt("-9223372036854775808"), /* @__PURE__ */ BigInt("9223372036854775807")],
  uint64: [/* @__PURE__ */ BigInt(0), /* @__PURE__ */ BigInt("18446744073709551615")]
};
function pick(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".pick() cannot be used on object schemas containing refinements");
  }
  const newShape = {};
  mirrorShape(newShape, schema, maskedKeys(schema, mask));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function maskedKeys(schema, mask) {
  const raw = sourceShape(schema);
  const keys = [];
  for (const key of Reflect.ownKeys(mask)) {
    if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
      throw new Error(`Unrecognized key: "${String(key)}"`);
    }
    if (mask[key])
      keys.push(key);
  }
  return keys;
}
function omit(schema, mask) {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(".omit() cannot be used on object schemas containing refinements");
  }
  const omitted = new Set(maskedKeys(schema, mask));
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
  return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to extend: expected a plain object");
  }
  const checks = schema._zod.def.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    const existingShape = sourceShape(schema);
    for (const key of Reflect.ownKeys(shape)) {
      if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) {
        throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
      }
    }
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
  mirrorProps(newShape, shape);
  return newShape;
}
function safeExtend(schema, shape) {
  if (!isPlainObject(shape)) {
    throw new Error("Invalid input to safeExtend: expected a plain object");
  }
  return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
  if (!b?._zod?.def) {
    throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
  }
  if (a._zod.def.checks?.length) {
    throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
  }
  const newShape = {};
  mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
  mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
  const def2 = mergeDefs(a._zod.def, {
    shape: newShape,
    get catchall() {
      return b._zod.def.catchall;
    },
    checks: b._zod.def.checks ?? []
  });
  return clone(a, def2);
}
function partial(Class2, schema, mask, name = "partial") {
  const currDef = schema._zod.def;
  const checks = currDef.checks;
  const hasChecks = checks && checks.length > 0;
  if (hasChecks) {
    throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
  }
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class2 && ((value, key) => selected && !selected.has(key) ? value : new Class2({ type: "optional", innerType: value })));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class2, schema, mask) {
  const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
  const newShape = {};
  mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => (
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class2({ type: "nonoptional", innerType: value })
  ));
  return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function getSizableOrigin(input) {
  if (input instanceof Set)
    return "set";
  if (input instanceof Map)
    return "map";
  if (input instanceof File)
    return "file";
  return "unknown";
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t2 = typeof data;
  switch (t2) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t2;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function cleanEnum(obj) {
  return Object.entries(obj).filter(([k, _]) => {
    return Number.isNaN(Number.parseInt(k, 10));
  }).map((el) => el[1]);
}
function base64ToUint8Array(base642) {
  const binaryString = atob(base642);
  const bytes = new Uint8Array(binaryString.length);
  for (let i = 0; i < binaryString.length; i++) {
    bytes[i] = binaryString.charCodeAt(i);
  }
  return bytes;
}
function uint8ArrayToBase64(bytes) {
  let binaryString = "";
  for (let i = 0; i < bytes.length; i++) {
    binaryString += String.fromCharCode(bytes[i]);
  }
  return btoa(binaryString);
}
function base64urlToUint8Array(base64url2) {
  const base642 = base64url2.replace(/-/g, "+").replace(/_/g, "/");
  const padding = "=".repeat((4 - base642.length % 4) % 4);
  return base64ToUint8Array(base642 + padding);
}
function uint8ArrayToBase64url(bytes) {
  return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
  const cleanHex = hex.replace(/^0x/, "");
  if (cleanHex.length % 2 !== 0) {
    throw new Error("Invalid hex string length");
  }
  const bytes = new Uint8Array(cleanHex.length / 2);
  for (let i = 0; i < cleanHex.length; i += 2) {
    bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
  }
  return bytes;
}
function uint8ArrayToHex(bytes) {
  return Array.from(bytes).map((b) => b.toString(16).padStart(2, "0")).join("");
}
var Class = class {
  constructor(..._args) {
  }
};
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
// @__NO_SIDE_EFFECTS__
function derived(computes, table) {
  for (const key in computes) {
    const compute = computes[key];
    Object.defineProperty(table, key, {
      configurable: true,
      enumerable: true,
      get() {
        return own(this, key, compute(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  return table;
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var CONSTANT_CATCH = "~constantCatch";
function constantCatch(value) {
  const fn = () => value;
  fn[CONSTANT_CATCH] = true;
  return fn;
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer3, proto, params) {
  const zodProto = {};
  function Internals(def2) {
    this.def = def2;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def2) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def2);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer3(inst, def2);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def2) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def2);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def2) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def2;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});
function node(obj, key, make) {
  if (!Object.prototype.hasOwnProperty.call(obj, key)) {
    if (key === "__proto__") {
      Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
    } else {
      obj[key] = make();
    }
  }
  return obj[key];
}
function flattenError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = {};
  const formErrors = [];
  for (const sub of error2.issues) {
    if (sub.path.length > 0) {
      node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
    } else {
      formErrors.push(mapper(sub));
    }
  }
  return { formErrors, fieldErrors };
}
function formatError(error2, mapper = (issue2) => issue2.message) {
  const fieldErrors = { _errors: [] };
  const processError = (error3, path = []) => {
    for (const issue2 of error3.issues) {
      if (issue2.code === "invalid_union" && issue2.errors.length) {
        issue2.errors.map((issues) => processError({ issues }, [...path, ...issue2.path]));
      } else if (issue2.code === "invalid_key") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else if (issue2.code === "invalid_element") {
        processError({ issues: issue2.issues }, [...path, ...issue2.path]);
      } else {
        const fullpath = [...path, ...issue2.path];
        if (fullpath.length === 0) {
          fieldErrors._errors.push(mapper(issue2));
        } else {
          let curr = fieldErrors;
          let i = 0;
          while (i < fullpath.length) {
            const el = fullpath[i];
            const terminal = i === fullpath.length - 1;
            if (el === "_errors") {
              if (terminal)
                curr._errors.push(mapper(issue2));
              i++;
              continue;
            }
            if (!Object.prototype.hasOwnProperty.call(curr, el)) {
              Object.defineProperty(curr, el, {
                value: { _errors: [] },
                enumerable: true,
                writable: true,
                configurable: true
              });
            }
            const node2 = curr[el];
            if (terminal) {
              node2._errors.push(mapper(issue2));
            }
            curr = node2;
            i++;
          }
        }
      }
    }
  };
  processError(error2);
  return fieldErrors;
}

// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
  return { callee: params?.callee ?? callee, Err: params?.Err };
}
var _parse = (_Err) => {
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _parseAsync = (_Err) => {
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
  const validator = schema._zod.bag.validator;
  if (validator !== void 0) {
    if (validator(value) !== COMPILE_INVALID)
      return true;
    if (validator.definite === true && _ctx === void 0)
      return false;
  }
  return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
  const ctx = _ctx ? { ..._ctx, async: false, abortEarly: true } : { async: false, abortEarly: true };
  const fallbackRun = schema._zod.bag.fallbackRun;
  let result;
  if (fallbackRun) {
    ctx[COMPILE_FALLBACK] = true;
    result = fallbackRun({ value, issues: [] }, ctx);
  } else {
    result = schema._zod.run({ value, issues: [] }, ctx);
  }
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length === 0;
}
var validateAsync = async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true, abortEarly: true } : { async: true, abortEarly: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length === 0;
};
var _encode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return parse2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decode = (_Err) => {
  const parse2 = _parse(_Err);
  const fn = (schema, value, _ctx, _params) => {
    return parse2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _encodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return await parseAsync2(schema, value, ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _decodeAsync = (_Err) => {
  const parseAsync2 = _parseAsync(_Err);
  const fn = async (schema, value, _ctx, _params) => {
    return await parseAsync2(schema, value, _ctx, finalizeParams(fn, _params));
  };
  return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
  return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
  return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
  return _safeParseAsync(_Err)(schema, value, _ctx);
};

// node_modules/zod/v4/core/regexes.js
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length2) {
  return new RegExp(`^[a-zA-Z0-9_-]{${length2}}$`);
}
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var uuid = (version2) => {
  if (!version2)
    return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
  return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version2}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji2() {
  return new RegExp(_emoji, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
function anchor(source) {
  return new RegExp(`^${source}$`);
}
var date = /* @__PURE__ */ anchor(dateSource);
function timeSource(args) {
  const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
  const regex = typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
  return regex;
}
function time(args) {
  return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
  const opts = ["Z"];
  if (args.offset)
    opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
  const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
  const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
  return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def2) => {
  var _a3;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def2;
  (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const origin = numericOriginMap[typeof def2.value];
  inst._zod.check = (payload) => {
    if (def2.inclusive ? payload.value <= def2.value : payload.value < def2.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def2.value === "object" ? def2.value.getTime() : def2.value,
      input: payload.value,
      inclusive: def2.inclusive,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const origin = numericOriginMap[typeof def2.value];
  inst._zod.check = (payload) => {
    if (def2.inclusive ? payload.value >= def2.value : payload.value > def2.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def2.value === "object" ? def2.value.getTime() : def2.value,
      input: payload.value,
      inclusive: def2.inclusive,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckMultipleOf = /* @__PURE__ */ $constructor("$ZodCheckMultipleOf", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  inst._zod.check = (payload) => {
    if (typeof payload.value !== typeof def2.value)
      throw new Error("Cannot mix number and bigint in multiple_of check.");
    const isMultiple = typeof payload.value === "bigint" ? (
      // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
      def2.value !== BigInt(0) && payload.value % def2.value === BigInt(0)
    ) : floatSafeRemainder(payload.value, def2.value) === 0;
    if (isMultiple)
      return;
    payload.issues.push({
      origin: typeof payload.value,
      code: "not_multiple_of",
      divisor: def2.value,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  def2.format = def2.format || "float64";
  const isInt = def2.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def2.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def2.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def2.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def2.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def2.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def2.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def2) => {
  var _a3;
  $ZodCheck.init(inst, def2);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length2 = typeof input === "string" && units > def2.maximum ? codePointLength(input) : units;
    if (length2 <= def2.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def2.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def2) => {
  var _a3;
  $ZodCheck.init(inst, def2);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length2 = typeof input === "string" && units >= def2.minimum && units < def2.minimum * 2 ? codePointLength(input) : units;
    if (length2 >= def2.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def2.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckLengthEquals = /* @__PURE__ */ $constructor("$ZodCheckLengthEquals", (inst, def2) => {
  var _a3;
  $ZodCheck.init(inst, def2);
  (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length2 = typeof input === "string" && units >= def2.length && units <= def2.length * 2 ? codePointLength(input) : units;
    if (length2 === def2.length)
      return;
    const origin = getLengthableOrigin(input);
    const tooBig = length2 > def2.length;
    payload.issues.push({
      origin,
      ...tooBig ? { code: "too_big", maximum: def2.length } : { code: "too_small", minimum: def2.length },
      inclusive: true,
      exact: true,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def2) => {
  var _a3, _b;
  $ZodCheck.init(inst, def2);
  if (def2.pattern)
    (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
      def2.pattern.lastIndex = 0;
      if (def2.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: def2.format,
        input: payload.value,
        ...def2.pattern ? { pattern: def2.pattern.toString() } : {},
        inst,
        continue: !def2.abort
      });
    });
  else
    (_b = inst._zod).check ?? (_b.check = () => {
    });
});
var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def2) => {
  $ZodCheckStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    def2.pattern.lastIndex = 0;
    if (def2.pattern.test(payload.value))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: def2.pattern.toString(),
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckLowerCase = /* @__PURE__ */ $constructor("$ZodCheckLowerCase", (inst, def2) => {
  def2.pattern ?? (def2.pattern = lowercase);
  $ZodCheckStringFormat.init(inst, def2);
});
var $ZodCheckUpperCase = /* @__PURE__ */ $constructor("$ZodCheckUpperCase", (inst, def2) => {
  def2.pattern ?? (def2.pattern = uppercase);
  $ZodCheckStringFormat.init(inst, def2);
});
var $ZodCheckIncludes = /* @__PURE__ */ $constructor("$ZodCheckIncludes", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const escapedRegex = escapeRegex(def2.includes);
  const pattern = new RegExp(typeof def2.position === "number" ? `^.{${def2.position},}${escapedRegex}` : escapedRegex);
  def2.pattern = pattern;
  inst._zod.check = (payload) => {
    if (payload.value.includes(def2.includes, def2.position))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "includes",
      includes: def2.includes,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckStartsWith = /* @__PURE__ */ $constructor("$ZodCheckStartsWith", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const pattern = new RegExp(`^${escapeRegex(def2.prefix)}.*`);
  def2.pattern ?? (def2.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.startsWith(def2.prefix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "starts_with",
      prefix: def2.prefix,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckEndsWith = /* @__PURE__ */ $constructor("$ZodCheckEndsWith", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  const pattern = new RegExp(`.*${escapeRegex(def2.suffix)}$`);
  def2.pattern ?? (def2.pattern = pattern);
  inst._zod.check = (payload) => {
    if (payload.value.endsWith(def2.suffix))
      return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "ends_with",
      suffix: def2.suffix,
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  inst._zod.check = (payload) => {
    payload.value = def2.tx(payload.value);
  };
});

// node_modules/zod/v4/core/doc.js
var Doc = class {
  constructor(args = [], closed = {}) {
    this.content = [];
    this.indent = 0;
    this.args = args;
    this.closed = closed;
  }
  // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
  indented(fn) {
    this.indent += 1;
    try {
      fn(this);
    } finally {
      this.indent -= 1;
    }
  }
  write(arg) {
    if (typeof arg === "function") {
      arg(this, { execution: "sync" });
      arg(this, { execution: "async" });
      return;
    }
    const content = arg;
    const lines = content.split("\n").filter((x) => x);
    const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
    const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
    for (const line of dedented) {
      this.content.push(line);
    }
  }
  compile() {
    const F = Function;
    const content = this?.content ?? [``];
    const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {
${content.join("\n")}
};`);
    return factory(...Object.values(this.closed));
  }
};

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def2) => {
  var _a3;
  inst ?? (inst = {});
  inst._zod.def = def2;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync2(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync2(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.pattern = def2.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def2.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def2) => {
  $ZodCheckStringFormat.init(inst, def2);
  $ZodString.init(inst, def2);
});
var $ZodGUID = /* @__PURE__ */ $constructor("$ZodGUID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = guid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodUUID = /* @__PURE__ */ $constructor("$ZodUUID", (inst, def2) => {
  if (def2.version) {
    const versionMap = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8
    };
    const v = versionMap[def2.version];
    if (v === void 0)
      throw new Error(`Invalid UUID version: "${def2.version}"`);
    def2.pattern ?? (def2.pattern = uuid(v));
  } else
    def2.pattern ?? (def2.pattern = uuid());
  $ZodStringFormat.init(inst, def2);
});
var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def2) => {
  def2.pattern ?? (def2.pattern = email);
  $ZodStringFormat.init(inst, def2);
});
var URL_BAD_FORMAT = 1;
var URL_UNPARSEABLE = 2;
function canParseURL(input) {
  try {
    if (typeof URL !== "undefined" && typeof URL.canParse === "function")
      return URL.canParse(input);
    new URL(input);
    return true;
  } catch {
    return false;
  }
}
function validateURL(trimmed, def2) {
  if (!("normalize" in def2) && !("hostname" in def2) && !("protocol" in def2)) {
    return canParseURL(trimmed) || URL_UNPARSEABLE;
  }
  return parseURLObject(trimmed, def2);
}
function parseURLObject(trimmed, def2) {
  if (!def2.normalize && def2.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
    return URL_BAD_FORMAT;
  }
  try {
    if (typeof URL !== "undefined") {
      const URLStatic = URL;
      if (typeof URLStatic.parse === "function")
        return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
    }
    return new URL(trimmed);
  } catch {
    return URL_UNPARSEABLE;
  }
}
var asciiTabOrNewline = /[\t\n\r]/g;
function stripTabAndNewline(value) {
  return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
  hostname.lastIndex = 0;
  return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
  protocol.lastIndex = 0;
  return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /* @__PURE__ */ $constructor("$ZodURL", (inst, def2) => {
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    try {
      const trimmed = payload.value.trim();
      const url = validateURL(trimmed, def2);
      if (url === URL_BAD_FORMAT) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid URL format",
          input: payload.value,
          inst,
          continue: !def2.abort
        });
        return;
      }
      if (url === URL_UNPARSEABLE) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          input: payload.value,
          inst,
          continue: !def2.abort
        });
        return;
      }
      if (url === true) {
        payload.value = stripTabAndNewline(trimmed);
        return;
      }
      if (def2.hostname && !urlHostnameOk(url, def2.hostname)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid hostname",
          pattern: def2.hostname.source,
          input: payload.value,
          inst,
          continue: !def2.abort
        });
      }
      if (def2.protocol && !urlProtocolOk(url, def2.protocol)) {
        payload.issues.push({
          code: "invalid_format",
          format: "url",
          note: "Invalid protocol",
          pattern: def2.protocol.source,
          input: payload.value,
          inst,
          continue: !def2.abort
        });
      }
      payload.value = def2.normalize ? url.href : stripTabAndNewline(trimmed);
      return;
    } catch (_) {
      payload.issues.push({
        code: "invalid_format",
        format: "url",
        input: payload.value,
        inst,
        continue: !def2.abort
      });
    }
  };
});
var $ZodEmoji = /* @__PURE__ */ $constructor("$ZodEmoji", (inst, def2) => {
  def2.pattern ?? (def2.pattern = emoji2());
  $ZodStringFormat.init(inst, def2);
});
var $ZodNanoID = /* @__PURE__ */ $constructor("$ZodNanoID", (inst, def2) => {
  if (def2.length !== void 0 && (!Number.isInteger(def2.length) || def2.length < 1))
    throw new Error(`Invalid nanoid length: ${def2.length}`);
  def2.pattern ?? (def2.pattern = def2.length === void 0 ? nanoid : nanoidOfLength(def2.length));
  $ZodStringFormat.init(inst, def2);
});
var $ZodCUID = /* @__PURE__ */ $constructor("$ZodCUID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = cuid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodCUID2 = /* @__PURE__ */ $constructor("$ZodCUID2", (inst, def2) => {
  def2.pattern ?? (def2.pattern = cuid2);
  $ZodStringFormat.init(inst, def2);
});
var $ZodULID = /* @__PURE__ */ $constructor("$ZodULID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = ulid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodXID = /* @__PURE__ */ $constructor("$ZodXID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = xid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodKSUID = /* @__PURE__ */ $constructor("$ZodKSUID", (inst, def2) => {
  def2.pattern ?? (def2.pattern = ksuid);
  $ZodStringFormat.init(inst, def2);
});
var $ZodISODateTime = /* @__PURE__ */ $constructor("$ZodISODateTime", (inst, def2) => {
  def2.pattern ?? (def2.pattern = datetime(def2));
  $ZodStringFormat.init(inst, def2);
});
var $ZodISODate = /* @__PURE__ */ $constructor("$ZodISODate", (inst, def2) => {
  def2.pattern ?? (def2.pattern = date);
  $ZodStringFormat.init(inst, def2);
});
var $ZodISOTime = /* @__PURE__ */ $constructor("$ZodISOTime", (inst, def2) => {
  def2.pattern ?? (def2.pattern = time(def2));
  $ZodStringFormat.init(inst, def2);
});
var $ZodISODuration = /* @__PURE__ */ $constructor("$ZodISODuration", (inst, def2) => {
  def2.pattern ?? (def2.pattern = duration);
  $ZodStringFormat.init(inst, def2);
});
var $ZodIPv4 = /* @__PURE__ */ $constructor("$ZodIPv4", (inst, def2) => {
  def2.pattern ?? (def2.pattern = ipv4);
  $ZodStringFormat.init(inst, def2);
});
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
  if (!ipv6Alphabet.test(value))
    return false;
  return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /* @__PURE__ */ $constructor("$ZodIPv6", (inst, def2) => {
  def2.pattern ?? (def2.pattern = ipv6);
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (!isValidIPv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "ipv6",
        input: payload.value,
        inst,
        continue: !def2.abort
      });
    }
  };
});
var $ZodCIDRv4 = /* @__PURE__ */ $constructor("$ZodCIDRv4", (inst, def2) => {
  def2.pattern ?? (def2.pattern = cidrv4);
  $ZodStringFormat.init(inst, def2);
});
function isValidCIDRv6(value) {
  const parts = value.split("/");
  if (parts.length !== 2)
    return false;
  const [address, prefix] = parts;
  if (!prefix)
    return false;
  const prefixNum = Number(prefix);
  if (`${prefixNum}` !== prefix)
    return false;
  if (prefixNum < 0 || prefixNum > 128)
    return false;
  return isValidIPv6(address);
}
var $ZodCIDRv6 = /* @__PURE__ */ $constructor("$ZodCIDRv6", (inst, def2) => {
  def2.pattern ?? (def2.pattern = cidrv6);
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (!isValidCIDRv6(payload.value)) {
      payload.issues.push({
        code: "invalid_format",
        format: "cidrv6",
        input: payload.value,
        inst,
        continue: !def2.abort
      });
    }
  };
});
function isValidBase64(data) {
  if (data === "")
    return true;
  if (/\s/.test(data))
    return false;
  if (data.length % 4 !== 0)
    return false;
  try {
    atob(data);
    return true;
  } catch {
    return false;
  }
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /* @__PURE__ */ $constructor("$ZodBase64", (inst, def2) => {
  def2.pattern ?? (def2.pattern = base64Charset);
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (isValidBase64(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64",
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
  if (!base64urlCharset.test(data))
    return false;
  const base642 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
  const padded = base642.padEnd(Math.ceil(base642.length / 4) * 4, "=");
  return isValidBase64(padded);
}
var $ZodBase64URL = /* @__PURE__ */ $constructor("$ZodBase64URL", (inst, def2) => {
  def2.pattern ?? (def2.pattern = base64urlCharset);
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (isValidBase64URL(payload.value))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "base64url",
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodE164 = /* @__PURE__ */ $constructor("$ZodE164", (inst, def2) => {
  def2.pattern ?? (def2.pattern = e164);
  $ZodStringFormat.init(inst, def2);
});
function isValidJWT(token, algorithm = null) {
  try {
    const tokensParts = token.split(".");
    if (tokensParts.length !== 3)
      return false;
    const [header] = tokensParts;
    if (!header)
      return false;
    const parsedHeader = JSON.parse(atob(header));
    if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
      return false;
    if (!parsedHeader.alg)
      return false;
    if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
      return false;
    return true;
  } catch {
    return false;
  }
}
var $ZodJWT = /* @__PURE__ */ $constructor("$ZodJWT", (inst, def2) => {
  $ZodStringFormat.init(inst, def2);
  inst._zod.check = (payload) => {
    if (isValidJWT(payload.value, def2.alg))
      return;
    payload.issues.push({
      code: "invalid_format",
      format: "jwt",
      input: payload.value,
      inst,
      continue: !def2.abort
    });
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def2.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def2) => {
  $ZodCheckNumberFormat.init(inst, def2);
  $ZodNumber.init(inst, def2);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def2.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodUnknown = /* @__PURE__ */ $constructor("$ZodUnknown", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload) => payload;
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse2 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n2 = size(payload.value);
    if (n2 > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n2 > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def2) => {
  $ZodType.init(inst, def2);
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo3 ? memo3.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def2.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def2) {
  const keys = Object.keys(def2.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def2.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def2.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def2.shape);
  return {
    ...def2,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def2, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def2.keySet;
  const _catchall = def2.catchall._zod;
  const t2 = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t2 === "never")
        unrecognized.push(key);
      continue;
    }
    if (t2 === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def2) => {
  $ZodType.init(inst, def2);
  const desc = Object.getOwnPropertyDescriptor(def2, "shape");
  const sh = desc?.get ? desc.get.raw : def2.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def2, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def2, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def2));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject2 = isObject;
  const catchall = def2.catchall;
  let value;
  const memo3 = globalConfig.memoizer;
  memo3?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo3 ? memo3.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
var $ZodObjectJIT = /* @__PURE__ */ $constructor("$ZodObjectJIT", (inst, def2) => {
  $ZodObject.init(inst, def2);
  const superParse = inst._zod.parse;
  const _normalized = cached(() => normalizeDef(def2));
  const memo3 = globalConfig.memoizer;
  const generateFastpass = (shape) => {
    const normalized = _normalized.value;
    const syms = normalized.symbolKeys;
    const doc = new Doc(["payload", "ctx"], { shape, inst, memo: memo3, syms });
    const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
    const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
    doc.write(`const input = payload.value;`);
    const ids = /* @__PURE__ */ Object.create(null);
    let counter = 0;
    for (const key of normalized.allKeys) {
      ids[key] = `key_${counter++}`;
    }
    doc.write(memo3 ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
    for (const key of normalized.allKeys) {
      if (key === "__proto__")
        continue;
      const id = ids[key];
      const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
      const isPresent = `${k} in input`;
      const schema = shape[key];
      const optin = schema?._zod?.optin;
      const isOptionalIn = optin !== void 0;
      const isOptionalOut = schema?._zod?.optout === "optional";
      doc.write(`const ${id} = ${parseStr(k)};`);
      if (isOptionalIn && isOptionalOut) {
        const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
        doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
      } else if (!isOptionalIn) {
        doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
      } else {
        doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
        if (optin === "defaulted") {
          doc.write(`newResult[${k}] = ${id}.value;`);
        } else {
          doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
        }
      }
    }
    doc.write(`payload.value = newResult;`);
    doc.write(`return payload;`);
    return doc.compile();
  };
  let fastpass;
  const isObject2 = isObject;
  const jit = !globalConfig.jitless;
  const allowsEval2 = allowsEval;
  const fastEnabled = jit && allowsEval2.value;
  const catchall = def2.catchall;
  let value;
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
      if (!fastpass)
        fastpass = generateFastpass(def2.shape);
      payload = fastpass(payload, ctx);
      if (!catchall)
        return payload;
      return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
    }
    return superParse(payload, ctx);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def2.options.length === 1 ? def2.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def2.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodIntersection = /* @__PURE__ */ $constructor("$ZodIntersection", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    const left = def2.left._zod.run({ value: input, issues: [] }, ctx);
    const right = def2.right._zod.run({ value: input, issues: [] }, ctx);
    const async = left instanceof Promise || right instanceof Promise;
    if (async) {
      return Promise.all([left, right]).then(([left2, right2]) => {
        return handleIntersectionResults(payload, left2, right2);
      });
    }
    return handleIntersectionResults(payload, left, right);
  };
});
function mergeValues(a, b) {
  if (a === b) {
    return { valid: true, data: a };
  }
  if (a instanceof Date && b instanceof Date && +a === +b) {
    return { valid: true, data: a };
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const bKeys = Object.keys(b);
    const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
    const newObj = { ...a, ...b };
    if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
      delete newObj.__proto__;
    for (const key of sharedKeys) {
      if (key === "__proto__")
        continue;
      const sharedValue = mergeValues(a[key], b[key]);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
        };
      }
      newObj[key] = sharedValue.data;
    }
    return { valid: true, data: newObj };
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return { valid: false, mergeErrorPath: [] };
    }
    const newArray = [];
    for (let index = 0; index < a.length; index++) {
      const itemA = a[index];
      const itemB = b[index];
      const sharedValue = mergeValues(itemA, itemB);
      if (!sharedValue.valid) {
        return {
          valid: false,
          mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
        };
      }
      newArray.push(sharedValue.data);
    }
    return { valid: true, data: newArray };
  }
  return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
  const unrecKeys = /* @__PURE__ */ new Map();
  let unrecIssue;
  const keyIssues = /* @__PURE__ */ new Map();
  const collect = (iss, side) => {
    let keys;
    if (iss.code === "unrecognized_keys" && !iss.path?.length) {
      unrecIssue ?? (unrecIssue = iss);
      keys = iss.keys;
    } else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
      const k = String(iss.path[0]);
      if (!keyIssues.has(k))
        keyIssues.set(k, iss);
      keys = [k];
    } else {
      return false;
    }
    for (const k of keys) {
      if (!unrecKeys.has(k))
        unrecKeys.set(k, {});
      unrecKeys.get(k)[side] = true;
    }
    return true;
  };
  for (const iss of left.issues) {
    if (!collect(iss, "l"))
      result.issues.push(iss);
  }
  for (const iss of right.issues) {
    if (!collect(iss, "r"))
      result.issues.push(iss);
  }
  const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
  if (bothKeys.length) {
    const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
    if (aggregated.length)
      result.issues.push({ ...unrecIssue, keys: aggregated });
    for (const k of bothKeys) {
      if (!aggregated.includes(k) && keyIssues.has(k))
        result.issues.push(keyIssues.get(k));
    }
  }
  const merged = mergeValues(left.value, right.value);
  if (!merged.valid) {
    if (aborted(result))
      return result;
    throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
  }
  result.value = merged.data;
  return result;
}
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def2) => {
  $ZodType.init(inst, def2);
  const values = getEnumValues(def2.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def2.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def2.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def2.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def2.innerType._zod.run(payload, ctx);
  };
});
var $ZodExactOptional = /* @__PURE__ */ $constructor("$ZodExactOptional", (inst, def2) => {
  $ZodOptional.init(inst, def2);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
  inst._zod.parse = (payload, ctx) => {
    return def2.innerType._zod.run(payload, ctx);
  };
});
var $ZodNullable = /* @__PURE__ */ $constructor("$ZodNullable", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
  });
  defineLazyInternal(inst, "values", (zod) => {
    return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === null)
      return payload;
    return def2.innerType._zod.run(payload, ctx);
  };
});
var $ZodDefault = /* @__PURE__ */ $constructor("$ZodDefault", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def2.defaultValue;
      return payload;
    }
    const result = def2.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleDefaultResult(result2, def2));
    }
    return handleDefaultResult(result, def2);
  };
});
function handleDefaultResult(payload, def2) {
  if (payload.value === void 0) {
    payload.value = def2.defaultValue;
  }
  return payload;
}
var $ZodPrefault = /* @__PURE__ */ $constructor("$ZodPrefault", (inst, def2) => {
  $ZodType.init(inst, def2);
  inst._zod.optin = "defaulted";
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    if (payload.value === void 0) {
      payload.value = def2.defaultValue;
    }
    return def2.innerType._zod.run(payload, ctx);
  };
});
var $ZodNonOptional = /* @__PURE__ */ $constructor("$ZodNonOptional", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "values", (zod) => {
    const v = zod.def.innerType._zod.values;
    return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    const result = def2.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleNonOptionalResult(result2, inst));
    }
    return handleNonOptionalResult(result, inst);
  };
});
function handleNonOptionalResult(payload, inst) {
  if (!payload.issues.length && payload.value === void 0) {
    payload.issues.push({
      code: "invalid_type",
      expected: "nonoptional",
      input: payload.value,
      inst
    });
  }
  return payload;
}
function handleCatchResult(payload, result, def2, ctx) {
  if (!result.issues.length) {
    payload.value = result.value;
    if (result.memo)
      payload.memo = true;
    return payload;
  }
  payload.value = def2.catchValue({
    ...result,
    value: payload.value,
    error: {
      issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config()))
    },
    input: payload.value
  });
  return payload;
}
var $ZodCatch = /* @__PURE__ */ $constructor("$ZodCatch", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    const result = def2.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
    if (result instanceof Promise) {
      return result.then((result2) => handleCatchResult(payload, result2, def2, ctx));
    }
    return handleCatchResult(payload, result, def2, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def2.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def2.in, ctx));
      }
      return handlePipeResult(right, def2.in, ctx);
    }
    const left = def2.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def2.out, ctx));
    }
    return handlePipeResult(left, def2.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
var $ZodReadonly = /* @__PURE__ */ $constructor("$ZodReadonly", (inst, def2) => {
  $ZodType.init(inst, def2);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
  defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      return def2.innerType._zod.run(payload, ctx);
    }
    const result = def2.innerType._zod.run(payload, ctx);
    if (result instanceof Promise) {
      return result.then(handleReadonlyResult);
    }
    return handleReadonlyResult(result);
  };
});
function handleReadonlyResult(payload) {
  if (!payload.memo)
    payload.value = Object.freeze(payload.value);
  return payload;
}
var $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def2) => {
  $ZodCheck.init(inst, def2);
  $ZodType.init(inst, def2);
  inst._zod.parse = (payload, _) => {
    return payload;
  };
  inst._zod.check = (payload) => {
    const input = payload.value;
    const r = def2.fn(input);
    if (r instanceof Promise) {
      return r.then((r2) => handleRefineResult(r2, payload, input, inst));
    }
    handleRefineResult(r, payload, input, inst);
    return;
  };
});
function handleRefineResult(result, payload, input, inst) {
  if (!result) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}

// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
  constructor() {
    super(`Cannot parse a reference cycle that closes through a transform`);
    this.name = "ZodCyclicError";
  }
};
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
  return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
  return issues.map((iss) => iss.path ? { ...iss, path: iss.path.slice() } : { ...iss });
}
var recursive = /* @__PURE__ */ new WeakMap();
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
function isRecursive(inst, stack, resolve) {
  const cached2 = recursive.get(inst);
  if (cached2 !== void 0)
    return cached2 ? PROVEN : NONE;
  if (stack.has(inst))
    return PROVEN;
  stack.add(inst);
  let result = NONE;
  const check = (child) => {
    if (result !== PROVEN && child?._zod) {
      const answer = isRecursive(child, stack, resolve);
      if (answer > result)
        result = answer;
    }
  };
  const shape = (sh, spread) => {
    let answer = NONE;
    for (const key of Reflect.ownKeys(sh)) {
      const desc = Object.getOwnPropertyDescriptor(sh, key);
      if (spread && !desc.enumerable)
        continue;
      const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
      if (child > answer)
        answer = child;
    }
    return answer;
  };
  const merge2 = (answer) => {
    if (answer > result)
      result = answer;
  };
  const def2 = inst._zod.def;
  const kind = def2.type;
  switch (kind) {
    case "object": {
      const raw = rawShape(def2);
      merge2(raw ? shape(raw, true) : ASSUMED);
      check(def2.catchall);
      break;
    }
    case "array":
      check(def2.element);
      break;
    case "tuple":
      for (const el of def2.items)
        check(el);
      check(def2.rest);
      break;
    case "record":
    case "map":
      check(def2.keyType);
      check(def2.valueType);
      break;
    case "set":
      check(def2.valueType);
      break;
    case "union":
      for (const el of def2.options)
        check(el);
      break;
    case "intersection":
      check(def2.left);
      check(def2.right);
      break;
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
    case "promise":
    case "success":
      check(def2.innerType);
      break;
    case "pipe":
      check(def2.in);
      check(def2.out);
      break;
    case "function":
      check(def2.input);
      check(def2.output);
      break;
    // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
    case "lazy": {
      const inner = def2._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
      merge2(inner ? isRecursive(inner, stack, false) : ASSUMED);
      break;
    }
    // a leaf by choice: `parts` are regex fragments, not data positions
    case "template_literal":
    // leaves
    case "string":
    case "number":
    case "int":
    case "boolean":
    case "bigint":
    case "symbol":
    case "undefined":
    case "null":
    case "void":
    case "never":
    case "any":
    case "unknown":
    case "date":
    case "nan":
    case "enum":
    case "literal":
    case "file":
    case "transform":
    case "custom":
      break;
    default: {
      kind;
      for (const key in def2) {
        const desc = Object.getOwnPropertyDescriptor(def2, key);
        if (!desc || desc.get)
          continue;
        const value = desc.value;
        if (!value || typeof value !== "object")
          continue;
        if (value._zod)
          check(value);
        else if (Array.isArray(value))
          for (const el of value)
            check(el);
      }
    }
  }
  stack.delete(inst);
  return settle(inst, result);
}
function settle(inst, answer) {
  if (answer !== ASSUMED)
    recursive.set(inst, answer === PROVEN);
  return answer;
}
function bucketFor(state, inst) {
  let bucket = state.buckets.get(inst);
  if (!bucket) {
    bucket = /* @__PURE__ */ new WeakMap();
    state.buckets.set(inst, bucket);
  }
  return bucket;
}
var handoff;
var open2 = [];
var memo2 = {
  alloc(_inst, payload, empty) {
    const bucket = handoff;
    if (!bucket)
      return empty;
    handoff = void 0;
    const entry = { value: empty, issues: null };
    bucket.set(payload.value, entry);
    open2.push(entry);
    return empty;
  },
  guard(inst) {
    var _a3;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
          throw new $ZodCyclicError();
        return base(payload, ctx);
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  },
  attach(inst) {
    var _a3;
    let isRecursiveInst;
    let rechecked = false;
    let lastCtx;
    let lastBucket;
    (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
    inst._zod.deferred.push(() => {
      const base = inst._zod.parse;
      const wrapped = (payload, ctx) => {
        if (isRecursiveInst === void 0) {
          const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
          if (walked === NONE) {
            inst._zod.parse = base;
            if (inst._zod.run === wrapped)
              inst._zod.run = base;
            return base(payload, ctx);
          }
          if (walked === PROVEN || rechecked)
            isRecursiveInst = true;
          else
            rechecked = true;
        }
        const input = payload.value;
        if (!isRef(input))
          return base(payload, ctx);
        let state = ctx[STATE];
        if (!state) {
          state = { buckets: /* @__PURE__ */ new WeakMap(), backEdges: void 0 };
          ctx[STATE] = state;
        }
        let bucket;
        if (lastCtx === ctx) {
          bucket = lastBucket;
        } else {
          bucket = bucketFor(state, inst);
          lastCtx = ctx;
          lastBucket = bucket;
        }
        const hit = bucket.get(input);
        if (hit) {
          payload.value = hit.value;
          if (hit.issues) {
            if (hit.issues.length)
              payload.issues.push(...cloneIssues(hit.issues));
          } else {
            payload.memo = true;
            state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
            state.backEdges.add(hit.value);
          }
          return payload;
        }
        handoff = bucket;
        const depth = open2.length;
        const result = base(payload, ctx);
        handoff = void 0;
        const entry = open2.length > depth ? open2.pop() : void 0;
        if (result instanceof Promise) {
          return result.then((r) => {
            if (entry)
              entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
            return r;
          });
        }
        if (entry)
          entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
        return result;
      };
      inst._zod.parse = wrapped;
      if (inst._zod.run === base)
        inst._zod.run = wrapped;
    });
  }
};
function memoizer() {
  return memo2;
}
function isBackEdge(ctx, value) {
  const backEdges = ctx[STATE]?.backEdges;
  return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/registries.js
var _a2;
var $ZodRegistry = class {
  constructor() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
  }
  add(schema, ..._meta) {
    const meta2 = _meta[0];
    this._map.set(schema, meta2);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.set(meta2.id, schema);
    }
    return this;
  }
  clear() {
    this._map = /* @__PURE__ */ new WeakMap();
    this._idmap = /* @__PURE__ */ new Map();
    return this;
  }
  remove(schema) {
    const meta2 = this._map.get(schema);
    if (meta2 && typeof meta2 === "object" && "id" in meta2) {
      this._idmap.delete(meta2.id);
    }
    this._map.delete(schema);
    return this;
  }
  get(schema) {
    const p = schema._zod.parent;
    if (p) {
      const pm = { ...this.get(p) ?? {} };
      delete pm.id;
      const f = { ...pm, ...this._map.get(schema) };
      return Object.keys(f).length ? f : void 0;
    }
    return this._map.get(schema);
  }
  has(schema) {
    return this._map.has(schema);
  }
};
function registry() {
  return new $ZodRegistry();
}
(_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
var globalRegistry = globalThis.__zod_globalRegistry;

// node_modules/zod/v4/core/api.js
function snapshotChecks(def2) {
  if (def2.checks)
    def2.checks = [...def2.checks];
  return def2;
}
// @__NO_SIDE_EFFECTS__
function _string(Class2, params) {
  return new Class2(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class2, params) {
  return new Class2({
    type: "string",
    format: "email",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class2, params) {
  return new Class2({
    type: "string",
    format: "guid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v4",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v6",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class2, params) {
  return new Class2({
    type: "string",
    format: "uuid",
    check: "string_format",
    abort: false,
    version: "v7",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _url(Class2, params) {
  return new Class2({
    type: "string",
    format: "url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _emoji2(Class2, params) {
  return new Class2({
    type: "string",
    format: "emoji",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class2, params) {
  return new Class2({
    type: "string",
    format: "nanoid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class2, params) {
  return new Class2({
    type: "string",
    format: "cuid2",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ulid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class2, params) {
  return new Class2({
    type: "string",
    format: "xid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class2, params) {
  return new Class2({
    type: "string",
    format: "ksuid",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "ipv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv4",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class2, params) {
  return new Class2({
    type: "string",
    format: "cidrv6",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class2, params) {
  return new Class2({
    type: "string",
    format: "base64url",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class2, params) {
  return new Class2({
    type: "string",
    format: "e164",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class2, params) {
  return new Class2({
    type: "string",
    format: "jwt",
    check: "string_format",
    abort: false,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "datetime",
    check: "string_format",
    offset: false,
    local: false,
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class2, params) {
  return new Class2({
    type: "string",
    format: "date",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class2, params) {
  return new Class2({
    type: "string",
    format: "time",
    check: "string_format",
    precision: null,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class2, params) {
  return new Class2({
    type: "string",
    format: "duration",
    check: "string_format",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _number(Class2, params) {
  return new Class2(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class2, params) {
  return new Class2({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class2, params) {
  return new Class2({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class2) {
  return new Class2({
    type: "unknown"
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class2, params) {
  return new Class2({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
  return new $ZodCheckMultipleOf({
    check: "multiple_of",
    ...normalizeParams(params),
    value
  });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _length(length2, params) {
  return new $ZodCheckLengthEquals({
    check: "length_equals",
    ...normalizeParams(params),
    length: length2
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
  return new $ZodCheckLowerCase({
    check: "string_format",
    format: "lowercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
  return new $ZodCheckUpperCase({
    check: "string_format",
    format: "uppercase",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
  return new $ZodCheckIncludes({
    check: "string_format",
    format: "includes",
    ...normalizeParams(params),
    includes
  });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
  return new $ZodCheckStartsWith({
    check: "string_format",
    format: "starts_with",
    ...normalizeParams(params),
    prefix
  });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
  return new $ZodCheckEndsWith({
    check: "string_format",
    format: "ends_with",
    ...normalizeParams(params),
    suffix
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
  return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
  return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
  return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class2, element, params) {
  return new Class2({
    type: "array",
    element,
    // get element() {
    //   return element;
    // },
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class2, fn, _params) {
  const schema = new Class2({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
  const ch = /* @__PURE__ */ _check((payload) => {
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(issue(issue2, payload.value, ch._zod.def));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = ch);
        _issue.continue ?? (_issue.continue = !ch._zod.def.abort);
        payload.issues.push(issue(_issue));
      }
    };
    return fn(payload.value, payload);
  }, params);
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
  const ch = new $ZodCheck({
    check: "custom",
    ...normalizeParams(params)
  });
  ch._zod.check = fn;
  return ch;
}

// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
  for (const source of sources) {
    for (const key of Reflect.ownKeys(source)) {
      if (Object.prototype.propertyIsEnumerable.call(source, key)) {
        assignProp(target, key, source[key]);
      }
    }
  }
  return target;
}
function initializeContext(params) {
  let target = params?.target ?? "draft-2020-12";
  if (target === "draft-4")
    target = "draft-04";
  if (target === "draft-7")
    target = "draft-07";
  return {
    processors: params.processors ?? {},
    metadataRegistry: params?.metadata ?? globalRegistry,
    target,
    unrepresentable: params?.unrepresentable ?? "throw",
    override: params?.override ?? (() => {
    }),
    io: params?.io ?? "output",
    counter: 0,
    seen: /* @__PURE__ */ new Map(),
    sharedDefsExtractedFor: void 0,
    sharedEmitDoneFor: void 0,
    cycles: params?.cycles ?? "ref",
    reused: params?.reused ?? "inline",
    intersections: [],
    deferred: [],
    external: params?.external ?? void 0
  };
}
function handleUnrepresentable(schema, ctx, json, params, message) {
  const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message }) : ctx.unrepresentable;
  if (result === "any")
    return false;
  if (result === void 0 || result === "throw")
    throw new Error(message);
  Object.assign(json, result);
  return true;
}
function processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
  var _a3;
  const def2 = schema._zod.def;
  const seen = ctx.seen.get(schema);
  if (seen) {
    seen.count++;
    const isCycle = _params.schemaPath.includes(schema);
    if (isCycle) {
      seen.cycle = _params.path;
    }
    return seen.schema;
  }
  const result = { schema: {}, count: 1, cycle: void 0, path: _params.path };
  ctx.seen.set(schema, result);
  ctx.sharedDefsExtractedFor = void 0;
  ctx.sharedEmitDoneFor = void 0;
  const overrideSchema = schema._zod.toJSONSchema?.();
  if (overrideSchema) {
    result.schema = overrideSchema;
  } else {
    const params = {
      ..._params,
      schemaPath: [..._params.schemaPath, schema],
      path: _params.path
    };
    if (schema._zod.processJSONSchema) {
      schema._zod.processJSONSchema(ctx, result.schema, params);
    } else {
      const _json = result.schema;
      const processor = ctx.processors[def2.type];
      if (!processor) {
        throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def2.type}`);
      }
      processor(schema, ctx, _json, params);
    }
    const parent = schema._zod.parent;
    if (parent) {
      if (!result.ref)
        result.ref = parent;
      processSchema(parent, ctx, params);
      ctx.seen.get(parent).isParent = true;
    }
  }
  const meta2 = ctx.metadataRegistry.get(schema);
  if (meta2)
    assignProps(result.schema, meta2);
  if (ctx.io === "input" && isTransforming(schema)) {
    delete result.schema.examples;
    delete result.schema.default;
  }
  if (ctx.io === "input" && "_prefault" in result.schema)
    (_a3 = result.schema).default ?? (_a3.default = result.schema._prefault);
  delete result.schema._prefault;
  const _result = ctx.seen.get(schema);
  return _result.schema;
}
function encodeJSONPointerSegment(segment2) {
  return segment2.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
  const root2 = ctx.seen.get(schema);
  if (!root2)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
    return;
  const idToSchema = /* @__PURE__ */ new Map();
  for (const entry of ctx.seen.entries()) {
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      const existing = idToSchema.get(id);
      if (existing && existing !== entry[0]) {
        throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
      }
      idToSchema.set(id, entry[0]);
    }
  }
  const makeURI = (entry) => {
    const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
    if (ctx.external) {
      const externalId = ctx.external.registry.get(entry[0])?.id;
      const uriGenerator = ctx.external.uri ?? ((id2) => id2);
      if (externalId) {
        return { ref: uriGenerator(externalId) };
      }
      const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
      entry[1].defId = id;
      return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
    }
    const uriPrefix = `#`;
    const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
    if (entry[1] === root2 && !entry[1].schema.id) {
      return { ref: uriPrefix };
    }
    const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
    return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
  };
  const extractToDef = (entry) => {
    if (entry[1].schema.$ref) {
      return;
    }
    const seen = entry[1];
    const { ref, defId } = makeURI(entry);
    seen.def = { ...seen.schema };
    if (defId)
      seen.defId = defId;
    const schema2 = seen.schema;
    for (const key in schema2) {
      delete schema2[key];
    }
    schema2.$ref = ref;
  };
  if (ctx.cycles === "throw") {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.cycle) {
        throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
      }
    }
  }
  for (const entry of ctx.seen.entries()) {
    const seen = entry[1];
    if (schema === entry[0]) {
      extractToDef(entry);
      continue;
    }
    if (ctx.external) {
      const ext = ctx.external.registry.get(entry[0])?.id;
      if (schema !== entry[0] && ext) {
        extractToDef(entry);
        continue;
      }
    }
    const id = ctx.metadataRegistry.get(entry[0])?.id;
    if (id) {
      extractToDef(entry);
      continue;
    }
    if (seen.cycle) {
      extractToDef(entry);
      continue;
    }
    if (seen.count > 1) {
      if (ctx.reused === "ref") {
        extractToDef(entry);
      }
    }
  }
  if (ctx.external)
    ctx.sharedDefsExtractedFor = ctx.external;
}
function compactTypeUnion(schema) {
  const options = schema.anyOf;
  if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0)
    return;
  const types = [];
  for (const option of options) {
    if (!option || typeof option !== "object")
      return;
    compactTypeUnion(option);
    const keys = Object.keys(option);
    if (keys.length !== 1 || keys[0] !== "type")
      return;
    const type = option.type;
    for (const member of Array.isArray(type) ? type : [type]) {
      if (typeof member !== "string")
        return;
      if (!types.includes(member))
        types.push(member);
    }
  }
  delete schema.anyOf;
  schema.type = types.length === 1 ? types[0] : types;
}
var FOLDABLE_KEYS = /* @__PURE__ */ new Set(["type", "properties", "required", "additionalProperties"]);
var UNION_KEYS = ["oneOf", "anyOf"];
function undeclaredConstraint(member) {
  const extra = member.additionalProperties;
  if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null)
    return null;
  return Object.keys(extra).length ? extra : null;
}
function foldObjects(members2) {
  const objects = [];
  for (const member of members2) {
    if (typeof member !== "object" || member.type !== "object")
      return null;
    for (const key in member) {
      if (!FOLDABLE_KEYS.has(key))
        return null;
    }
    objects.push(member);
  }
  const properties = {};
  const required2 = /* @__PURE__ */ new Set();
  for (const object2 of objects) {
    for (const key in object2.properties) {
      if (Object.prototype.hasOwnProperty.call(properties, key))
        continue;
      const parts = [];
      for (const other of objects) {
        const part = other.properties?.[key] ?? undeclaredConstraint(other);
        if (part === null || part === void 0)
          continue;
        if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
          parts.push(part);
      }
      const merged = parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts };
      assignProp(properties, key, merged);
    }
    for (const key of object2.required ?? [])
      required2.add(key);
  }
  const folded2 = { type: "object", properties };
  if (required2.size)
    folded2.required = [...required2];
  if (objects.every((object2) => object2.additionalProperties === false)) {
    folded2.additionalProperties = false;
  } else {
    const constraints = [];
    for (const object2 of objects) {
      const constraint = undeclaredConstraint(object2);
      if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
        constraints.push(constraint);
    }
    if (constraints.length === 1)
      folded2.additionalProperties = constraints[0];
    else if (constraints.length > 1)
      folded2.additionalProperties = { allOf: constraints };
  }
  return folded2;
}
function foldIntersection(json) {
  const allOf = json.allOf;
  if (!Array.isArray(allOf) || allOf.length < 2)
    return;
  for (const key of FOLDABLE_KEYS)
    if (key in json)
      return;
  const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
  let folded2 = null;
  if (!unions.length) {
    folded2 = foldObjects(allOf);
  } else {
    const union2 = unions[0];
    const keyword = UNION_KEYS.find((k) => Array.isArray(union2[k]));
    if (Object.keys(union2).length !== 1)
      return;
    const rest = allOf.filter((m) => m !== union2);
    const branches = union2[keyword].map((branch) => foldObjects([...rest, branch]));
    if (branches.some((b) => !b))
      return;
    folded2 = { [keyword]: branches };
  }
  if (!folded2)
    return;
  delete json.allOf;
  assignProps(json, folded2);
}
function finalize(ctx, schema) {
  const root2 = ctx.seen.get(schema);
  if (!root2)
    throw new Error("Unprocessed schema. This is a bug in Zod.");
  const flattenRef = (zodSchema) => {
    const seen = ctx.seen.get(zodSchema);
    if (seen.ref === null)
      return;
    const schema2 = seen.def ?? seen.schema;
    const _cached = { ...schema2 };
    const ref = seen.ref;
    seen.ref = null;
    if (ref) {
      flattenRef(ref);
      const refSeen = ctx.seen.get(ref);
      const refSchema = refSeen.schema;
      if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
        schema2.allOf = schema2.allOf ?? [];
        schema2.allOf.push(refSchema);
      } else {
        assignProps(schema2, refSchema);
      }
      assignProps(schema2, _cached);
      const isParentRef = zodSchema._zod.parent === ref;
      if (isParentRef) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (!(key in _cached)) {
            delete schema2[key];
          }
        }
      }
      if (refSchema.$ref && refSeen.def) {
        for (const key in schema2) {
          if (key === "$ref" || key === "allOf")
            continue;
          if (key in refSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(refSeen.def[key])) {
            delete schema2[key];
          }
        }
      }
    }
    const parent = zodSchema._zod.parent;
    if (parent && parent !== ref) {
      flattenRef(parent);
      const parentSeen = ctx.seen.get(parent);
      if (parentSeen?.schema.$ref) {
        schema2.$ref = parentSeen.schema.$ref;
        if (parentSeen.def) {
          for (const key in schema2) {
            if (key === "$ref" || key === "allOf")
              continue;
            if (key in parentSeen.def && JSON.stringify(schema2[key]) === JSON.stringify(parentSeen.def[key])) {
              delete schema2[key];
            }
          }
        }
      }
    }
    ctx.override({
      zodSchema,
      jsonSchema: schema2,
      path: seen.path ?? []
    });
  };
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of [...ctx.seen.entries()].reverse()) {
      flattenRef(entry[0]);
    }
    if (ctx.target !== "openapi-3.0") {
      for (const entry of ctx.seen.entries()) {
        compactTypeUnion(entry[1].def ?? entry[1].schema);
      }
    }
    for (const rewrite of ctx.deferred)
      rewrite();
    if (ctx.intersections.length) {
      const carriers = /* @__PURE__ */ new Map();
      for (const seen of ctx.seen.values()) {
        for (const json of [seen.schema, seen.def]) {
          const allOf = json?.allOf;
          if (!Array.isArray(allOf))
            continue;
          const existing = carriers.get(allOf);
          if (existing)
            existing.push(json);
          else
            carriers.set(allOf, [json]);
        }
      }
      for (const allOf of ctx.intersections) {
        for (const json of carriers.get(allOf) ?? [])
          foldIntersection(json);
      }
    }
  }
  const result = {};
  if (ctx.target === "draft-2020-12") {
    result.$schema = "https://json-schema.org/draft/2020-12/schema";
  } else if (ctx.target === "draft-07") {
    result.$schema = "http://json-schema.org/draft-07/schema#";
  } else if (ctx.target === "draft-04") {
    result.$schema = "http://json-schema.org/draft-04/schema#";
  } else if (ctx.target === "openapi-3.0") {
  } else {
  }
  if (ctx.external?.uri) {
    const id = ctx.external.registry.get(schema)?.id;
    if (!id)
      throw new Error("Schema is missing an `id` property");
    result.$id = ctx.external.uri(id);
  }
  assignProps(result, root2.defId ? root2.schema : root2.def ?? root2.schema);
  const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
  if (rootMetaId !== void 0 && result.id === rootMetaId)
    delete result.id;
  const defs = ctx.external?.defs ?? {};
  if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
    for (const entry of ctx.seen.entries()) {
      const seen = entry[1];
      if (seen.def && seen.defId) {
        if (seen.def.id === seen.defId)
          delete seen.def.id;
        assignProp(defs, seen.defId, seen.def);
      }
    }
  }
  if (ctx.external)
    ctx.sharedEmitDoneFor = ctx.external;
  if (ctx.external) {
  } else {
    if (Object.keys(defs).length > 0) {
      if (ctx.target === "draft-2020-12") {
        result.$defs = defs;
      } else {
        result.definitions = defs;
      }
    }
  }
  try {
    const finalized = JSON.parse(JSON.stringify(result));
    Object.defineProperty(finalized, "~standard", {
      value: {
        ...schema["~standard"],
        jsonSchema: {
          input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
          output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
        }
      },
      enumerable: false,
      writable: false
    });
    return finalized;
  } catch (_err) {
    throw new Error("Error converting schema to JSON.");
  }
}
function isTransforming(_schema, _ctx) {
  const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
  if (ctx.seen.has(_schema))
    return false;
  ctx.seen.add(_schema);
  const def2 = _schema._zod.def;
  if (def2.type === "transform")
    return true;
  if (def2.type === "array")
    return isTransforming(def2.element, ctx);
  if (def2.type === "set")
    return isTransforming(def2.valueType, ctx);
  if (def2.type === "lazy")
    return isTransforming(def2.getter(), ctx);
  if (def2.type === "promise" || def2.type === "optional" || def2.type === "nonoptional" || def2.type === "nullable" || def2.type === "readonly" || def2.type === "default" || def2.type === "prefault" || def2.type === "catch") {
    return isTransforming(def2.innerType, ctx);
  }
  if (def2.type === "intersection") {
    return isTransforming(def2.left, ctx) || isTransforming(def2.right, ctx);
  }
  if (def2.type === "record" || def2.type === "map") {
    return isTransforming(def2.keyType, ctx) || isTransforming(def2.valueType, ctx);
  }
  if (def2.type === "pipe") {
    if (_schema._zod.traits.has("$ZodCodec"))
      return true;
    return isTransforming(def2.in, ctx) || isTransforming(def2.out, ctx);
  }
  if (def2.type === "object") {
    for (const key in def2.shape) {
      if (isTransforming(def2.shape[key], ctx))
        return true;
    }
    return false;
  }
  if (def2.type === "union") {
    for (const option of def2.options) {
      if (isTransforming(option, ctx))
        return true;
    }
    return false;
  }
  if (def2.type === "tuple") {
    for (const item of def2.items) {
      if (isTransforming(item, ctx))
        return true;
    }
    if (def2.rest && isTransforming(def2.rest, ctx))
      return true;
    return false;
  }
  return false;
}
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
  const ctx = initializeContext({ ...params, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
  const { libraryOptions, target } = params ?? {};
  const ctx = initializeContext({ ...libraryOptions ?? {}, target, io, processors });
  processSchema(schema, ctx);
  extractDefs(ctx, schema);
  return finalize(ctx, schema);
};

// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
  if (agg[key] === void 0 || value > agg[key])
    agg[key] = value;
};
var narrowMax = (agg, key, value) => {
  if (agg[key] === void 0 || value < agg[key])
    agg[key] = value;
};
var narrowBoth = (agg, value) => {
  narrowMin(agg, "minimum", value);
  narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
  agg.multipleOf ?? (agg.multipleOf = []);
  if (!agg.multipleOf.includes(value))
    agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
  agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
  agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
  agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
  agg.format = format;
  if (format.includes("int"))
    agg.isInt = true;
};
var minContributor = (agg, def2) => narrowMin(agg, "minimum", def2.minimum);
var maxContributor = (agg, def2) => narrowMax(agg, "maximum", def2.maximum);
var formatContributor = (ranges) => (agg, def2) => {
  setFormat(agg, def2.format);
  const [minimum, maximum] = ranges[def2.format];
  narrowMin(agg, "minimum", minimum);
  narrowMax(agg, "maximum", maximum);
};
var contributors = {
  greater_than: (agg, def2) => narrowMin(agg, def2.inclusive ? "minimum" : "exclusiveMinimum", def2.value),
  less_than: (agg, def2) => narrowMax(agg, def2.inclusive ? "maximum" : "exclusiveMaximum", def2.value),
  multiple_of: (agg, def2) => addDivisor(agg, def2.value),
  number_format: formatContributor(NUMBER_FORMAT_RANGES),
  bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
  min_length: minContributor,
  max_length: maxContributor,
  length_equals: (agg, def2) => narrowBoth(agg, def2.length),
  min_size: minContributor,
  max_size: maxContributor,
  size_equals: (agg, def2) => narrowBoth(agg, def2.size),
  string_format: (agg, def2) => {
    setFormat(agg, def2.format);
    if (def2.pattern)
      addPattern(agg, def2.pattern);
    if (def2.format === "base64" || def2.format === "base64url")
      agg.contentEncoding = def2.format;
    if (def2.local || def2.precision === -1)
      agg.laxFormat = true;
  },
  mime_type: (agg, def2) => intersectMime(agg, def2.mime)
};
function aggregateChecks(schema) {
  const agg = {};
  const def2 = schema._zod.def;
  const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def2.checks ?? []] : def2.checks ?? [];
  for (const ch of list)
    contributors[ch._zod.def.check]?.(agg, ch._zod.def);
  const bag = schema._zod.bag;
  if (bag.minimum !== void 0)
    narrowMin(agg, "minimum", bag.minimum);
  if (bag.exclusiveMinimum !== void 0)
    narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
  if (bag.maximum !== void 0)
    narrowMax(agg, "maximum", bag.maximum);
  if (bag.exclusiveMaximum !== void 0)
    narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
  if (bag.multipleOf !== void 0)
    addDivisor(agg, bag.multipleOf);
  if (bag.format !== void 0) {
    agg.format ?? (agg.format = bag.format);
    if (bag.format.includes("int"))
      agg.isInt = true;
  }
  if (bag.mime)
    intersectMime(agg, bag.mime);
  for (const pattern of bag.patterns ?? [])
    addPattern(agg, pattern);
  return agg;
}
var formatMap = {
  guid: "uuid",
  url: "uri",
  datetime: "date-time",
  json_string: "json-string",
  regex: ""
  // do not set
};
var exactPatterns = /* @__PURE__ */ new Map([
  [base64Charset, base64],
  [base64urlCharset, base64url]
]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
  const json = _json;
  json.type = "string";
  const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minLength = minimum;
  if (typeof maximum === "number")
    json.maxLength = maximum;
  if (format) {
    json.format = formatMap[format] ?? format;
    if (json.format === "")
      delete json.format;
    if (format === "time" || laxFormat) {
      delete json.format;
    }
  }
  if (contentEncoding)
    json.contentEncoding = contentEncoding;
  if (patterns && patterns.size > 0) {
    const patternList = [...patterns].map(exactPattern);
    if (patternList.length === 1)
      json.pattern = patternList[0].source;
    else if (patternList.length > 1) {
      json.allOf = [
        ...patternList.map((regex) => ({
          ...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
          pattern: regex.source
        }))
      ];
    }
  }
};
var numberProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
  json.type = isInt ? "integer" : "number";
  const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
  const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
  const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
  if (exMin) {
    if (legacy) {
      json.minimum = exclusiveMinimum;
      json.exclusiveMinimum = true;
    } else {
      json.exclusiveMinimum = exclusiveMinimum;
    }
  } else if (typeof minimum === "number") {
    json.minimum = minimum;
  }
  if (exMax) {
    if (legacy) {
      json.maximum = exclusiveMaximum;
      json.exclusiveMaximum = true;
    } else {
      json.exclusiveMaximum = exclusiveMaximum;
    }
  } else if (typeof maximum === "number") {
    json.maximum = maximum;
  }
  if (multipleOf) {
    const divisors = /* @__PURE__ */ new Set();
    for (const divisor of multipleOf) {
      if (Number.isFinite(divisor) && divisor !== 0)
        divisors.add(Math.abs(divisor));
      else
        handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
    }
    const [first, ...rest] = divisors;
    if (first !== void 0)
      json.multipleOf = first;
    if (rest.length)
      json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
  }
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
  json.type = "boolean";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
  json.not = {};
};
var unknownProcessor = (_schema, _ctx, _json, _params) => {
};
var enumProcessor = (schema, _ctx, json, _params) => {
  const def2 = schema._zod.def;
  const values = getEnumValues(def2.entries);
  if (values.length === 0) {
    json.not = {};
    return;
  }
  if (values.every((v) => typeof v === "number"))
    json.type = "number";
  if (values.every((v) => typeof v === "string"))
    json.type = "string";
  json.enum = values;
};
var customProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
  handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def2 = schema._zod.def;
  const { minimum, maximum } = aggregateChecks(schema);
  if (typeof minimum === "number")
    json.minItems = minimum;
  if (typeof maximum === "number")
    json.maxItems = maximum;
  json.type = "array";
  json.items = processSchema(def2.element, ctx, {
    ...params,
    path: [...params.path, "items"]
  });
};
function inputOptin(schema) {
  const def2 = schema._zod.def;
  if (def2.type === "pipe" && def2.in._zod.traits.has("$ZodTransform")) {
    return inputOptin(def2.out);
  }
  if (def2.type === "catch") {
    return inputOptin(def2.innerType);
  }
  return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
  const json = _json;
  const def2 = schema._zod.def;
  const shape = def2.shape;
  const symbolKeys = Object.getOwnPropertySymbols(shape);
  if (symbolKeys.length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
    return;
  }
  json.type = "object";
  json.properties = {};
  for (const key in shape) {
    assignProp(json.properties, key, processSchema(shape[key], ctx, {
      ...params,
      path: [...params.path, "properties", key]
    }));
  }
  const requiredKeys = [];
  for (const key of Object.keys(shape)) {
    const field = def2.shape[key];
    if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) {
      requiredKeys.push(key);
    }
  }
  if (requiredKeys.length > 0) {
    json.required = requiredKeys;
  }
  if (def2.catchall?._zod.def.type === "never") {
    json.additionalProperties = false;
  } else if (!def2.catchall) {
    if (ctx.io === "output")
      json.additionalProperties = false;
  } else if (def2.catchall) {
    json.additionalProperties = processSchema(def2.catchall, ctx, {
      ...params,
      path: [...params.path, "additionalProperties"]
    });
  }
};
var unionProcessor = (schema, ctx, json, params) => {
  const def2 = schema._zod.def;
  const isExclusive = def2.inclusive === false;
  const options = def2.options.map((x, i) => processSchema(x, ctx, {
    ...params,
    path: [...params.path, isExclusive ? "oneOf" : "anyOf", i]
  }));
  if (isExclusive) {
    json.oneOf = options;
  } else {
    json.anyOf = options;
  }
};
var intersectionProcessor = (schema, ctx, json, params) => {
  const def2 = schema._zod.def;
  const a = processSchema(def2.left, ctx, {
    ...params,
    path: [...params.path, "allOf", 0]
  });
  const b = processSchema(def2.right, ctx, {
    ...params,
    path: [...params.path, "allOf", 1]
  });
  const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
  const allOf = [
    ...isSimpleIntersection(a) ? a.allOf : [a],
    ...isSimpleIntersection(b) ? b.allOf : [b]
  ];
  json.allOf = allOf;
  ctx.intersections.push(allOf);
};
var nullableProcessor = (schema, ctx, json, params) => {
  const def2 = schema._zod.def;
  const inner = processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  if (ctx.target === "openapi-3.0") {
    seen.ref = def2.innerType;
    json.nullable = true;
  } else {
    json.anyOf = [inner, { type: "null" }];
  }
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
  const def2 = schema._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def2.innerType;
};
var UNREPRESENTABLE_DEFAULT = /* @__PURE__ */ Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
  let unrepresentable = false;
  const serialized = JSON.stringify(value, (_, val) => {
    if (typeof val !== "bigint")
      return val;
    unrepresentable = true;
    return null;
  });
  if (!unrepresentable)
    return JSON.parse(serialized);
  handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
  return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
  const def2 = schema._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def2.innerType;
  const value = serializeDefaultValue(def2.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
  const def2 = schema._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def2.innerType;
  if (ctx.io !== "input")
    return;
  const value = serializeDefaultValue(def2.defaultValue, schema, ctx, json, params);
  if (value !== UNREPRESENTABLE_DEFAULT)
    json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
  const def2 = schema._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def2.innerType;
  let catchValue;
  try {
    catchValue = def2.catchValue(void 0);
  } catch {
    handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
    return;
  }
  json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
  const def2 = schema._zod.def;
  const inIsTransform = def2.in._zod.traits.has("$ZodTransform");
  const innerType = ctx.io === "input" ? inIsTransform ? def2.out : def2.in : def2.out;
  processSchema(innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
  const def2 = schema._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def2.innerType;
  json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
  const def2 = schema._zod.def;
  processSchema(def2.innerType, ctx, params);
  const seen = ctx.seen.get(schema);
  seen.ref = def2.innerType;
};

// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
  Object.defineProperty(proto, key, {
    configurable: true,
    enumerable: false,
    get() {
      const value = make(this);
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, { value, configurable: true, writable: true });
    }
  });
}
var initializer2 = (inst, issues) => {
  $ZodError.init(inst, issues);
  inst.name = "ZodError";
  const proto = Object.getPrototypeOf(inst);
  if (_installedErrorProtos.has(proto))
    return;
  _installedErrorProtos.add(proto);
  _lazyMethod(proto, "format", (self2) => (mapper) => formatError(self2, mapper));
  _lazyMethod(proto, "flatten", (self2) => (mapper) => flattenError(self2, mapper));
  _lazyMethod(proto, "addIssue", (self2) => (issue2) => {
    self2.issues.push(issue2);
    self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
  });
  _lazyMethod(proto, "addIssues", (self2) => (issues2) => {
    self2.issues.push(...issues2);
    self2.message = JSON.stringify(self2.issues, jsonStringifyReplacer, 2);
  });
  Object.defineProperty(proto, "isEmpty", {
    configurable: true,
    enumerable: false,
    get() {
      return this.issues.length === 0;
    }
  });
};
var ZodRealError = /* @__PURE__ */ $constructor("ZodError", initializer2, void 0, {
  Parent: Error
});

// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode = /* @__PURE__ */ _encode(ZodRealError);
var decode = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
  if (!globalConfig.localeError)
    config(en_default());
}
function _ensureDefaultMemoizer() {
  if (!globalConfig.memoizer)
    config({ memoizer: memoizer() });
}
var ZodType = /* @__PURE__ */ $constructor("ZodType", (inst, def2) => {
  _ensureDefaultLocale();
  $ZodType.init(inst, def2);
  inst.def = def2;
  inst.type = def2.type;
  return inst;
}, {
  check(...chks) {
    const def2 = this.def;
    return this.clone(util_exports.mergeDefs(def2, {
      checks: [
        ...def2.checks ?? [],
        ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }), { parent: true });
  },
  with(...chks) {
    return this.check(...chks);
  },
  clone(def2, params) {
    return clone(this, def2, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  refine(check, params) {
    return this.check(refine(check, params));
  },
  superRefine(refinement, params) {
    return this.check(superRefine(refinement, params));
  },
  overwrite(fn) {
    return this.check(_overwrite(fn));
  },
  optional() {
    return optional(this);
  },
  exactOptional() {
    return exactOptional(this);
  },
  nullable() {
    return nullable(this);
  },
  nullish() {
    return optional(nullable(this));
  },
  nonoptional(params) {
    return nonoptional(this, params);
  },
  array() {
    return array(this);
  },
  or(arg) {
    return union([this, arg]);
  },
  and(arg) {
    return intersection(this, arg);
  },
  transform(tx) {
    return pipe(this, transform(tx));
  },
  default(d) {
    return _default(this, d);
  },
  prefault(d) {
    return prefault(this, d);
  },
  catch(params) {
    return _catch(this, params);
  },
  pipe(target) {
    return pipe(this, target);
  },
  readonly() {
    return readonly(this);
  },
  describe(description) {
    const cl = this.clone();
    globalRegistry.add(cl, { description });
    return cl;
  },
  meta(...args) {
    if (args.length === 0)
      return globalRegistry.get(this);
    const cl = this.clone();
    globalRegistry.add(cl, args[0]);
    return cl;
  },
  isOptional() {
    return this.safeParse(void 0).success;
  },
  isNullable() {
    return this.safeParse(null).success;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  },
  // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
  get "~standard"() {
    return util_exports.hide(this, "~standard", {
      ...standardProps(this),
      jsonSchema: {
        input: createStandardJSONSchemaMethod(this, "input"),
        output: createStandardJSONSchemaMethod(this, "output")
      }
    });
  },
  set "~standard"(value) {
    util_exports.own(this, "~standard", value);
  },
  parse: function _parse2(data, params) {
    return parse(this, data, params, { callee: _parse2 });
  },
  parseAsync: async function _parseAsync2(data, params) {
    return await parseAsync(this, data, params, { callee: _parseAsync2 });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  async safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  // `spa` is an alias: same function object as `safeParseAsync`, as before.
  get spa() {
    return this?.safeParseAsync;
  },
  set spa(value) {
    util_exports.own(this, "spa", value);
  },
  validate(data, params) {
    return validate(this, data, params);
  },
  validateAsync(data, params) {
    return validateAsync(this, data, params);
  },
  encode: function _encode2(data, params) {
    return encode(this, data, params, { callee: _encode2 });
  },
  decode: function _decode2(data, params) {
    return decode(this, data, params, { callee: _decode2 });
  },
  encodeAsync: async function _encodeAsync2(data, params) {
    return await encodeAsync(this, data, params, { callee: _encodeAsync2 });
  },
  decodeAsync: async function _decodeAsync2(data, params) {
    return await decodeAsync(this, data, params, { callee: _decodeAsync2 });
  },
  safeEncode(data, params) {
    return safeEncode(this, data, params);
  },
  safeDecode(data, params) {
    return safeDecode(this, data, params);
  },
  async safeEncodeAsync(data, params) {
    return safeEncodeAsync(this, data, params);
  },
  async safeDecodeAsync(data, params) {
    return safeDecodeAsync(this, data, params);
  },
  toJSONSchema(params) {
    return createToJSONSchemaMethod(this, {})(params);
  },
  // Reads through to the registry on every access, so it must not cache.
  get description() {
    return globalRegistry.get(this)?.description;
  },
  // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
  get _def() {
    return this._zod.def;
  }
});
var _ZodString = /* @__PURE__ */ $constructor(
  "_ZodString",
  (inst, def2) => {
    $ZodString.init(inst, def2);
    ZodType.init(inst, def2);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
  },
  /* @__PURE__ */ util_exports.derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null
  }, {
    regex(...args) {
      return this.check(_regex(...args));
    },
    includes(...args) {
      return this.check(_includes(...args));
    },
    startsWith(...args) {
      return this.check(_startsWith(...args));
    },
    endsWith(...args) {
      return this.check(_endsWith(...args));
    },
    min(...args) {
      return this.check(_minLength(...args));
    },
    max(...args) {
      return this.check(_maxLength(...args));
    },
    length(...args) {
      return this.check(_length(...args));
    },
    nonempty(...args) {
      return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
      return this.check(_lowercase(params));
    },
    uppercase(params) {
      return this.check(_uppercase(params));
    },
    trim() {
      return this.check(_trim());
    },
    normalize(...args) {
      return this.check(_normalize(...args));
    },
    toLowerCase() {
      return this.check(_toLowerCase());
    },
    toUpperCase() {
      return this.check(_toUpperCase());
    },
    slugify() {
      return this.check(_slugify());
    }
  })
);
var ZodString = /* @__PURE__ */ $constructor("ZodString", (inst, def2) => {
  $ZodString.init(inst, def2);
  _ZodString.init(inst, def2);
}, {
  email(params) {
    return this.check(_email(ZodEmail, params));
  },
  url(params) {
    return this.check(_url(ZodURL, params));
  },
  jwt(params) {
    return this.check(_jwt(ZodJWT, params));
  },
  emoji(params) {
    return this.check(_emoji2(ZodEmoji, params));
  },
  guid(params) {
    return this.check(_guid(ZodGUID, params));
  },
  uuid(params) {
    return this.check(_uuid(ZodUUID, params));
  },
  uuidv4(params) {
    return this.check(_uuidv4(ZodUUID, params));
  },
  uuidv6(params) {
    return this.check(_uuidv6(ZodUUID, params));
  },
  uuidv7(params) {
    return this.check(_uuidv7(ZodUUID, params));
  },
  nanoid(params) {
    return this.check(_nanoid(ZodNanoID, params));
  },
  cuid(params) {
    return this.check(_cuid(ZodCUID, params));
  },
  cuid2(params) {
    return this.check(_cuid2(ZodCUID2, params));
  },
  ulid(params) {
    return this.check(_ulid(ZodULID, params));
  },
  base64(params) {
    return this.check(_base64(ZodBase64, params));
  },
  base64url(params) {
    return this.check(_base64url(ZodBase64URL, params));
  },
  xid(params) {
    return this.check(_xid(ZodXID, params));
  },
  ksuid(params) {
    return this.check(_ksuid(ZodKSUID, params));
  },
  ipv4(params) {
    return this.check(_ipv4(ZodIPv4, params));
  },
  ipv6(params) {
    return this.check(_ipv6(ZodIPv6, params));
  },
  cidrv4(params) {
    return this.check(_cidrv4(ZodCIDRv4, params));
  },
  cidrv6(params) {
    return this.check(_cidrv6(ZodCIDRv6, params));
  },
  e164(params) {
    return this.check(_e164(ZodE164, params));
  },
  datetime(params) {
    return this.check(_isoDateTime(ZodISODateTime, params));
  },
  date(params) {
    return this.check(_isoDate(ZodISODate, params));
  },
  time(params) {
    return this.check(_isoTime(ZodISOTime, params));
  },
  duration(params) {
    return this.check(_isoDuration(ZodISODuration, params));
  }
});
function string2(params) {
  return _string(ZodString, params);
}
var ZodStringFormat = /* @__PURE__ */ $constructor("ZodStringFormat", (inst, def2) => {
  $ZodStringFormat.init(inst, def2);
  _ZodString.init(inst, def2);
});
var ZodISODateTime = /* @__PURE__ */ $constructor("ZodISODateTime", (inst, def2) => {
  $ZodISODateTime.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodISODate = /* @__PURE__ */ $constructor("ZodISODate", (inst, def2) => {
  $ZodISODate.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodISOTime = /* @__PURE__ */ $constructor("ZodISOTime", (inst, def2) => {
  $ZodISOTime.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodISODuration = /* @__PURE__ */ $constructor("ZodISODuration", (inst, def2) => {
  $ZodISODuration.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodEmail = /* @__PURE__ */ $constructor("ZodEmail", (inst, def2) => {
  $ZodEmail.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodGUID = /* @__PURE__ */ $constructor("ZodGUID", (inst, def2) => {
  $ZodGUID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodUUID = /* @__PURE__ */ $constructor("ZodUUID", (inst, def2) => {
  $ZodUUID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodURL = /* @__PURE__ */ $constructor("ZodURL", (inst, def2) => {
  $ZodURL.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodEmoji = /* @__PURE__ */ $constructor("ZodEmoji", (inst, def2) => {
  $ZodEmoji.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodNanoID = /* @__PURE__ */ $constructor("ZodNanoID", (inst, def2) => {
  $ZodNanoID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodCUID = /* @__PURE__ */ $constructor("ZodCUID", (inst, def2) => {
  $ZodCUID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodCUID2 = /* @__PURE__ */ $constructor("ZodCUID2", (inst, def2) => {
  $ZodCUID2.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodULID = /* @__PURE__ */ $constructor("ZodULID", (inst, def2) => {
  $ZodULID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodXID = /* @__PURE__ */ $constructor("ZodXID", (inst, def2) => {
  $ZodXID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodKSUID = /* @__PURE__ */ $constructor("ZodKSUID", (inst, def2) => {
  $ZodKSUID.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodIPv4 = /* @__PURE__ */ $constructor("ZodIPv4", (inst, def2) => {
  $ZodIPv4.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodIPv6 = /* @__PURE__ */ $constructor("ZodIPv6", (inst, def2) => {
  $ZodIPv6.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodCIDRv4 = /* @__PURE__ */ $constructor("ZodCIDRv4", (inst, def2) => {
  $ZodCIDRv4.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodCIDRv6 = /* @__PURE__ */ $constructor("ZodCIDRv6", (inst, def2) => {
  $ZodCIDRv6.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodBase64 = /* @__PURE__ */ $constructor("ZodBase64", (inst, def2) => {
  $ZodBase64.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodBase64URL = /* @__PURE__ */ $constructor("ZodBase64URL", (inst, def2) => {
  $ZodBase64URL.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodE164 = /* @__PURE__ */ $constructor("ZodE164", (inst, def2) => {
  $ZodE164.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodJWT = /* @__PURE__ */ $constructor("ZodJWT", (inst, def2) => {
  $ZodJWT.init(inst, def2);
  ZodStringFormat.init(inst, def2);
});
var ZodNumber = /* @__PURE__ */ $constructor(
  "ZodNumber",
  (inst, def2) => {
    $ZodNumber.init(inst, def2);
    ZodType.init(inst, def2);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
  },
  /* @__PURE__ */ util_exports.derived({
    minValue: (inst) => {
      const { minimum, exclusiveMinimum } = aggregateChecks(inst);
      return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
      const { maximum, exclusiveMaximum } = aggregateChecks(inst);
      return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
      const { isInt, multipleOf } = aggregateChecks(inst);
      return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null
  }, {
    gt(value, params) {
      return this.check(_gt(value, params));
    },
    gte(value, params) {
      return this.check(_gte(value, params));
    },
    min(value, params) {
      return this.check(_gte(value, params));
    },
    lt(value, params) {
      return this.check(_lt(value, params));
    },
    lte(value, params) {
      return this.check(_lte(value, params));
    },
    max(value, params) {
      return this.check(_lte(value, params));
    },
    int(params) {
      return this.check(int(params));
    },
    safe(params) {
      return this.check(int(params));
    },
    positive(params) {
      return this.check(_gt(0, params));
    },
    nonnegative(params) {
      return this.check(_gte(0, params));
    },
    negative(params) {
      return this.check(_lt(0, params));
    },
    nonpositive(params) {
      return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
      return this.check(_multipleOf(value, params));
    },
    step(value, params) {
      return this.check(_multipleOf(value, params));
    },
    finite() {
      return this;
    }
  })
);
function number2(params) {
  return _number(ZodNumber, params);
}
var ZodNumberFormat = /* @__PURE__ */ $constructor("ZodNumberFormat", (inst, def2) => {
  $ZodNumberFormat.init(inst, def2);
  ZodNumber.init(inst, def2);
});
function int(params) {
  return _int(ZodNumberFormat, params);
}
var ZodBoolean = /* @__PURE__ */ $constructor("ZodBoolean", (inst, def2) => {
  $ZodBoolean.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean2(params) {
  return _boolean(ZodBoolean, params);
}
var ZodUnknown = /* @__PURE__ */ $constructor("ZodUnknown", (inst, def2) => {
  $ZodUnknown.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
  return _unknown(ZodUnknown);
}
var ZodNever = /* @__PURE__ */ $constructor("ZodNever", (inst, def2) => {
  $ZodNever.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
  return _never(ZodNever, params);
}
var ZodArray = /* @__PURE__ */ $constructor("ZodArray", (inst, def2) => {
  _ensureDefaultMemoizer();
  $ZodArray.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
  inst.element = def2.element;
}, {
  min(n2, params) {
    return this.check(_minLength(n2, params));
  },
  nonempty(params) {
    return this.check(_minLength(1, params));
  },
  max(n2, params) {
    return this.check(_maxLength(n2, params));
  },
  length(n2, params) {
    return this.check(_length(n2, params));
  },
  unwrap() {
    return this.element;
  }
});
function array(element, params) {
  return _array(ZodArray, element, params);
}
var ZodObject = /* @__PURE__ */ $constructor("ZodObject", (inst, def2) => {
  _ensureDefaultMemoizer();
  $ZodObjectJIT.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
  util_exports.installLazyProp(inst, "shape", (self2) => self2._zod.def.shape, false);
}, {
  keyof() {
    return _enum(Object.keys(this._zod.def.shape));
  },
  catchall(catchall) {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall }));
  },
  passthrough() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  loose() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: unknown() }));
  },
  strict() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: never() }));
  },
  strip() {
    return this.clone(util_exports.mergeDefs(this._zod.def, { catchall: void 0 }));
  },
  extend(incoming) {
    return util_exports.extend(this, incoming);
  },
  safeExtend(incoming) {
    return util_exports.safeExtend(this, incoming);
  },
  merge(other) {
    return util_exports.merge(this, other);
  },
  pick(mask) {
    return util_exports.pick(this, mask);
  },
  omit(mask) {
    return util_exports.omit(this, mask);
  },
  partial(...args) {
    return util_exports.partial(ZodOptional, this, args[0]);
  },
  exactPartial(...args) {
    return util_exports.partial(ZodExactOptional, this, args[0], "exactPartial");
  },
  required(...args) {
    return util_exports.required(ZodNonOptional, this, args[0]);
  }
});
function object(shape, params) {
  const def2 = {
    type: "object",
    shape: shape ?? {},
    ...util_exports.normalizeParams(params)
  };
  return new ZodObject(def2);
}
var ZodUnion = /* @__PURE__ */ $constructor("ZodUnion", (inst, def2) => {
  $ZodUnion.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
  inst.options = def2.options;
});
function union(options, params) {
  return new ZodUnion({
    type: "union",
    options,
    ...util_exports.normalizeParams(params)
  });
}
var ZodIntersection = /* @__PURE__ */ $constructor("ZodIntersection", (inst, def2) => {
  $ZodIntersection.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
  return new ZodIntersection({
    type: "intersection",
    left,
    right
  });
}
var ZodEnum = /* @__PURE__ */ $constructor("ZodEnum", (inst, def2) => {
  $ZodEnum.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
  inst.enum = def2.entries;
  inst.options = [...inst._zod.values];
  const keys = new Set(Object.keys(def2.entries));
  inst.extract = (values, params) => {
    const newEntries = {};
    for (const value of values) {
      if (keys.has(value)) {
        newEntries[value] = def2.entries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def2,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
  inst.exclude = (values, params) => {
    const newEntries = { ...def2.entries };
    for (const value of values) {
      if (keys.has(value)) {
        delete newEntries[value];
      } else
        throw new Error(`Key ${value} not found in enum`);
    }
    return new ZodEnum({
      ...def2,
      checks: [],
      ...util_exports.normalizeParams(params),
      entries: newEntries
    });
  };
});
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodEnum({
    type: "enum",
    entries,
    ...util_exports.normalizeParams(params)
  });
}
var ZodTransform = /* @__PURE__ */ $constructor("ZodTransform", (inst, def2) => {
  _ensureDefaultMemoizer();
  $ZodTransform.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
  inst._zod.parse = (payload, _ctx) => {
    if (_ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    payload.addIssue = (issue2) => {
      if (typeof issue2 === "string") {
        payload.issues.push(util_exports.issue(issue2, payload.value, def2));
      } else {
        const _issue = issue2;
        if (_issue.fatal)
          _issue.continue = false;
        _issue.code ?? (_issue.code = "custom");
        if (!("input" in _issue))
          _issue.input = payload.value;
        _issue.inst ?? (_issue.inst = inst);
        payload.issues.push(util_exports.issue(_issue));
      }
    };
    const output = def2.transform(payload.value, payload);
    if (output instanceof Promise) {
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    payload.value = output;
    return payload;
  };
});
function transform(fn) {
  return new ZodTransform({
    type: "transform",
    transform: fn
  });
}
var ZodOptional = /* @__PURE__ */ $constructor("ZodOptional", (inst, def2) => {
  $ZodOptional.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
  return new ZodOptional({
    type: "optional",
    innerType
  });
}
var ZodExactOptional = /* @__PURE__ */ $constructor("ZodExactOptional", (inst, def2) => {
  $ZodExactOptional.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
  return new ZodExactOptional({
    type: "optional",
    innerType
  });
}
var ZodNullable = /* @__PURE__ */ $constructor("ZodNullable", (inst, def2) => {
  $ZodNullable.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
  return new ZodNullable({
    type: "nullable",
    innerType
  });
}
var ZodDefault = /* @__PURE__ */ $constructor("ZodDefault", (inst, def2) => {
  $ZodDefault.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
  return new ZodDefault({
    type: "default",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodPrefault = /* @__PURE__ */ $constructor("ZodPrefault", (inst, def2) => {
  $ZodPrefault.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
  return new ZodPrefault({
    type: "prefault",
    innerType,
    get defaultValue() {
      return typeof defaultValue === "function" ? defaultValue() : util_exports.shallowClone(defaultValue);
    }
  });
}
var ZodNonOptional = /* @__PURE__ */ $constructor("ZodNonOptional", (inst, def2) => {
  $ZodNonOptional.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
  return new ZodNonOptional({
    type: "nonoptional",
    innerType,
    ...util_exports.normalizeParams(params)
  });
}
var ZodCatch = /* @__PURE__ */ $constructor("ZodCatch", (inst, def2) => {
  $ZodCatch.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
  inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
  return new ZodCatch({
    type: "catch",
    innerType,
    catchValue: typeof catchValue === "function" ? catchValue : util_exports.constantCatch(catchValue)
  });
}
var ZodPipe = /* @__PURE__ */ $constructor("ZodPipe", (inst, def2) => {
  $ZodPipe.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
  inst.in = def2.in;
  inst.out = def2.out;
});
function pipe(in_, out) {
  return new ZodPipe({
    type: "pipe",
    in: in_,
    out
    // ...util.normalizeParams(params),
  });
}
var ZodReadonly = /* @__PURE__ */ $constructor("ZodReadonly", (inst, def2) => {
  $ZodReadonly.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
  inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
  return new ZodReadonly({
    type: "readonly",
    innerType
  });
}
var ZodCustom = /* @__PURE__ */ $constructor("ZodCustom", (inst, def2) => {
  $ZodCustom.init(inst, def2);
  ZodType.init(inst, def2);
  inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
  return _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
  return _superRefine(fn, params);
}

// src/templating/reason-fields.ts
var said = (what) => string2().describe(`${what}, said by reasons/probe-list.hbs`);
var FIELDS = {
  kind: string2().describe("the reason kind (the template's name)|api-errors"),
  layer: string2().describe("the layer the reason speaks about|provider-api"),
  weight: number2().describe("how much it adds to the layer's score (negative: it speaks against the layer)|3"),
  provider: string2().describe("the provider's name, said by reasons/provider.hbs|Anthropic"),
  probes: said("the probes the reason cites"),
  failing: said("the failing probes the reason cites"),
  passing: said("the passing probes the reason cites"),
  page: string2().describe(`the status page's name; "" when it has none|Anthropic`),
  indicator: string2().describe("the status page's indicator|major"),
  count: number2().describe("how many models fail|2"),
  models: array(string2()).describe("the failing models' ids|claude-opus-4-7"),
  failingModels: array(string2()).describe("the models that fail|claude-opus-4-7"),
  passingModels: array(string2()).describe("the models that succeed|claude-sonnet-4-6"),
  failingOne: boolean2().describe("exactly one model fails"),
  passingOne: boolean2().describe("exactly one model succeeds"),
  incident: object({
    where: string2().describe("the status page's host, else the provider's name|status.claude.com"),
    name: string2().describe("the incident's title|Elevated errors on Claude Opus 4.7"),
    status: string2().describe("the incident's status|investigating"),
    since: string2().describe('when it started, in UTC; "" when unknown|06:12 UTC')
  }).describe("the provider's incident"),
  first: string2().describe("the layer ranked first|provider-api"),
  second: string2().describe("the layer ranked second|model-endpoint")
};
var COMMON = ["kind", "layer", "weight", "provider"];
var KIND_FIELDS = {
  "handler-fails-direct-ok": ["failing", "passing"],
  "handler-fails-no-direct": ["failing"],
  "rejects-key": ["probes"],
  "refuses-quota": ["probes"],
  "unknown-model": ["probes"],
  "direct-fails-too": ["probes"],
  "incident-open": [],
  offline: [],
  unreachable: ["probes"],
  "no-http-answer": [],
  "status-operational": ["page"],
  "answered-some": ["probes"],
  "reach-mixed": [],
  "api-errors": ["probes"],
  "errors-span-models": ["count", "models"],
  incident: ["incident"],
  "blames-us": ["probes"],
  "incident-but-direct-ok": ["passing"],
  "incident-unrelated": ["incident"],
  "status-indicator": ["page", "indicator"],
  "direct-ok": ["passing"],
  "status-quiet": ["page"],
  "models-split": ["failingModels", "passingModels", "failingOne", "passingOne"],
  "models-span": ["models"],
  "answers-fail-checks": ["probes"],
  "canary-passes": ["probes"],
  "no-evidence": [],
  "nothing-failed": [],
  "two-layers": ["first", "second"]
};
var ProbeFactSchema = object({
  id: string2().describe("the probe's id|anthropic-opus"),
  layer: string2().describe("the layer the probe tests|model-endpoint"),
  ok: boolean2().describe("the probe passed"),
  what: string2().describe("the request's target, else the probe's id|POST https://api.anthropic.com/v1/messages"),
  model: string2().describe('the model, when the target does not name it; "" otherwise|claude-opus-4-7'),
  counted: boolean2().describe("the probe ran more than one sample"),
  count: number2().describe("samples that passed (a passing probe) or failed|3"),
  total: number2().describe("samples run|3"),
  status: number2().describe("the HTTP status; 0 when none|529"),
  errorType: string2().describe(`the provider's error type; "" when none|overloaded_error`),
  outcome: string2().describe("ok, http-status, timeout, dns, refused, tls, reset, mismatch or error|http-status"),
  httpStatus: boolean2().describe("it failed with an HTTP status"),
  mismatch: boolean2().describe("it got an answer that failed its check"),
  timeout: boolean2().describe("it timed out"),
  check: string2().describe('why the answer failed its check, as the probe recorded it; "" when not recorded'),
  detail: string2().describe("the probe's own detail|getaddrinfo ENOTFOUND api.anthropic.com"),
  latencyMs: number2().describe("how long it took, in ms|5000")
}).describe("one probe");
var REASON_SCHEMAS = new Map([
  ...REASON_KINDS.map(
    (k) => [
      `reasons/${k}`,
      object(Object.fromEntries([...COMMON, ...KIND_FIELDS[k]].map((f) => [f, FIELDS[f]])))
    ]
  ),
  ["reasons/probe", ProbeFactSchema],
  [
    "reasons/probe-list",
    object({
      lines: array(string2()).describe("each probe, said by reasons/probe.hbs"),
      more: number2().describe("how many more probes there are|1")
    })
  ],
  [
    "reasons/provider",
    object({ name: string2().describe(`the provider's name; "" when the evidence names none|Anthropic`) })
  ],
  [
    "reasons/seen-probe",
    object({
      kind: string2(),
      ok: boolean2().describe("the probe passed"),
      probe: ProbeFactSchema,
      line: string2().describe("the probe, said by reasons/probe.hbs")
    })
  ],
  [
    "reasons/seen-status",
    object({
      kind: string2(),
      ok: boolean2().describe("fully operational (the indicator is none)"),
      name: string2().describe("the status page's name|Anthropic"),
      error: string2().describe('why the status is unknown; "" when it was read|timeout'),
      description: string2().describe("the page's own summary|All Systems Operational"),
      incidents: array(
        object({
          name: string2().describe("an open incident's title"),
          status: string2().describe("its status")
        })
      ).describe("open incidents")
    })
  ]
]);

// src/lint/scan.ts
var import_handlebars2 = __toESM(require_lib(), 1);

// src/drafts/context.ts
var Time = object({
  iso: string2().describe("ISO 8601 instant|2026-05-14T14:30:00.000Z"),
  utc: string2().describe("clock time in UTC|14:30 UTC"),
  local: string2().describe("clock time in the product's time zone (the same as utc when that is UTC)|16:30 CEST"),
  both: string2().describe("UTC, and local time when the zone is not UTC|14:30 UTC (16:30 CEST)")
}).describe("a time");
var Flags = (ids, what) => object(
  Object.fromEntries(ids.map((id) => [camel(id), boolean2().describe(`true when ${what} is ${id}`)]))
);
var LayerRef = (what) => object({
  id: string2().describe(`the ${what} layer's id|provider-api`),
  providerLayer: boolean2().describe(`the ${what} layer is the provider's (drafts name the provider)`),
  ourSide: boolean2().describe(`the ${what} layer is on our side (our integration or our network)`),
  is: Flags(LAYER_IDS, `the ${what} layer`)
});
var TemplateContextSchema = object({
  product: object({
    name: string2().describe("our product|Acme Notes"),
    feature: string2().describe("what users call the AI part of it (the product name when none is configured)|Acme AI"),
    statusUrl: string2().describe('our status page, or ""|https://status.acme.example')
  }),
  incident: object({
    id: string2().describe("the incident's id|inc-2026-05-14"),
    update: number2().int().positive().describe("1 for the first update, 2 for the next \u2026|2"),
    isFollowUp: boolean2().describe("update is 2 or more"),
    startedAt: Time.describe(
      "when the incident started: --started, else the first evidence with a failing probe, else the first update"
    ),
    endedAt: Time.describe(
      "when it was fixed: --resolved-at, else the first evidence with every probe passing, else this update's time"
    ),
    sameMinute: boolean2().describe('startedAt and endedAt show the same minute: say when it was fixed, not "from 14:02 to 14:02"')
  }),
  phase: object({
    id: _enum(PHASES).describe("this update's phase|monitoring"),
    past: boolean2().describe("the fault is no longer happening (monitoring, resolved): say what was failing in the past tense"),
    is: Flags(PHASES, "the phase")
  }),
  layer: LayerRef("published").extend({
    name: string2().describe(
      "a team's own layer's plain name from config, else the layer id (words are phrases/layer-name/)|provider-api"
    )
  }),
  provider: object({
    id: string2().describe(`the provider's id, or ""|anthropic`),
    name: string2().describe(`the provider's plain name, or "" when none is named|Anthropic`),
    named: boolean2().describe("name is not empty"),
    statusUrl: string2().describe(`the provider's status page, or ""|https://status.claude.com`),
    incident: object({
      open: boolean2().describe("the evidence holds an open incident of this provider (only then may a draft mention it)"),
      name: string2().describe('its title, or ""|Elevated errors on Claude Opus 4.7'),
      status: string2().describe(`its status on the provider's page, or ""|investigating`),
      url: string2().describe('its page, or ""|https://status.claude.com/incidents/abc')
    })
  }),
  models: object({
    list: array(
      object({
        id: string2().describe("model id|claude-opus-4-7"),
        name: string2().describe("display name (the id when unknown)|Claude Opus 4.7")
      })
    ).describe("affected models"),
    any: boolean2().describe("list is not empty"),
    count: number2().int().nonnegative().describe("how many|1")
  }),
  impact: object({
    text: string2().describe(
      `the operator's sentence on users' impact for this phase, or "" (templates then say it)|Search is failing for customers in the UAE.`
    ),
    given: boolean2().describe("text is not empty"),
    reported: string2().describe(
      'the impact the operator gave while the fault was happening, carried to later updates, or ""|Search is failing for customers in the UAE.'
    ),
    past: string2().describe(
      'the widest impact the operator stated while the fault was happening, in the past tense, or "" when none was stated or it cannot be put in the past safely|Search was failing for customers in the UAE.'
    ),
    level: _enum(["none", "minor", "major", "critical"]).describe("severity for our status page|major")
  }),
  evidence: object({
    errors: array(
      object({
        status: number2().int().nonnegative().describe("HTTP status, or 0 when none was received|529"),
        kind: _enum(ERROR_KINDS).describe("what kind of failure|overloaded"),
        is: Flags(ERROR_KINDS, "the kind"),
        word: _enum(ERROR_WORDS).describe(
          "which words name it (phrases/error-word/WORD.hbs): http-KIND with a status, http when the kind has no word beside one; without a status the kind (timeout, dns, refused, reset, tls, mismatch), else connection-error|http-overloaded"
        )
      })
    ).describe("the failures that support the published layer, most frequent first (at most two)"),
    anyErrors: boolean2().describe("errors is not empty"),
    lines: array(string2()).describe(
      "operator-facing evidence lines that support the published layer (internal channels only)|3/3 POST /v1/messages (claude-opus-4-7) \u2192 529 overloaded_error"
    ),
    takenAt: Time.describe("when the evidence was taken")
  }),
  action: object({
    text: string2().describe(
      `what we are doing, from the operator or the layer's mitigation in config, or ""|We switched requests to our West US deployment.`
    ),
    given: boolean2().describe("text is not empty"),
    case: _enum(ACTION_CASES).describe(
      "what phrases/action/CASE.hbs says: given (the text); else by phase and layer: investigating; identified: fixing (ours or no provider), following-provider-incident, tracking-provider; monitoring: checking-answers (model-quality), watching-models (model-endpoint with models), watching-layer (the provider's), watching-fix (ours); none at resolved|tracking-provider"
    )
  }),
  now: Time.describe("this update's time"),
  nextUpdate: object({
    has: boolean2().describe("a next update is promised (every phase but resolved)"),
    minutes: number2().int().nonnegative().describe("minutes from now|30"),
    at: Time
  }),
  previous: object({
    has: boolean2().describe("this is a follow-up"),
    layer: LayerRef("previously published").extend({
      name: string2().describe('its plain name from config, else its id, or ""|provider-api')
    }),
    phase: object({
      id: string2().describe(`the previous update's phase, or ""|identified`),
      is: Flags(PHASES, "the previous phase")
    })
  }),
  correction: object({
    has: boolean2().describe("the published layer changed since the previous update: this update corrects it (once)"),
    kind: _enum(CORRECTION_KINDS).describe(
      "which change phrases/correction/KIND.hbs says: update (the earlier cause was unknown), retraction (a cause named earlier is now unknown), correction (one cause for another), none when has is false|correction"
    )
  }),
  dataLoss: object({
    text: string2().describe(`the operator's word on data loss at resolved, or ""|No data was lost.`),
    given: boolean2().describe("text is not empty")
  }),
  notes: string2().describe(`the operator's free text, or ""|We have paused scheduled summaries.`)
});

// src/lint/scan.ts
var DATA_VARS = { index: "number", first: "boolean", last: "boolean", key: "string" };
function pos(node2) {
  return { line: node2.loc?.start.line ?? 1, column: (node2.loc?.start.column ?? 0) + 1 };
}
function isPath(node2) {
  return node2?.type === "PathExpression";
}
function simpleName(p) {
  return !p.data && p.depth === 0 && p.parts.length === 1 && !/^(\.|this\b)/.test(p.original) ? p.parts[0] : void 0;
}
var ContextWalker = class extends import_handlebars2.default.Visitor {
  refs = [];
  unescaped = [];
  partials = [];
  partialCalls = [];
  frames;
  /** The lowest frame ../ may reach: 0 in a template, the partial's own context in a partial. */
  floor;
  params = [];
  helpers;
  constructor(schema, helpers, scope) {
    super();
    this.frames = scope ? [...scope.frames] : [{ type: schema, canonical: "", each: false }];
    this.floor = scope?.floor ?? 0;
    this.helpers = new Set(helpers);
  }
  /** Resolve a path expression in the current scope; records a variable reference. */
  resolve(p) {
    const r = this.lookup(p);
    const ref = { kind: "variable", name: p.original, ...pos(p) };
    if ("error" in r) ref.problem = r.error;
    else ref.canonical = r.canonical;
    this.refs.push(ref);
    return "error" in r ? void 0 : r;
  }
  lookup(p) {
    const root2 = this.frames[0];
    if (p.data) {
      const [head, ...rest] = p.parts;
      if (head === "root") return resolveParts(root2, rest, p.original);
      if (head && head in DATA_VARS) {
        if (!this.frames.some((f) => f.each)) return { error: `"${p.original}" is only defined inside #each` };
        if (rest.length) return { error: `"${p.original}": @${head} is a ${DATA_VARS[head]}` };
        return { type: "any", canonical: `@${head}` };
      }
      return { error: `"${p.original}" is not a data variable layerpost defines (@root, @index, @first, @last, @key)` };
    }
    const scoped = /^(\.|this\b)/.test(p.original);
    if (!scoped && p.depth === 0 && p.parts.length > 0) {
      for (let i = this.params.length - 1; i >= 0; i--) {
        const bp = this.params[i].get(p.parts[0]);
        if (bp) return resolveParts(bp, p.parts.slice(1), p.original);
      }
    }
    const at = this.frames.length - 1 - p.depth;
    if (at < 0) return { error: `"${p.original}" goes above the template's root context` };
    if (at < this.floor)
      return {
        error: `"${p.original}" goes above the partial's own context; pass what it needs as an argument ({{> name path}} or name=value)`
      };
    return resolveParts(this.frames[at], p.parts, p.original);
  }
  /** A mustache, sub-expression or block head: a helper call when it has params or a hash, else a value. */
  head(node2) {
    const path = node2.path;
    const call = node2.params.length > 0 || (node2.hash?.pairs.length ?? 0) > 0 || node2.type === "SubExpression";
    if (!isPath(path)) {
      this.acceptArray(node2.params);
      if (node2.hash) this.accept(node2.hash);
      return {};
    }
    const name = simpleName(path);
    if (call || name !== void 0 && this.helpers.has(name)) {
      const ref = { kind: "helper", name: path.original, ...pos(path) };
      if (name === void 0)
        ref.problem = `"${path.original}" is called with arguments, but only a helper name can be (known helpers: ${[...this.helpers].join(", ")})`;
      else if (!this.helpers.has(name))
        ref.problem = `unknown helper "${name}" (known: ${[...this.helpers].join(", ")})`;
      this.refs.push(ref);
      return { helper: name ?? path.original };
    }
    return { value: this.resolve(path) };
  }
  /** Paths a helper call or value reads from, for unsafe-html. */
  sources(node2, value) {
    if (value) return [value.canonical];
    const out = [];
    const visit = (e) => {
      if (isPath(e)) {
        const r = this.lookup(e);
        if (!("error" in r)) out.push(r.canonical);
      } else if (e.type === "SubExpression") e.params.forEach(visit);
    };
    node2.params.forEach(visit);
    return out;
  }
  MustacheStatement(m) {
    const h = this.head(m);
    if (h.helper !== void 0) {
      this.acceptArray(m.params);
      this.accept(m.hash);
    }
    if (!m.escaped)
      this.unescaped.push({
        name: isPath(m.path) ? m.path.original : String(m.path.original),
        ...pos(m),
        sources: this.sources(m, h.value)
      });
  }
  SubExpression(s) {
    if (this.head(s).helper === void 0) return;
    this.acceptArray(s.params);
    this.accept(s.hash);
  }
  Decorator(d) {
    this.refs.push({
      kind: "helper",
      name: `*${isPath(d.path) ? d.path.original : ""}`,
      ...pos(d),
      problem: "decorators are not supported in layerpost templates"
    });
  }
  DecoratorBlock(d) {
    this.Decorator(d);
    this.accept(d.program);
  }
  PathExpression(p) {
    this.resolve(p);
  }
  BlockStatement(b) {
    const h = this.head(b);
    const first = b.params[0];
    if (h.helper !== void 0) {
      const rest = h.helper === "each" || h.helper === "with" ? b.params.slice(1) : b.params;
      const target = (h.helper === "each" || h.helper === "with") && isPath(first) ? this.resolve(first) : void 0;
      if ((h.helper === "each" || h.helper === "with") && first && !isPath(first)) this.accept(first);
      this.acceptArray(rest);
      this.accept(b.hash);
      if (h.helper === "each") {
        const item = target ? { type: elementOf(target.type), canonical: `${target.canonical}[]` } : { type: "any", canonical: "" };
        this.block(b.program, { ...item, each: true }, [item, { type: "any", canonical: "@index" }]);
      } else if (h.helper === "with") {
        const ctx = target ?? { type: "any", canonical: "" };
        this.block(b.program, { ...ctx, each: false }, [ctx]);
      } else {
        this.block(b.program, void 0, []);
      }
      this.block(b.inverse, void 0, []);
      return;
    }
    const v = h.value;
    const kind = v ? kindOf2(v.type) : "any";
    if (v && (kind === "array" || kind === "record")) {
      const item = { type: elementOf(v.type), canonical: `${v.canonical}[]` };
      this.block(b.program, { ...item, each: true }, [item]);
    } else if (v && kind === "object") {
      this.block(b.program, { ...v, each: false }, [v]);
    } else {
      this.block(b.program, void 0, []);
    }
    this.block(b.inverse, void 0, []);
  }
  /** Walk a block's program, with a new context frame (each/with) and its block params bound. */
  block(program, frame, bind) {
    if (!program) return;
    if (frame) this.frames.push(frame);
    const names = program.blockParams ?? [];
    this.params.push(new Map(names.map((n2, i) => [n2, bind[i] ?? { type: "any", canonical: "" }])));
    this.acceptArray(program.body);
    this.params.pop();
    if (frame) this.frames.pop();
  }
  PartialStatement(p) {
    this.partial(p);
  }
  PartialBlockStatement(p) {
    this.partial(p);
    this.block(p.program, void 0, []);
  }
  partial(p) {
    const n2 = p.name;
    if (isPath(n2)) {
      if (!n2.data) {
        this.partials.push(n2.original);
        this.refs.push({ kind: "partial", name: n2.original, ...pos(n2) });
        this.partialCalls.push({ name: n2.original, scope: this.partialScope(p) });
      }
    } else if (n2.type === "SubExpression") {
      this.refs.push({
        kind: "partial",
        name: "(dynamic)",
        ...pos(n2),
        problem: "a partial chosen at render time cannot be checked; name it"
      });
      this.accept(n2);
    }
    this.acceptArray(p.params);
    this.accept(p.hash);
  }
  /**
   * The context a partial call renders in: the current stack, then the context argument ({{> name models}}) if any.
   * Hash arguments ({{> name label="…"}}) add fields the schema does not know, so such a context is not checked.
   */
  partialScope(p) {
    const frames = [...this.frames];
    const arg = p.params[0];
    if (arg) {
      const r = isPath(arg) ? this.lookup(arg) : void 0;
      frames.push(r && !("error" in r) ? { ...r, each: false } : { type: "any", canonical: "", each: false });
    }
    if (p.hash?.pairs.length) frames[frames.length - 1] = { ...frames[frames.length - 1], type: "any" };
    const floor = frames.length - 1;
    const key = frames.length === 1 && frames[0].type !== "any" ? "" : frames.map((f) => `${f.canonical}${f.each ? "#" : ""}${f.type === "any" ? "*" : ""}`).join(">");
    return { key, frames, floor };
  }
};
var DIRECTIVE = /\{\{!(?:--)?\s*layerpost-disable\b([\s\S]*?)(?:--)?\}\}/g;
function disabledRules(source) {
  const out = /* @__PURE__ */ new Set();
  for (const m of source.matchAll(DIRECTIVE)) {
    const ids = m[1].split(/[\s,]+/).filter(Boolean);
    if (ids.length === 0) return "all";
    for (const id of ids) out.add(id);
  }
  return out;
}
var parsed = perString(2e3, (source) => {
  try {
    return import_handlebars2.default.parse(source);
  } catch {
    return void 0;
  }
});
function scanTemplate(source, opts = {}) {
  const disabled = disabledRules(source);
  let ast;
  try {
    ast = parsed(source) ?? import_handlebars2.default.parse(source);
  } catch (err) {
    const d = describeHandlebarsError(err, source);
    const lexer = import_handlebars2.default.Parser?.lexer?.yylloc;
    const line = d.line ?? lexer?.first_line ?? 1;
    const column = d.column !== void 0 ? d.column + 1 : lexer && lexer.first_line === line ? lexer.first_column + 1 : 1;
    return {
      parseError: { message: d.message, line, column },
      refs: [],
      unescaped: [],
      disabled,
      partials: [],
      partialCalls: []
    };
  }
  const walker = new ContextWalker(
    opts.schema ?? TemplateContextSchema,
    opts.helpers ?? [...BUILTIN_HELPERS, ...CUSTOM_HELPERS],
    opts.scope
  );
  walker.accept(ast);
  return {
    refs: walker.refs,
    unescaped: walker.unescaped,
    disabled,
    partials: [...new Set(walker.partials)],
    partialCalls: walker.partialCalls
  };
}

// src/lint/scans.ts
function scansOf(set2) {
  const files = [...set2.templates.values(), ...set2.partials.values()];
  const scan = (f) => scanTemplate(f.source, { schema: REASON_SCHEMAS.get(f.name) });
  return withCallScopes(set2, new Map(files.map((f) => [f, scan(f)])));
}
function fromScanData(set2, data) {
  const out = /* @__PURE__ */ new Map();
  for (const f of [...set2.templates.values(), ...set2.partials.values()]) {
    const d = data[f.name];
    if (d?.source !== f.source) return void 0;
    out.set(f, {
      ...d.parseError ? { parseError: d.parseError } : {},
      refs: d.refs,
      unescaped: d.unescaped,
      disabled: d.disabled === "all" ? "all" : new Set(d.disabled),
      partials: d.partials,
      partialCalls: []
    });
  }
  return out;
}
function withCallScopes(set2, scans) {
  const seen = /* @__PURE__ */ new Map();
  const queue = [...set2.templates.values()].flatMap((f) => scans.get(f)?.partialCalls ?? []);
  while (queue.length) {
    const call = queue.pop();
    for (const f of partialFiles(set2, call.name)) {
      const root2 = scans.get(f);
      if (!root2 || root2.parseError) continue;
      const byScope = seen.get(f) ?? /* @__PURE__ */ new Map();
      seen.set(f, byScope);
      if (byScope.has(call.scope.key) || byScope.size >= 32) continue;
      const scan = call.scope.key === "" ? root2 : inScope(scanTemplate(f.source, { scope: call.scope }), call.scope.frames.at(-1).canonical);
      byScope.set(call.scope.key, scan);
      queue.push(...scan.partialCalls);
    }
  }
  const out = new Map(scans);
  for (const [f, byScope] of seen) {
    const all = [...byScope.entries()].map(
      ([key, scan]) => key === "" && byScope.size > 1 ? inScope(scan, "") : scan
    );
    const once = (items, key) => [
      ...new Map(items.map((t2) => [key(t2), t2])).values()
    ];
    out.set(f, {
      ...scans.get(f),
      refs: once(
        all.flatMap((s) => s.refs),
        (r) => [r.kind, r.name, r.line, r.column, r.problem ?? ""].join("\0")
      ),
      unescaped: once(
        all.flatMap((s) => s.unescaped),
        (u) => [u.name, u.line, u.column, ...u.sources].join("\0")
      )
    });
  }
  return out;
}
function inScope(scan, canonical) {
  const where = canonical ? `where the context is ${canonical}` : "at the root";
  return {
    ...scan,
    refs: scan.refs.map(
      (r) => r.problem && r.kind === "variable" ? { ...r, problem: `${r.problem} (as called ${where})` } : r
    )
  };
}

// src/lint/drafts.ts
function severityOf(rule, settings = {}) {
  const s = settings[rule.id];
  return s === "off" ? void 0 : s ?? rule.severity;
}
function activeRules(rules, kind, settings) {
  return rules.filter((r) => r.kind === kind).flatMap((rule) => {
    const severity = severityOf(rule, settings);
    return severity ? [{ rule, severity }] : [];
  });
}
function capped(severity, hit) {
  return hit.atMost === "warning" ? "warning" : severity;
}
function textHits(rules, text, part, channel, ctx, o, reference = false) {
  const out = [];
  const input = { text, part, channel, ctx, layers: o.layers, vaguePhrases: o.vaguePhrases };
  const push = (rule, severity, hits) => {
    for (const hit of hits) {
      out.push({ rule, severity, hit: part === "title" ? { ...hit, message: `title: ${hit.message}` } : hit });
    }
  };
  if (reference) {
    for (const { rule, severity } of rules) {
      if (part === "title" && rule.parts === "body") continue;
      const check = (t2) => rule.check({ ...input, text: t2 });
      const hits = rule.scope === "sentence" ? sentences(text).flatMap(check) : rule.check(input);
      push(rule, severity, hits);
    }
    return out;
  }
  const memo3 = hitMemo(ctx)(o.layers)(o.vaguePhrases);
  const pub = channel.public ? 2 : 0;
  let split;
  let slotsOf;
  for (const { rule, severity } of rules) {
    if (part === "title" && rule.parts === "body") continue;
    const at = ruleIndex(rule) * 4 + pub;
    const grow = (slot) => {
      while (slot.length <= at + 1) slot.push(void 0);
      return slot;
    };
    if (rule.scope === "sentence") {
      split ??= sentences(text);
      slotsOf ??= split.map((s) => slots(memo3, s));
      for (let i = 0; i < split.length; i++) {
        const slot = grow(slotsOf[i]);
        push(rule, severity, slot[at] ??= rule.check({ ...input, text: split[i] }));
      }
    } else {
      const slot = grow(slots(memo3, text));
      const k = at + (part === "title" ? 1 : 0);
      push(rule, severity, slot[k] ??= rule.check(input));
    }
  }
  return out;
}
var hitMemo = oncePer(
  (_ctx) => oncePer((_layers) => oncePer((_vague) => /* @__PURE__ */ new Map()))
);
function slots(memo3, text) {
  let s = memo3.get(text);
  if (!s) memo3.set(text, s = new Array(4 * (nextRuleIndex + 8)).fill(void 0));
  return s;
}
var ruleIndexes = /* @__PURE__ */ new WeakMap();
function ruleIndex(rule) {
  let i = ruleIndexes.get(rule);
  if (i === void 0) ruleIndexes.set(rule, i = nextRuleIndex++);
  return i;
}
var nextRuleIndex = 0;

// src/lint/index.ts
function active(kind, settings) {
  return activeRules(RULES, kind, settings);
}
var Collector = class {
  constructor(scans, onlyOrigin) {
    this.scans = scans;
    this.onlyOrigin = onlyOrigin;
  }
  scans;
  onlyOrigin;
  byKey = /* @__PURE__ */ new Map();
  add(rule, severity, file, hit, where, channel) {
    if (this.onlyOrigin && file.origin !== this.onlyOrigin) return;
    const off = this.scans.get(file)?.disabled;
    if (off === "all" || off?.has(rule.id)) return;
    const key = [rule.id, file.path, hit.line ?? "", hit.column ?? "", where ? "" : hit.message].join("\0");
    const entry = this.byKey.get(key);
    if (entry) {
      if (where) entry.cases.push(where);
      return;
    }
    const finding = { rule: rule.id, severity: capped(severity, hit), message: hit.message, file: file.path };
    if (hit.line !== void 0) finding.line = hit.line;
    if (hit.column !== void 0) finding.column = hit.column;
    if (channel) finding.channel = channel;
    this.byKey.set(key, { finding, cases: where ? [where] : [] });
  }
  findings() {
    return [...this.byKey.values()].map(
      ({ finding, cases }) => cases.length ? { ...finding, contexts: contextsOf(cases) } : finding
    );
  }
};
function contextsOf(cases) {
  const byTemplate = /* @__PURE__ */ new Map();
  for (const w of cases) byTemplate.set(w.template, [...byTemplate.get(w.template) ?? [], w]);
  const list = (items) => [...new Set(items)].join(", ");
  return [...byTemplate].map(([template, ws]) => {
    const layers = list(ws.map((w) => w.c.layer.id));
    const phases = list(ws.map((w) => w.c.phase));
    const profiles = list(ws.map((w) => w.c.profile.id));
    return `${template}: layer ${layers} \xD7 ${phases} \xD7 ${profiles} fixture (${ws.length} render${ws.length === 1 ? "" : "s"})`;
  });
}
function locate(needle, files, ctx) {
  for (const n2 of needle ? [needle, ...literalRuns(needle, ctx)] : []) {
    const lower = n2.toLowerCase();
    for (const f of files) {
      if (!rendersIn(f, ctx)) continue;
      const i = f.source.toLowerCase().indexOf(lower);
      if (i >= 0) {
        const before = f.source.slice(0, i).split("\n");
        return { file: f, line: before.length, column: before[before.length - 1].length + 1 };
      }
    }
  }
  return { file: files[0] };
}
function literalRuns(needle, ctx) {
  if (!ctx) return [];
  const values = [ctx.provider.name, ctx.product.name, ctx.product.feature, ...ctx.models.list.map((m) => m.name)].filter((v) => v.length > 0).sort((a, b) => b.length - a.length);
  let parts = [needle];
  for (const v of values) parts = parts.flatMap((p) => p.split(v));
  const runs = parts.map((p) => p.trim()).filter((p) => p.length >= 6 && p !== needle);
  return [...new Set(runs)].sort((a, b) => b.length - a.length);
}
function partialsOf(file, set2, scans) {
  const out = [];
  const visit = (f) => {
    for (const name of scans.get(f)?.partials ?? [])
      for (const p of partialFiles(set2, name))
        if (!out.includes(p)) {
          out.push(p);
          visit(p);
        }
  };
  visit(file);
  return out;
}
function renderable(file, set2, scans, lenient = false) {
  return [file, ...partialsOf(file, set2, scans)].every((f) => {
    const s = scans.get(f);
    return s && !s.parseError && s.refs.every(
      (r) => (!r.problem || lenient && r.kind === "variable") && (r.kind !== "partial" || partialFiles(set2, r.name).length > 0)
    );
  });
}
function track(worst, channelId, draft, c) {
  const w = worst.get(channelId);
  const overCount = (w?.overCount ?? 0) + (draft.overLimit ? 1 : 0);
  const renders = (w?.renders ?? 0) + 1;
  if (!w || draft.length / draft.limit > w.draft.length / w.draft.limit)
    worst.set(channelId, { draft, c, overCount, renders });
  else worst.set(channelId, { ...w, overCount, renders });
}
function lintTemplates(set2, opts = {}) {
  const layers = opts.layers ?? DEFAULT_LAYERS;
  const o = { layers, vaguePhrases: opts.vaguePhrases ?? DEFAULT_VAGUE_PHRASES };
  const files = [...set2.templates.values(), ...set2.partials.values()];
  const scans = (opts.scans && fromScanData(set2, opts.scans)) ?? scansOf(set2);
  const out = new Collector(scans, opts.onlyOrigin);
  for (const f of files)
    for (const { rule, severity } of active("template", opts.rules))
      for (const hit of rule.check({ file: f, scan: scans.get(f), set: set2 })) out.add(rule, severity, f, hit);
  const good = new Map(
    [...set2.templates].filter(([name, f]) => TEMPLATE_NAMES.includes(name) && renderable(f, set2, scans))
  );
  const partials = new Map([...set2.partials].filter(([, f]) => !scans.get(f).parseError));
  const syntax2 = RULES.find((r) => r.id === "syntax");
  const syntaxSeverity = severityOf(syntax2, opts.rules);
  const channelNames = [...set2.templates.keys()].filter((name) => TEMPLATE_NAMES.includes(name));
  let compiled = opts.precompiled && channelNames.every((name) => good.has(name)) && partials.size === set2.partials.size ? opts.precompiled : void 0;
  for (let attempt = 0; attempt <= set2.templates.size + set2.partials.size && !compiled; attempt++) {
    try {
      compiled = compileSet({ templates: good, partials, layered: set2.layered });
    } catch (err) {
      if (!(err instanceof TemplateError)) throw err;
      const bad = files.find((f) => f.path === err.file);
      if (!bad) throw err;
      if (syntaxSeverity)
        out.add(syntax2, syntaxSeverity, bad, {
          message: `cannot compile: ${err.detail}`,
          line: err.line,
          column: err.column !== void 0 ? err.column + 1 : void 0
        });
      good.delete(bad.name);
      partials.delete(partialName(bad.name) ?? bad.name);
    }
  }
  if (!compiled) compiled = compileSet({ templates: /* @__PURE__ */ new Map(), partials: /* @__PURE__ */ new Map(), layered: /* @__PURE__ */ new Map() });
  const strictSet = compiled;
  const lenientNames = [...set2.templates].filter(
    ([name, f]) => TEMPLATE_NAMES.includes(name) && !good.has(name) && renderable(f, set2, scans, true)
  );
  let lenient;
  if (lenientNames.length) {
    try {
      lenient = compileSet({ templates: new Map(lenientNames), partials, layered: set2.layered }, { strict: false });
    } catch {
      lenient = void 0;
    }
  }
  const canRender = (name) => strictSet.has(name) || Boolean(lenient?.has(name));
  const cases = renderCases(layers, opts.product);
  const text = active("text", opts.rules);
  const draftRules = active("draft", opts.rules);
  const bundleRules = active("bundle", opts.rules);
  const channels = CHANNEL_IDS.filter((c) => CHANNELS[c].variants.some((v) => templateName(canRender, c, v)));
  const worst = /* @__PURE__ */ new Map();
  const judged = /* @__PURE__ */ new Map();
  const withPartials = (name) => {
    const f = set2.templates.get(name);
    return [f, ...partialsOf(f, set2, scans)];
  };
  let renders = 0;
  for (const rc of cases) {
    const c = {
      ...rc,
      ctx: {
        ...rc.ctx,
        said: renderSaid(
          strictSet,
          rc.ctx,
          layers.map((l) => l.id)
        )
      }
    };
    const memo3 = /* @__PURE__ */ new Map();
    const renderer = {
      has: canRender,
      renderPhrase: (name, ctx, layerId) => strictSet.renderPhrase(name, ctx, layerId),
      render(name, ctx) {
        const strict = strictSet.has(name);
        const key = `${strict ? "s" : "l"}\0${set2.templates.get(name)?.source ?? name}`;
        let t2 = memo3.get(key);
        if (t2 === void 0) {
          renders++;
          t2 = (strict ? strictSet : lenient).render(name, ctx);
          memo3.set(key, t2);
        }
        return t2;
      }
    };
    const renderError = (name, err) => {
      const detail = err instanceof TemplateError ? err.detail : describeHandlebarsError(err).message;
      if (syntaxSeverity)
        out.add(
          syntax2,
          syntaxSeverity,
          set2.templates.get(name),
          { message: `cannot render: ${detail}` },
          { template: name, c }
        );
    };
    const bundle = [];
    for (const channelId of channels) {
      const channel = CHANNELS[channelId];
      const names = channelTemplates(channel).filter((n2) => canRender(n2));
      let failed = false;
      for (const name of names) {
        let rendered;
        try {
          rendered = renderer.render(name, c.ctx);
        } catch (err) {
          renderError(name, err);
          failed = true;
          continue;
        }
        const title = channel.title !== void 0 && name === channelTemplate(channelId, channel.title);
        const readable2 = readableText(normalizeWhitespace(rendered, title ? false : channel.markdown), channel);
        for (const h of textHits(text, readable2, title ? "title" : "body", channel, c.ctx, o, opts.reference)) {
          const at = locate(h.hit.needle, withPartials(name), c.ctx);
          out.add(
            h.rule,
            h.severity,
            at.file,
            { ...h.hit, line: h.hit.line ?? at.line, column: h.hit.column ?? at.column },
            { template: name, c }
          );
        }
      }
      if (failed) continue;
      const draft = renderChannel(renderer, channelId, c.ctx, { mastodonLimit: opts.mastodonLimit });
      bundle.push(draft);
      track(worst, channelId, draft, c);
      if (!CHANNELS[channelId].softLimit || c.profile.id === "typical") track(judged, channelId, draft, c);
    }
    for (const { rule, severity } of bundleRules)
      for (const hit of rule.check({ drafts: bundle, ctx: c.ctx, layers })) {
        const d = bundle.find((x) => x.channel === hit.channel);
        const name = isChannelId(hit.channel) ? templateName((n2) => set2.templates.has(n2), hit.channel, d?.variant ?? "default") : void 0;
        if (!name || !set2.templates.has(name)) continue;
        const at = locate(hit.needle, withPartials(name), c.ctx);
        out.add(
          rule,
          severity,
          at.file,
          { ...hit, line: hit.line ?? at.line, column: hit.column ?? at.column },
          { template: hit.channel, c },
          hit.channel
        );
      }
  }
  const lengths = [];
  const fileFor = (channelId, d) => {
    const title = CHANNELS[channelId].title;
    const name = title && canRender(channelTemplate(channelId, title)) ? channelTemplate(channelId, title) : channelTemplate(channelId, d.variant);
    return set2.templates.get(name);
  };
  for (const [channelId, w] of worst) {
    lengths.push({
      channel: channelId,
      file: fileFor(channelId, w.draft).path,
      variant: w.draft.variant,
      length: w.draft.length,
      limit: w.draft.limit,
      unit: w.draft.unit,
      over: w.draft.overLimit,
      case: describeCase(w.c),
      overCount: w.overCount,
      renders: w.renders
    });
  }
  for (const [channelId, w] of judged) {
    const where = `worst case: ${describeCase(w.c)} \u2014 ${w.c.profile.about}; over in ${w.overCount} of ${w.renders} renders`;
    for (const { rule, severity } of draftRules)
      for (const hit of rule.check(w.draft))
        out.add(rule, severity, fileFor(channelId, w.draft), { ...hit, message: `${hit.message} (${where})` });
  }
  const findings = out.findings().sort(
    (a, b) => (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule)
  );
  const filesChecked = opts.onlyOrigin ? files.filter((f) => f.origin === opts.onlyOrigin).length : files.length;
  return { findings, filesChecked, renders, cases: cases.length, lengths };
}

// ../../tmp/lintbench2.ts
var set = await loadTemplateSet();
var n = Number(process.argv[2] ?? 10);
lintTemplates(set);
var t = performance.now();
for (let k = 0; k < n; k++) lintTemplates(set, { product: { name: `Acme ${k}`, feature: "Acme AI" } });
console.log(`steady: ${((performance.now() - t) / n).toFixed(1)} ms per lint`);
//# sourceMappingURL=.lb2.mjs.map
