import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/graphology-utils/is-graph.js
var require_is_graph = __commonJS({
  "node_modules/graphology-utils/is-graph.js"(exports2, module2) {
    module2.exports = function isGraph(value) {
      return value !== null && typeof value === "object" && typeof value.addUndirectedEdgeWithKey === "function" && typeof value.dropNode === "function" && typeof value.multi === "boolean";
    };
  }
});

// node_modules/graphology-dag/has-cycle.js
var require_has_cycle = __commonJS({
  "node_modules/graphology-dag/has-cycle.js"(exports2, module2) {
    var isGraph = require_is_graph();
    var WHITE = void 0;
    var GREY = 0;
    var BLACK = 1;
    module2.exports = function hasCycle2(graph) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/has-cycle: the given graph is not a valid graphology instance."
        );
      if (graph.size === 0) return false;
      if (graph.selfLoopCount !== 0) return true;
      const labels = {};
      const stack = [];
      function neighborCallback(neighbor) {
        const neighborLabel = labels[neighbor];
        if (neighborLabel === WHITE) stack.push(neighbor);
        else if (neighborLabel === GREY) return true;
        return false;
      }
      return graph.someNode((node) => {
        if (labels[node] === BLACK) return false;
        stack.push(node);
        while (stack.length !== 0) {
          const current = stack[stack.length - 1];
          const currentLabel = labels[current];
          if (currentLabel !== GREY) {
            labels[current] = GREY;
            const shouldStop = graph.someOutboundNeighbor(
              current,
              neighborCallback
            );
            if (shouldStop) return true;
          } else if (currentLabel === GREY) {
            stack.pop();
            labels[current] = BLACK;
          }
        }
        return false;
      });
    };
  }
});

// node_modules/graphology-dag/will-create-cycle.js
var require_will_create_cycle = __commonJS({
  "node_modules/graphology-dag/will-create-cycle.js"(exports2, module2) {
    var isGraph = require_is_graph();
    module2.exports = function willCreateCycle(graph, source, target) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/will-create-cycle: the given graph is not a valid graphology instance."
        );
      source = "" + source;
      target = "" + target;
      if (source === target) return true;
      if (!graph.hasNode(source) || !graph.hasNode(target)) return false;
      if (graph.hasDirectedEdge(source, target)) return false;
      if (graph.hasDirectedEdge(target, source)) return true;
      const stack = graph.outNeighbors(target);
      function push(neighbor) {
        stack.push(neighbor);
      }
      while (stack.length !== 0) {
        const node = stack.pop();
        if (node === source) return true;
        graph.forEachOutNeighbor(node, push);
      }
      return false;
    };
  }
});

// node_modules/obliterator/support.js
var require_support = __commonJS({
  "node_modules/obliterator/support.js"(exports2) {
    exports2.ARRAY_BUFFER_SUPPORT = typeof ArrayBuffer !== "undefined";
    exports2.SYMBOL_SUPPORT = typeof Symbol !== "undefined";
  }
});

// node_modules/obliterator/foreach.js
var require_foreach = __commonJS({
  "node_modules/obliterator/foreach.js"(exports2, module2) {
    var support = require_support();
    var ARRAY_BUFFER_SUPPORT = support.ARRAY_BUFFER_SUPPORT;
    var SYMBOL_SUPPORT = support.SYMBOL_SUPPORT;
    module2.exports = function forEach(iterable, callback) {
      var iterator, k2, i, l, s;
      if (!iterable) throw new Error("obliterator/forEach: invalid iterable.");
      if (typeof callback !== "function")
        throw new Error("obliterator/forEach: expecting a callback.");
      if (Array.isArray(iterable) || ARRAY_BUFFER_SUPPORT && ArrayBuffer.isView(iterable) || typeof iterable === "string" || iterable.toString() === "[object Arguments]") {
        for (i = 0, l = iterable.length; i < l; i++) callback(iterable[i], i);
        return;
      }
      if (typeof iterable.forEach === "function") {
        iterable.forEach(callback);
        return;
      }
      if (SYMBOL_SUPPORT && Symbol.iterator in iterable && typeof iterable.next !== "function") {
        iterable = iterable[Symbol.iterator]();
      }
      if (typeof iterable.next === "function") {
        iterator = iterable;
        i = 0;
        while (s = iterator.next(), s.done !== true) {
          callback(s.value, i);
          i++;
        }
        return;
      }
      for (k2 in iterable) {
        if (iterable.hasOwnProperty(k2)) {
          callback(iterable[k2], k2);
        }
      }
      return;
    };
  }
});

// node_modules/mnemonist/utils/typed-arrays.js
var require_typed_arrays = __commonJS({
  "node_modules/mnemonist/utils/typed-arrays.js"(exports2) {
    var MAX_8BIT_INTEGER = Math.pow(2, 8) - 1;
    var MAX_16BIT_INTEGER = Math.pow(2, 16) - 1;
    var MAX_32BIT_INTEGER = Math.pow(2, 32) - 1;
    var MAX_SIGNED_8BIT_INTEGER = Math.pow(2, 7) - 1;
    var MAX_SIGNED_16BIT_INTEGER = Math.pow(2, 15) - 1;
    var MAX_SIGNED_32BIT_INTEGER = Math.pow(2, 31) - 1;
    exports2.getPointerArray = function(size) {
      var maxIndex = size - 1;
      if (maxIndex <= MAX_8BIT_INTEGER)
        return Uint8Array;
      if (maxIndex <= MAX_16BIT_INTEGER)
        return Uint16Array;
      if (maxIndex <= MAX_32BIT_INTEGER)
        return Uint32Array;
      throw new Error("mnemonist: Pointer Array of size > 4294967295 is not supported.");
    };
    exports2.getSignedPointerArray = function(size) {
      var maxIndex = size - 1;
      if (maxIndex <= MAX_SIGNED_8BIT_INTEGER)
        return Int8Array;
      if (maxIndex <= MAX_SIGNED_16BIT_INTEGER)
        return Int16Array;
      if (maxIndex <= MAX_SIGNED_32BIT_INTEGER)
        return Int32Array;
      return Float64Array;
    };
    exports2.getNumberType = function(value) {
      if (value === (value | 0)) {
        if (Math.sign(value) === -1) {
          if (value <= 127 && value >= -128)
            return Int8Array;
          if (value <= 32767 && value >= -32768)
            return Int16Array;
          return Int32Array;
        } else {
          if (value <= 255)
            return Uint8Array;
          if (value <= 65535)
            return Uint16Array;
          return Uint32Array;
        }
      }
      return Float64Array;
    };
    var TYPE_PRIORITY = {
      Uint8Array: 1,
      Int8Array: 2,
      Uint16Array: 3,
      Int16Array: 4,
      Uint32Array: 5,
      Int32Array: 6,
      Float32Array: 7,
      Float64Array: 8
    };
    exports2.getMinimalRepresentation = function(array, getter) {
      var maxType = null, maxPriority = 0, p, t3, v3, i, l;
      for (i = 0, l = array.length; i < l; i++) {
        v3 = getter ? getter(array[i]) : array[i];
        t3 = exports2.getNumberType(v3);
        p = TYPE_PRIORITY[t3.name];
        if (p > maxPriority) {
          maxPriority = p;
          maxType = t3;
        }
      }
      return maxType;
    };
    exports2.isTypedArray = function(value) {
      return typeof ArrayBuffer !== "undefined" && ArrayBuffer.isView(value);
    };
    exports2.concat = function() {
      var length = 0, i, o, l;
      for (i = 0, l = arguments.length; i < l; i++)
        length += arguments[i].length;
      var array = new arguments[0].constructor(length);
      for (i = 0, o = 0; i < l; i++) {
        array.set(arguments[i], o);
        o += arguments[i].length;
      }
      return array;
    };
    exports2.indices = function(length) {
      var PointerArray = exports2.getPointerArray(length);
      var array = new PointerArray(length);
      for (var i = 0; i < length; i++)
        array[i] = i;
      return array;
    };
  }
});

// node_modules/mnemonist/utils/iterables.js
var require_iterables = __commonJS({
  "node_modules/mnemonist/utils/iterables.js"(exports2) {
    var forEach = require_foreach();
    var typed = require_typed_arrays();
    function isArrayLike(target) {
      return Array.isArray(target) || typed.isTypedArray(target);
    }
    function guessLength(target) {
      if (typeof target.length === "number")
        return target.length;
      if (typeof target.size === "number")
        return target.size;
      return;
    }
    function toArray(target) {
      var l = guessLength(target);
      var array = typeof l === "number" ? new Array(l) : [];
      var i = 0;
      forEach(target, function(value) {
        array[i++] = value;
      });
      return array;
    }
    function toArrayWithIndices(target) {
      var l = guessLength(target);
      var IndexArray = typeof l === "number" ? typed.getPointerArray(l) : Array;
      var array = typeof l === "number" ? new Array(l) : [];
      var indices = typeof l === "number" ? new IndexArray(l) : [];
      var i = 0;
      forEach(target, function(value) {
        array[i] = value;
        indices[i] = i++;
      });
      return [array, indices];
    }
    exports2.isArrayLike = isArrayLike;
    exports2.guessLength = guessLength;
    exports2.toArray = toArray;
    exports2.toArrayWithIndices = toArrayWithIndices;
  }
});

// node_modules/obliterator/iterator.js
var require_iterator = __commonJS({
  "node_modules/obliterator/iterator.js"(exports2, module2) {
    function Iterator(next) {
      if (typeof next !== "function")
        throw new Error("obliterator/iterator: expecting a function!");
      this.next = next;
    }
    if (typeof Symbol !== "undefined")
      Iterator.prototype[Symbol.iterator] = function() {
        return this;
      };
    Iterator.of = function() {
      var args = arguments, l = args.length, i = 0;
      return new Iterator(function() {
        if (i >= l) return { done: true };
        return { done: false, value: args[i++] };
      });
    };
    Iterator.empty = function() {
      var iterator = new Iterator(function() {
        return { done: true };
      });
      return iterator;
    };
    Iterator.fromSequence = function(sequence) {
      var i = 0, l = sequence.length;
      return new Iterator(function() {
        if (i >= l) return { done: true };
        return { done: false, value: sequence[i++] };
      });
    };
    Iterator.is = function(value) {
      if (value instanceof Iterator) return true;
      return typeof value === "object" && value !== null && typeof value.next === "function";
    };
    module2.exports = Iterator;
  }
});

// node_modules/mnemonist/fixed-deque.js
var require_fixed_deque = __commonJS({
  "node_modules/mnemonist/fixed-deque.js"(exports2, module2) {
    var iterables = require_iterables();
    var Iterator = require_iterator();
    function FixedDeque(ArrayClass, capacity) {
      if (arguments.length < 2)
        throw new Error("mnemonist/fixed-deque: expecting an Array class and a capacity.");
      if (typeof capacity !== "number" || capacity <= 0)
        throw new Error("mnemonist/fixed-deque: `capacity` should be a positive number.");
      this.ArrayClass = ArrayClass;
      this.capacity = capacity;
      this.items = new ArrayClass(this.capacity);
      this.clear();
    }
    FixedDeque.prototype.clear = function() {
      this.start = 0;
      this.size = 0;
    };
    FixedDeque.prototype.push = function(item) {
      if (this.size === this.capacity)
        throw new Error("mnemonist/fixed-deque.push: deque capacity (" + this.capacity + ") exceeded!");
      var index = this.start + this.size;
      if (index >= this.capacity)
        index -= this.capacity;
      this.items[index] = item;
      return ++this.size;
    };
    FixedDeque.prototype.unshift = function(item) {
      if (this.size === this.capacity)
        throw new Error("mnemonist/fixed-deque.unshift: deque capacity (" + this.capacity + ") exceeded!");
      var index = this.start - 1;
      if (this.start === 0)
        index = this.capacity - 1;
      this.items[index] = item;
      this.start = index;
      return ++this.size;
    };
    FixedDeque.prototype.pop = function() {
      if (this.size === 0)
        return;
      this.size--;
      var index = this.start + this.size;
      if (index >= this.capacity)
        index -= this.capacity;
      return this.items[index];
    };
    FixedDeque.prototype.shift = function() {
      if (this.size === 0)
        return;
      var index = this.start;
      this.size--;
      this.start++;
      if (this.start === this.capacity)
        this.start = 0;
      return this.items[index];
    };
    FixedDeque.prototype.peekFirst = function() {
      if (this.size === 0)
        return;
      return this.items[this.start];
    };
    FixedDeque.prototype.peekLast = function() {
      if (this.size === 0)
        return;
      var index = this.start + this.size - 1;
      if (index >= this.capacity)
        index -= this.capacity;
      return this.items[index];
    };
    FixedDeque.prototype.get = function(index) {
      if (this.size === 0 || index >= this.capacity)
        return;
      index = this.start + index;
      if (index >= this.capacity)
        index -= this.capacity;
      return this.items[index];
    };
    FixedDeque.prototype.forEach = function(callback, scope) {
      scope = arguments.length > 1 ? scope : this;
      var c2 = this.capacity, l = this.size, i = this.start, j2 = 0;
      while (j2 < l) {
        callback.call(scope, this.items[i], j2, this);
        i++;
        j2++;
        if (i === c2)
          i = 0;
      }
    };
    FixedDeque.prototype.toArray = function() {
      var offset = this.start + this.size;
      if (offset < this.capacity)
        return this.items.slice(this.start, offset);
      var array = new this.ArrayClass(this.size), c2 = this.capacity, l = this.size, i = this.start, j2 = 0;
      while (j2 < l) {
        array[j2] = this.items[i];
        i++;
        j2++;
        if (i === c2)
          i = 0;
      }
      return array;
    };
    FixedDeque.prototype.values = function() {
      var items = this.items, c2 = this.capacity, l = this.size, i = this.start, j2 = 0;
      return new Iterator(function() {
        if (j2 >= l)
          return {
            done: true
          };
        var value = items[i];
        i++;
        j2++;
        if (i === c2)
          i = 0;
        return {
          value,
          done: false
        };
      });
    };
    FixedDeque.prototype.entries = function() {
      var items = this.items, c2 = this.capacity, l = this.size, i = this.start, j2 = 0;
      return new Iterator(function() {
        if (j2 >= l)
          return {
            done: true
          };
        var value = items[i];
        i++;
        if (i === c2)
          i = 0;
        return {
          value: [j2++, value],
          done: false
        };
      });
    };
    if (typeof Symbol !== "undefined")
      FixedDeque.prototype[Symbol.iterator] = FixedDeque.prototype.values;
    FixedDeque.prototype.inspect = function() {
      var array = this.toArray();
      array.type = this.ArrayClass.name;
      array.capacity = this.capacity;
      Object.defineProperty(array, "constructor", {
        value: FixedDeque,
        enumerable: false
      });
      return array;
    };
    if (typeof Symbol !== "undefined")
      FixedDeque.prototype[/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")] = FixedDeque.prototype.inspect;
    FixedDeque.from = function(iterable, ArrayClass, capacity) {
      if (arguments.length < 3) {
        capacity = iterables.guessLength(iterable);
        if (typeof capacity !== "number")
          throw new Error("mnemonist/fixed-deque.from: could not guess iterable length. Please provide desired capacity as last argument.");
      }
      var deque = new FixedDeque(ArrayClass, capacity);
      if (iterables.isArrayLike(iterable)) {
        var i, l;
        for (i = 0, l = iterable.length; i < l; i++)
          deque.items[i] = iterable[i];
        deque.size = l;
        return deque;
      }
      iterables.forEach(iterable, function(value) {
        deque.push(value);
      });
      return deque;
    };
    module2.exports = FixedDeque;
  }
});

// node_modules/graphology-dag/topological-sort.js
var require_topological_sort = __commonJS({
  "node_modules/graphology-dag/topological-sort.js"(exports2) {
    var isGraph = require_is_graph();
    var FixedDeque = require_fixed_deque();
    function simpleInDegree(graph, node) {
      let degree = 0;
      graph.forEachInNeighbor(node, () => {
        degree++;
      });
      return degree;
    }
    function forEachNodeInTopologicalOrder(graph, callback) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/topological-sort: the given graph is not a valid graphology instance."
        );
      if (graph.type === "undirected" || graph.undirectedSize !== 0)
        throw new Error(
          "graphology-dag/topological-sort: cannot work if graph is not directed."
        );
      if (graph.order === 0) return;
      const queue = new FixedDeque(Array, graph.order);
      const inDegrees = {};
      let total = 0;
      graph.forEachNode((node, attr) => {
        const inDegree = graph.multi ? simpleInDegree(graph, node) : graph.inDegree(node);
        if (inDegree === 0) {
          queue.push([node, attr, 0]);
        } else {
          inDegrees[node] = inDegree;
          total += inDegree;
        }
      });
      let currentGeneration = 0;
      function neighborCallback(neighbor, attr) {
        const neighborInDegree = --inDegrees[neighbor];
        total--;
        if (neighborInDegree === 0)
          queue.push([neighbor, attr, currentGeneration + 1]);
        inDegrees[neighbor] = neighborInDegree;
      }
      while (queue.size !== 0) {
        const [node, attr, gen] = queue.shift();
        currentGeneration = gen;
        callback(node, attr, gen);
        graph.forEachOutNeighbor(node, neighborCallback);
      }
      if (total !== 0)
        throw new Error(
          "graphology-dag/topological-sort: given graph is not acyclic."
        );
    }
    function topologicalSort(graph) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/topological-sort: the given graph is not a valid graphology instance."
        );
      const sortedNodes = new Array(graph.order);
      let i = 0;
      forEachNodeInTopologicalOrder(graph, (node) => {
        sortedNodes[i++] = node;
      });
      return sortedNodes;
    }
    function forEachTopologicalGeneration(graph, callback) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/topological-generations: the given graph is not a valid graphology instance."
        );
      if (graph.order === 0) return;
      let lastGenLevel = 0;
      let lastGen = [];
      forEachNodeInTopologicalOrder(graph, (node, _, gen) => {
        if (gen > lastGenLevel) {
          callback(lastGen);
          lastGenLevel = gen;
          lastGen = [];
        }
        lastGen.push(node);
      });
      callback(lastGen);
    }
    function topologicalGenerations(graph) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/topological-generations: the given graph is not a valid graphology instance."
        );
      const generations = [];
      forEachTopologicalGeneration(graph, (generation) => {
        generations.push(generation);
      });
      return generations;
    }
    exports2.topologicalSort = topologicalSort;
    exports2.forEachNodeInTopologicalOrder = forEachNodeInTopologicalOrder;
    exports2.topologicalGenerations = topologicalGenerations;
    exports2.forEachTopologicalGeneration = forEachTopologicalGeneration;
  }
});

// node_modules/graphology-dag/index.js
var require_graphology_dag = __commonJS({
  "node_modules/graphology-dag/index.js"(exports2) {
    exports2.hasCycle = require_has_cycle();
    exports2.willCreateCycle = require_will_create_cycle();
    var sort = require_topological_sort();
    exports2.forEachNodeInTopologicalOrder = sort.forEachNodeInTopologicalOrder;
    exports2.topologicalSort = sort.topologicalSort;
    exports2.topologicalGenerations = sort.topologicalGenerations;
    exports2.forEachTopologicalGeneration = sort.forEachTopologicalGeneration;
  }
});

// compiler/compile.ts
import { createHash } from "node:crypto";
import { readFileSync, existsSync } from "node:fs";
import { dirname, join as joinPath, resolve } from "node:path";

// node_modules/chevrotain/lib/chevrotain.min.mjs
var Af = typeof global == "object" && global && global.Object === Object && global;
var $r = Af;
var If = typeof self == "object" && self && self.Object === Object && self;
var Rf = $r || If || Function("return this")();
var Z = Rf;
var yf = Z.Symbol;
var ne = yf;
var ri = Object.prototype;
var Sf = ri.hasOwnProperty;
var _f = ri.toString;
var Er = ne ? ne.toStringTag : void 0;
function Of(t3) {
  var e = Sf.call(t3, Er), r = t3[Er];
  try {
    t3[Er] = void 0;
    var n2 = true;
  } catch {
  }
  var o = _f.call(t3);
  return n2 && (e ? t3[Er] = r : delete t3[Er]), o;
}
var ni = Of;
var Nf = Object.prototype;
var Cf = Nf.toString;
function vf(t3) {
  return Cf.call(t3);
}
var oi = vf;
var Lf = "[object Null]";
var bf = "[object Undefined]";
var ii = ne ? ne.toStringTag : void 0;
function kf(t3) {
  return t3 == null ? t3 === void 0 ? bf : Lf : ii && ii in Object(t3) ? ni(t3) : oi(t3);
}
var pe = kf;
function Pf(t3) {
  return t3 != null && typeof t3 == "object";
}
var V = Pf;
var Mf = "[object Symbol]";
function wf(t3) {
  return typeof t3 == "symbol" || V(t3) && pe(t3) == Mf;
}
var rt = wf;
function Ff(t3, e) {
  for (var r = -1, n2 = t3 == null ? 0 : t3.length, o = Array(n2); ++r < n2; ) o[r] = e(t3[r], r, t3);
  return o;
}
var Me = Ff;
var Uf = Array.isArray;
var I = Uf;
var Df = 1 / 0;
var ai = ne ? ne.prototype : void 0;
var si = ai ? ai.toString : void 0;
function li(t3) {
  if (typeof t3 == "string") return t3;
  if (I(t3)) return Me(t3, li) + "";
  if (rt(t3)) return si ? si.call(t3) : "";
  var e = t3 + "";
  return e == "0" && 1 / t3 == -Df ? "-0" : e;
}
var fi = li;
var Bf = /\s/;
function Gf(t3) {
  for (var e = t3.length; e-- && Bf.test(t3.charAt(e)); ) ;
  return e;
}
var ci = Gf;
var Kf = /^\s+/;
function Wf(t3) {
  return t3 && t3.slice(0, ci(t3) + 1).replace(Kf, "");
}
var ui = Wf;
function jf(t3) {
  var e = typeof t3;
  return t3 != null && (e == "object" || e == "function");
}
var G = jf;
var pi = NaN;
var $f = /^[-+]0x[0-9a-f]+$/i;
var Hf = /^0b[01]+$/i;
var zf = /^0o[0-7]+$/i;
var Vf = parseInt;
function Xf(t3) {
  if (typeof t3 == "number") return t3;
  if (rt(t3)) return pi;
  if (G(t3)) {
    var e = typeof t3.valueOf == "function" ? t3.valueOf() : t3;
    t3 = G(e) ? e + "" : e;
  }
  if (typeof t3 != "string") return t3 === 0 ? t3 : +t3;
  t3 = ui(t3);
  var r = Hf.test(t3);
  return r || zf.test(t3) ? Vf(t3.slice(2), r ? 2 : 8) : $f.test(t3) ? pi : +t3;
}
var hi = Xf;
var di = 1 / 0;
var Yf = 17976931348623157e292;
function qf(t3) {
  if (!t3) return t3 === 0 ? t3 : 0;
  if (t3 = hi(t3), t3 === di || t3 === -di) {
    var e = t3 < 0 ? -1 : 1;
    return e * Yf;
  }
  return t3 === t3 ? t3 : 0;
}
var mi = qf;
function Zf(t3) {
  var e = mi(t3), r = e % 1;
  return e === e ? r ? e - r : e : 0;
}
var we = Zf;
function Jf(t3) {
  return t3;
}
var Ce = Jf;
var Qf = "[object AsyncFunction]";
var ec = "[object Function]";
var tc = "[object GeneratorFunction]";
var rc = "[object Proxy]";
function nc(t3) {
  if (!G(t3)) return false;
  var e = pe(t3);
  return e == ec || e == tc || e == Qf || e == rc;
}
var he = nc;
var oc = Z["__core-js_shared__"];
var Hr = oc;
var xi = (function() {
  var t3 = /[^.]+$/.exec(Hr && Hr.keys && Hr.keys.IE_PROTO || "");
  return t3 ? "Symbol(src)_1." + t3 : "";
})();
function ic(t3) {
  return !!xi && xi in t3;
}
var gi = ic;
var ac = Function.prototype;
var sc = ac.toString;
function lc(t3) {
  if (t3 != null) {
    try {
      return sc.call(t3);
    } catch {
    }
    try {
      return t3 + "";
    } catch {
    }
  }
  return "";
}
var He = lc;
var fc = /[\\^$.*+?()[\]{}|]/g;
var cc = /^\[object .+?Constructor\]$/;
var uc = Function.prototype;
var pc = Object.prototype;
var hc = uc.toString;
var dc = pc.hasOwnProperty;
var mc = RegExp("^" + hc.call(dc).replace(fc, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$");
function xc(t3) {
  if (!G(t3) || gi(t3)) return false;
  var e = he(t3) ? mc : cc;
  return e.test(He(t3));
}
var Ti = xc;
function gc(t3, e) {
  return t3?.[e];
}
var Ei = gc;
function Tc(t3, e) {
  var r = Ei(t3, e);
  return Ti(r) ? r : void 0;
}
var ge = Tc;
var Ec = ge(Z, "WeakMap");
var zr = Ec;
var Ai = Object.create;
var Ac = /* @__PURE__ */ (function() {
  function t3() {
  }
  return function(e) {
    if (!G(e)) return {};
    if (Ai) return Ai(e);
    t3.prototype = e;
    var r = new t3();
    return t3.prototype = void 0, r;
  };
})();
var Ii = Ac;
function Ic(t3, e, r) {
  switch (r.length) {
    case 0:
      return t3.call(e);
    case 1:
      return t3.call(e, r[0]);
    case 2:
      return t3.call(e, r[0], r[1]);
    case 3:
      return t3.call(e, r[0], r[1], r[2]);
  }
  return t3.apply(e, r);
}
var Ri = Ic;
function Rc() {
}
var j = Rc;
function yc(t3, e) {
  var r = -1, n2 = t3.length;
  for (e || (e = Array(n2)); ++r < n2; ) e[r] = t3[r];
  return e;
}
var yi = yc;
var Sc = 800;
var _c = 16;
var Oc = Date.now;
function Nc(t3) {
  var e = 0, r = 0;
  return function() {
    var n2 = Oc(), o = _c - (n2 - r);
    if (r = n2, o > 0) {
      if (++e >= Sc) return arguments[0];
    } else e = 0;
    return t3.apply(void 0, arguments);
  };
}
var Si = Nc;
function Cc(t3) {
  return function() {
    return t3;
  };
}
var _i = Cc;
var vc = (function() {
  try {
    var t3 = ge(Object, "defineProperty");
    return t3({}, "", {}), t3;
  } catch {
  }
})();
var kt = vc;
var Lc = kt ? function(t3, e) {
  return kt(t3, "toString", { configurable: true, enumerable: false, value: _i(e), writable: true });
} : Ce;
var Oi = Lc;
var bc = Si(Oi);
var Ni = bc;
function kc(t3, e) {
  for (var r = -1, n2 = t3 == null ? 0 : t3.length; ++r < n2 && e(t3[r], r, t3) !== false; ) ;
  return t3;
}
var Vr = kc;
function Pc(t3, e, r, n2) {
  for (var o = t3.length, i = r + (n2 ? 1 : -1); n2 ? i-- : ++i < o; ) if (e(t3[i], i, t3)) return i;
  return -1;
}
var Xr = Pc;
function Mc(t3) {
  return t3 !== t3;
}
var Ci = Mc;
function wc(t3, e, r) {
  for (var n2 = r - 1, o = t3.length; ++n2 < o; ) if (t3[n2] === e) return n2;
  return -1;
}
var vi = wc;
function Fc(t3, e, r) {
  return e === e ? vi(t3, e, r) : Xr(t3, Ci, r);
}
var Pt = Fc;
function Uc(t3, e) {
  var r = t3 == null ? 0 : t3.length;
  return !!r && Pt(t3, e, 0) > -1;
}
var Yr = Uc;
var Dc = 9007199254740991;
var Bc = /^(?:0|[1-9]\d*)$/;
function Gc(t3, e) {
  var r = typeof t3;
  return e = e ?? Dc, !!e && (r == "number" || r != "symbol" && Bc.test(t3)) && t3 > -1 && t3 % 1 == 0 && t3 < e;
}
var nt = Gc;
function Kc(t3, e, r) {
  e == "__proto__" && kt ? kt(t3, e, { configurable: true, enumerable: true, value: r, writable: true }) : t3[e] = r;
}
var Mt = Kc;
function Wc(t3, e) {
  return t3 === e || t3 !== t3 && e !== e;
}
var Fe = Wc;
var jc = Object.prototype;
var $c = jc.hasOwnProperty;
function Hc(t3, e, r) {
  var n2 = t3[e];
  (!($c.call(t3, e) && Fe(n2, r)) || r === void 0 && !(e in t3)) && Mt(t3, e, r);
}
var ot = Hc;
function zc(t3, e, r, n2) {
  var o = !r;
  r || (r = {});
  for (var i = -1, a = e.length; ++i < a; ) {
    var s = e[i], l = n2 ? n2(r[s], t3[s], s, r, t3) : void 0;
    l === void 0 && (l = t3[s]), o ? Mt(r, s, l) : ot(r, s, l);
  }
  return r;
}
var Ue = zc;
var Li = Math.max;
function Vc(t3, e, r) {
  return e = Li(e === void 0 ? t3.length - 1 : e, 0), function() {
    for (var n2 = arguments, o = -1, i = Li(n2.length - e, 0), a = Array(i); ++o < i; ) a[o] = n2[e + o];
    o = -1;
    for (var s = Array(e + 1); ++o < e; ) s[o] = n2[o];
    return s[e] = r(a), Ri(t3, this, s);
  };
}
var bi = Vc;
function Xc(t3, e) {
  return Ni(bi(t3, e, Ce), t3 + "");
}
var wt = Xc;
var Yc = 9007199254740991;
function qc(t3) {
  return typeof t3 == "number" && t3 > -1 && t3 % 1 == 0 && t3 <= Yc;
}
var Ft = qc;
function Zc(t3) {
  return t3 != null && Ft(t3.length) && !he(t3);
}
var J = Zc;
function Jc(t3, e, r) {
  if (!G(r)) return false;
  var n2 = typeof e;
  return (n2 == "number" ? J(r) && nt(e, r.length) : n2 == "string" && e in r) ? Fe(r[e], t3) : false;
}
var it = Jc;
function Qc(t3) {
  return wt(function(e, r) {
    var n2 = -1, o = r.length, i = o > 1 ? r[o - 1] : void 0, a = o > 2 ? r[2] : void 0;
    for (i = t3.length > 3 && typeof i == "function" ? (o--, i) : void 0, a && it(r[0], r[1], a) && (i = o < 3 ? void 0 : i, o = 1), e = Object(e); ++n2 < o; ) {
      var s = r[n2];
      s && t3(e, s, n2, i);
    }
    return e;
  });
}
var ki = Qc;
var eu = Object.prototype;
function tu(t3) {
  var e = t3 && t3.constructor, r = typeof e == "function" && e.prototype || eu;
  return t3 === r;
}
var De = tu;
function ru(t3, e) {
  for (var r = -1, n2 = Array(t3); ++r < t3; ) n2[r] = e(r);
  return n2;
}
var Pi = ru;
var nu = "[object Arguments]";
function ou(t3) {
  return V(t3) && pe(t3) == nu;
}
var lo = ou;
var Mi = Object.prototype;
var iu = Mi.hasOwnProperty;
var au = Mi.propertyIsEnumerable;
var su = lo(/* @__PURE__ */ (function() {
  return arguments;
})()) ? lo : function(t3) {
  return V(t3) && iu.call(t3, "callee") && !au.call(t3, "callee");
};
var at = su;
function lu() {
  return false;
}
var wi = lu;
var Di = typeof exports == "object" && exports && !exports.nodeType && exports;
var Fi = Di && typeof module == "object" && module && !module.nodeType && module;
var fu = Fi && Fi.exports === Di;
var Ui = fu ? Z.Buffer : void 0;
var cu = Ui ? Ui.isBuffer : void 0;
var uu = cu || wi;
var ze = uu;
var pu = "[object Arguments]";
var hu = "[object Array]";
var du = "[object Boolean]";
var mu = "[object Date]";
var xu = "[object Error]";
var gu = "[object Function]";
var Tu = "[object Map]";
var Eu = "[object Number]";
var Au = "[object Object]";
var Iu = "[object RegExp]";
var Ru = "[object Set]";
var yu = "[object String]";
var Su = "[object WeakMap]";
var _u = "[object ArrayBuffer]";
var Ou = "[object DataView]";
var Nu = "[object Float32Array]";
var Cu = "[object Float64Array]";
var vu = "[object Int8Array]";
var Lu = "[object Int16Array]";
var bu = "[object Int32Array]";
var ku = "[object Uint8Array]";
var Pu = "[object Uint8ClampedArray]";
var Mu = "[object Uint16Array]";
var wu = "[object Uint32Array]";
var w = {};
w[Nu] = w[Cu] = w[vu] = w[Lu] = w[bu] = w[ku] = w[Pu] = w[Mu] = w[wu] = true;
w[pu] = w[hu] = w[_u] = w[du] = w[Ou] = w[mu] = w[xu] = w[gu] = w[Tu] = w[Eu] = w[Au] = w[Iu] = w[Ru] = w[yu] = w[Su] = false;
function Fu(t3) {
  return V(t3) && Ft(t3.length) && !!w[pe(t3)];
}
var Bi = Fu;
function Uu(t3) {
  return function(e) {
    return t3(e);
  };
}
var Be = Uu;
var Gi = typeof exports == "object" && exports && !exports.nodeType && exports;
var Ar = Gi && typeof module == "object" && module && !module.nodeType && module;
var Du = Ar && Ar.exports === Gi;
var fo = Du && $r.process;
var Bu = (function() {
  try {
    var t3 = Ar && Ar.require && Ar.require("util").types;
    return t3 || fo && fo.binding && fo.binding("util");
  } catch {
  }
})();
var Se = Bu;
var Ki = Se && Se.isTypedArray;
var Gu = Ki ? Be(Ki) : Bi;
var Ut = Gu;
var Ku = Object.prototype;
var Wu = Ku.hasOwnProperty;
function ju(t3, e) {
  var r = I(t3), n2 = !r && at(t3), o = !r && !n2 && ze(t3), i = !r && !n2 && !o && Ut(t3), a = r || n2 || o || i, s = a ? Pi(t3.length, String) : [], l = s.length;
  for (var f in t3) (e || Wu.call(t3, f)) && !(a && (f == "length" || o && (f == "offset" || f == "parent") || i && (f == "buffer" || f == "byteLength" || f == "byteOffset") || nt(f, l))) && s.push(f);
  return s;
}
var qr = ju;
function $u(t3, e) {
  return function(r) {
    return t3(e(r));
  };
}
var Zr = $u;
var Hu = Zr(Object.keys, Object);
var Wi = Hu;
var zu = Object.prototype;
var Vu = zu.hasOwnProperty;
function Xu(t3) {
  if (!De(t3)) return Wi(t3);
  var e = [];
  for (var r in Object(t3)) Vu.call(t3, r) && r != "constructor" && e.push(r);
  return e;
}
var Jr = Xu;
function Yu(t3) {
  return J(t3) ? qr(t3) : Jr(t3);
}
var k = Yu;
var qu = Object.prototype;
var Zu = qu.hasOwnProperty;
var Ju = ki(function(t3, e) {
  if (De(e) || J(e)) {
    Ue(e, k(e), t3);
    return;
  }
  for (var r in e) Zu.call(e, r) && ot(t3, r, e[r]);
});
var ee = Ju;
function Qu(t3) {
  var e = [];
  if (t3 != null) for (var r in Object(t3)) e.push(r);
  return e;
}
var ji = Qu;
var ep = Object.prototype;
var tp = ep.hasOwnProperty;
function rp(t3) {
  if (!G(t3)) return ji(t3);
  var e = De(t3), r = [];
  for (var n2 in t3) n2 == "constructor" && (e || !tp.call(t3, n2)) || r.push(n2);
  return r;
}
var $i = rp;
function np(t3) {
  return J(t3) ? qr(t3, true) : $i(t3);
}
var st = np;
var op = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/;
var ip = /^\w*$/;
function ap(t3, e) {
  if (I(t3)) return false;
  var r = typeof t3;
  return r == "number" || r == "symbol" || r == "boolean" || t3 == null || rt(t3) ? true : ip.test(t3) || !op.test(t3) || e != null && t3 in Object(e);
}
var Dt = ap;
var sp = ge(Object, "create");
var Ve = sp;
function lp() {
  this.__data__ = Ve ? Ve(null) : {}, this.size = 0;
}
var Hi = lp;
function fp(t3) {
  var e = this.has(t3) && delete this.__data__[t3];
  return this.size -= e ? 1 : 0, e;
}
var zi = fp;
var cp = "__lodash_hash_undefined__";
var up = Object.prototype;
var pp = up.hasOwnProperty;
function hp(t3) {
  var e = this.__data__;
  if (Ve) {
    var r = e[t3];
    return r === cp ? void 0 : r;
  }
  return pp.call(e, t3) ? e[t3] : void 0;
}
var Vi = hp;
var dp = Object.prototype;
var mp = dp.hasOwnProperty;
function xp(t3) {
  var e = this.__data__;
  return Ve ? e[t3] !== void 0 : mp.call(e, t3);
}
var Xi = xp;
var gp = "__lodash_hash_undefined__";
function Tp(t3, e) {
  var r = this.__data__;
  return this.size += this.has(t3) ? 0 : 1, r[t3] = Ve && e === void 0 ? gp : e, this;
}
var Yi = Tp;
function Bt(t3) {
  var e = -1, r = t3 == null ? 0 : t3.length;
  for (this.clear(); ++e < r; ) {
    var n2 = t3[e];
    this.set(n2[0], n2[1]);
  }
}
Bt.prototype.clear = Hi;
Bt.prototype.delete = zi;
Bt.prototype.get = Vi;
Bt.prototype.has = Xi;
Bt.prototype.set = Yi;
var co = Bt;
function Ep() {
  this.__data__ = [], this.size = 0;
}
var qi = Ep;
function Ap(t3, e) {
  for (var r = t3.length; r--; ) if (Fe(t3[r][0], e)) return r;
  return -1;
}
var lt = Ap;
var Ip = Array.prototype;
var Rp = Ip.splice;
function yp(t3) {
  var e = this.__data__, r = lt(e, t3);
  if (r < 0) return false;
  var n2 = e.length - 1;
  return r == n2 ? e.pop() : Rp.call(e, r, 1), --this.size, true;
}
var Zi = yp;
function Sp(t3) {
  var e = this.__data__, r = lt(e, t3);
  return r < 0 ? void 0 : e[r][1];
}
var Ji = Sp;
function _p(t3) {
  return lt(this.__data__, t3) > -1;
}
var Qi = _p;
function Op(t3, e) {
  var r = this.__data__, n2 = lt(r, t3);
  return n2 < 0 ? (++this.size, r.push([t3, e])) : r[n2][1] = e, this;
}
var ea = Op;
function Gt(t3) {
  var e = -1, r = t3 == null ? 0 : t3.length;
  for (this.clear(); ++e < r; ) {
    var n2 = t3[e];
    this.set(n2[0], n2[1]);
  }
}
Gt.prototype.clear = qi;
Gt.prototype.delete = Zi;
Gt.prototype.get = Ji;
Gt.prototype.has = Qi;
Gt.prototype.set = ea;
var ft = Gt;
var Np = ge(Z, "Map");
var ct = Np;
function Cp() {
  this.size = 0, this.__data__ = { hash: new co(), map: new (ct || ft)(), string: new co() };
}
var ta = Cp;
function vp(t3) {
  var e = typeof t3;
  return e == "string" || e == "number" || e == "symbol" || e == "boolean" ? t3 !== "__proto__" : t3 === null;
}
var ra = vp;
function Lp(t3, e) {
  var r = t3.__data__;
  return ra(e) ? r[typeof e == "string" ? "string" : "hash"] : r.map;
}
var ut = Lp;
function bp(t3) {
  var e = ut(this, t3).delete(t3);
  return this.size -= e ? 1 : 0, e;
}
var na = bp;
function kp(t3) {
  return ut(this, t3).get(t3);
}
var oa = kp;
function Pp(t3) {
  return ut(this, t3).has(t3);
}
var ia = Pp;
function Mp(t3, e) {
  var r = ut(this, t3), n2 = r.size;
  return r.set(t3, e), this.size += r.size == n2 ? 0 : 1, this;
}
var aa = Mp;
function Kt(t3) {
  var e = -1, r = t3 == null ? 0 : t3.length;
  for (this.clear(); ++e < r; ) {
    var n2 = t3[e];
    this.set(n2[0], n2[1]);
  }
}
Kt.prototype.clear = ta;
Kt.prototype.delete = na;
Kt.prototype.get = oa;
Kt.prototype.has = ia;
Kt.prototype.set = aa;
var Rt = Kt;
var wp = "Expected a function";
function uo(t3, e) {
  if (typeof t3 != "function" || e != null && typeof e != "function") throw new TypeError(wp);
  var r = function() {
    var n2 = arguments, o = e ? e.apply(this, n2) : n2[0], i = r.cache;
    if (i.has(o)) return i.get(o);
    var a = t3.apply(this, n2);
    return r.cache = i.set(o, a) || i, a;
  };
  return r.cache = new (uo.Cache || Rt)(), r;
}
uo.Cache = Rt;
var sa = uo;
var Fp = 500;
function Up(t3) {
  var e = sa(t3, function(n2) {
    return r.size === Fp && r.clear(), n2;
  }), r = e.cache;
  return e;
}
var la = Up;
var Dp = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
var Bp = /\\(\\)?/g;
var Gp = la(function(t3) {
  var e = [];
  return t3.charCodeAt(0) === 46 && e.push(""), t3.replace(Dp, function(r, n2, o, i) {
    e.push(o ? i.replace(Bp, "$1") : n2 || r);
  }), e;
});
var fa = Gp;
function Kp(t3) {
  return t3 == null ? "" : fi(t3);
}
var Qr = Kp;
function Wp(t3, e) {
  return I(t3) ? t3 : Dt(t3, e) ? [t3] : fa(Qr(t3));
}
var pt = Wp;
var jp = 1 / 0;
function $p(t3) {
  if (typeof t3 == "string" || rt(t3)) return t3;
  var e = t3 + "";
  return e == "0" && 1 / t3 == -jp ? "-0" : e;
}
var Ge = $p;
function Hp(t3, e) {
  e = pt(e, t3);
  for (var r = 0, n2 = e.length; t3 != null && r < n2; ) t3 = t3[Ge(e[r++])];
  return r && r == n2 ? t3 : void 0;
}
var Wt = Hp;
function zp(t3, e, r) {
  var n2 = t3 == null ? void 0 : Wt(t3, e);
  return n2 === void 0 ? r : n2;
}
var ca = zp;
function Vp(t3, e) {
  for (var r = -1, n2 = e.length, o = t3.length; ++r < n2; ) t3[o + r] = e[r];
  return t3;
}
var jt = Vp;
var ua = ne ? ne.isConcatSpreadable : void 0;
function Xp(t3) {
  return I(t3) || at(t3) || !!(ua && t3 && t3[ua]);
}
var pa = Xp;
function ha(t3, e, r, n2, o) {
  var i = -1, a = t3.length;
  for (r || (r = pa), o || (o = []); ++i < a; ) {
    var s = t3[i];
    e > 0 && r(s) ? e > 1 ? ha(s, e - 1, r, n2, o) : jt(o, s) : n2 || (o[o.length] = s);
  }
  return o;
}
var $t = ha;
function Yp(t3) {
  var e = t3 == null ? 0 : t3.length;
  return e ? $t(t3, 1) : [];
}
var K = Yp;
var qp = Zr(Object.getPrototypeOf, Object);
var en = qp;
function Zp(t3, e, r) {
  var n2 = -1, o = t3.length;
  e < 0 && (e = -e > o ? 0 : o + e), r = r > o ? o : r, r < 0 && (r += o), o = e > r ? 0 : r - e >>> 0, e >>>= 0;
  for (var i = Array(o); ++n2 < o; ) i[n2] = t3[n2 + e];
  return i;
}
var Ht = Zp;
function Jp(t3, e, r) {
  var n2 = t3.length;
  return r = r === void 0 ? n2 : r, !e && r >= n2 ? t3 : Ht(t3, e, r);
}
var da = Jp;
var Qp = "\\ud800-\\udfff";
var eh = "\\u0300-\\u036f";
var th = "\\ufe20-\\ufe2f";
var rh = "\\u20d0-\\u20ff";
var nh = eh + th + rh;
var oh = "\\ufe0e\\ufe0f";
var ih = "\\u200d";
var ah = RegExp("[" + ih + Qp + nh + oh + "]");
function sh(t3) {
  return ah.test(t3);
}
var tn = sh;
function lh(t3) {
  return t3.split("");
}
var ma = lh;
var xa = "\\ud800-\\udfff";
var fh = "\\u0300-\\u036f";
var ch = "\\ufe20-\\ufe2f";
var uh = "\\u20d0-\\u20ff";
var ph = fh + ch + uh;
var hh = "\\ufe0e\\ufe0f";
var dh = "[" + xa + "]";
var po = "[" + ph + "]";
var ho = "\\ud83c[\\udffb-\\udfff]";
var mh = "(?:" + po + "|" + ho + ")";
var ga = "[^" + xa + "]";
var Ta = "(?:\\ud83c[\\udde6-\\uddff]){2}";
var Ea = "[\\ud800-\\udbff][\\udc00-\\udfff]";
var xh = "\\u200d";
var Aa = mh + "?";
var Ia = "[" + hh + "]?";
var gh = "(?:" + xh + "(?:" + [ga, Ta, Ea].join("|") + ")" + Ia + Aa + ")*";
var Th = Ia + Aa + gh;
var Eh = "(?:" + [ga + po + "?", po, Ta, Ea, dh].join("|") + ")";
var Ah = RegExp(ho + "(?=" + ho + ")|" + Eh + Th, "g");
function Ih(t3) {
  return t3.match(Ah) || [];
}
var Ra = Ih;
function Rh(t3) {
  return tn(t3) ? Ra(t3) : ma(t3);
}
var ya = Rh;
function yh(t3) {
  return function(e) {
    e = Qr(e);
    var r = tn(e) ? ya(e) : void 0, n2 = r ? r[0] : e.charAt(0), o = r ? da(r, 1).join("") : e.slice(1);
    return n2[t3]() + o;
  };
}
var Sa = yh;
var Sh = Sa("toUpperCase");
function _h(t3, e, r, n2) {
  var o = -1, i = t3 == null ? 0 : t3.length;
  for (n2 && i && (r = t3[++o]); ++o < i; ) r = e(r, t3[o], o, t3);
  return r;
}
var _a = _h;
function Oh() {
  this.__data__ = new ft(), this.size = 0;
}
var Oa = Oh;
function Nh(t3) {
  var e = this.__data__, r = e.delete(t3);
  return this.size = e.size, r;
}
var Na = Nh;
function Ch(t3) {
  return this.__data__.get(t3);
}
var Ca = Ch;
function vh(t3) {
  return this.__data__.has(t3);
}
var va = vh;
var Lh = 200;
function bh(t3, e) {
  var r = this.__data__;
  if (r instanceof ft) {
    var n2 = r.__data__;
    if (!ct || n2.length < Lh - 1) return n2.push([t3, e]), this.size = ++r.size, this;
    r = this.__data__ = new Rt(n2);
  }
  return r.set(t3, e), this.size = r.size, this;
}
var La = bh;
function zt(t3) {
  var e = this.__data__ = new ft(t3);
  this.size = e.size;
}
zt.prototype.clear = Oa;
zt.prototype.delete = Na;
zt.prototype.get = Ca;
zt.prototype.has = va;
zt.prototype.set = La;
var ht = zt;
function kh(t3, e) {
  return t3 && Ue(e, k(e), t3);
}
var ba = kh;
function Ph(t3, e) {
  return t3 && Ue(e, st(e), t3);
}
var ka = Ph;
var Fa = typeof exports == "object" && exports && !exports.nodeType && exports;
var Pa = Fa && typeof module == "object" && module && !module.nodeType && module;
var Mh = Pa && Pa.exports === Fa;
var Ma = Mh ? Z.Buffer : void 0;
var wa = Ma ? Ma.allocUnsafe : void 0;
function wh(t3, e) {
  if (e) return t3.slice();
  var r = t3.length, n2 = wa ? wa(r) : new t3.constructor(r);
  return t3.copy(n2), n2;
}
var Ua = wh;
function Fh(t3, e) {
  for (var r = -1, n2 = t3 == null ? 0 : t3.length, o = 0, i = []; ++r < n2; ) {
    var a = t3[r];
    e(a, r, t3) && (i[o++] = a);
  }
  return i;
}
var Vt = Fh;
function Uh() {
  return [];
}
var nn = Uh;
var Dh = Object.prototype;
var Bh = Dh.propertyIsEnumerable;
var Da = Object.getOwnPropertySymbols;
var Gh = Da ? function(t3) {
  return t3 == null ? [] : (t3 = Object(t3), Vt(Da(t3), function(e) {
    return Bh.call(t3, e);
  }));
} : nn;
var Xt = Gh;
function Kh(t3, e) {
  return Ue(t3, Xt(t3), e);
}
var Ba = Kh;
var Wh = Object.getOwnPropertySymbols;
var jh = Wh ? function(t3) {
  for (var e = []; t3; ) jt(e, Xt(t3)), t3 = en(t3);
  return e;
} : nn;
var on = jh;
function $h(t3, e) {
  return Ue(t3, on(t3), e);
}
var Ga = $h;
function Hh(t3, e, r) {
  var n2 = e(t3);
  return I(t3) ? n2 : jt(n2, r(t3));
}
var an = Hh;
function zh(t3) {
  return an(t3, k, Xt);
}
var Ir = zh;
function Vh(t3) {
  return an(t3, st, on);
}
var sn = Vh;
var Xh = ge(Z, "DataView");
var ln = Xh;
var Yh = ge(Z, "Promise");
var fn = Yh;
var qh = ge(Z, "Set");
var dt = qh;
var Ka = "[object Map]";
var Zh = "[object Object]";
var Wa = "[object Promise]";
var ja = "[object Set]";
var $a = "[object WeakMap]";
var Ha = "[object DataView]";
var Jh = He(ln);
var Qh = He(ct);
var ed = He(fn);
var td = He(dt);
var rd = He(zr);
var yt = pe;
(ln && yt(new ln(new ArrayBuffer(1))) != Ha || ct && yt(new ct()) != Ka || fn && yt(fn.resolve()) != Wa || dt && yt(new dt()) != ja || zr && yt(new zr()) != $a) && (yt = function(t3) {
  var e = pe(t3), r = e == Zh ? t3.constructor : void 0, n2 = r ? He(r) : "";
  if (n2) switch (n2) {
    case Jh:
      return Ha;
    case Qh:
      return Ka;
    case ed:
      return Wa;
    case td:
      return ja;
    case rd:
      return $a;
  }
  return e;
});
var ve = yt;
var nd = Object.prototype;
var od = nd.hasOwnProperty;
function id(t3) {
  var e = t3.length, r = new t3.constructor(e);
  return e && typeof t3[0] == "string" && od.call(t3, "index") && (r.index = t3.index, r.input = t3.input), r;
}
var za = id;
var ad = Z.Uint8Array;
var Yt = ad;
function sd(t3) {
  var e = new t3.constructor(t3.byteLength);
  return new Yt(e).set(new Yt(t3)), e;
}
var qt = sd;
function ld(t3, e) {
  var r = e ? qt(t3.buffer) : t3.buffer;
  return new t3.constructor(r, t3.byteOffset, t3.byteLength);
}
var Va = ld;
var fd = /\w*$/;
function cd(t3) {
  var e = new t3.constructor(t3.source, fd.exec(t3));
  return e.lastIndex = t3.lastIndex, e;
}
var Xa = cd;
var Ya = ne ? ne.prototype : void 0;
var qa = Ya ? Ya.valueOf : void 0;
function ud(t3) {
  return qa ? Object(qa.call(t3)) : {};
}
var Za = ud;
function pd(t3, e) {
  var r = e ? qt(t3.buffer) : t3.buffer;
  return new t3.constructor(r, t3.byteOffset, t3.length);
}
var Ja = pd;
var hd = "[object Boolean]";
var dd = "[object Date]";
var md = "[object Map]";
var xd = "[object Number]";
var gd = "[object RegExp]";
var Td = "[object Set]";
var Ed = "[object String]";
var Ad = "[object Symbol]";
var Id = "[object ArrayBuffer]";
var Rd = "[object DataView]";
var yd = "[object Float32Array]";
var Sd = "[object Float64Array]";
var _d = "[object Int8Array]";
var Od = "[object Int16Array]";
var Nd = "[object Int32Array]";
var Cd = "[object Uint8Array]";
var vd = "[object Uint8ClampedArray]";
var Ld = "[object Uint16Array]";
var bd = "[object Uint32Array]";
function kd(t3, e, r) {
  var n2 = t3.constructor;
  switch (e) {
    case Id:
      return qt(t3);
    case hd:
    case dd:
      return new n2(+t3);
    case Rd:
      return Va(t3, r);
    case yd:
    case Sd:
    case _d:
    case Od:
    case Nd:
    case Cd:
    case vd:
    case Ld:
    case bd:
      return Ja(t3, r);
    case md:
      return new n2();
    case xd:
    case Ed:
      return new n2(t3);
    case gd:
      return Xa(t3);
    case Td:
      return new n2();
    case Ad:
      return Za(t3);
  }
}
var Qa = kd;
function Pd(t3) {
  return typeof t3.constructor == "function" && !De(t3) ? Ii(en(t3)) : {};
}
var es = Pd;
var Md = "[object Map]";
function wd(t3) {
  return V(t3) && ve(t3) == Md;
}
var ts = wd;
var rs = Se && Se.isMap;
var Fd = rs ? Be(rs) : ts;
var ns = Fd;
var Ud = "[object Set]";
function Dd(t3) {
  return V(t3) && ve(t3) == Ud;
}
var os = Dd;
var is = Se && Se.isSet;
var Bd = is ? Be(is) : os;
var as = Bd;
var Gd = 1;
var Kd = 2;
var Wd = 4;
var ss = "[object Arguments]";
var jd = "[object Array]";
var $d = "[object Boolean]";
var Hd = "[object Date]";
var zd = "[object Error]";
var ls = "[object Function]";
var Vd = "[object GeneratorFunction]";
var Xd = "[object Map]";
var Yd = "[object Number]";
var fs = "[object Object]";
var qd = "[object RegExp]";
var Zd = "[object Set]";
var Jd = "[object String]";
var Qd = "[object Symbol]";
var em = "[object WeakMap]";
var tm = "[object ArrayBuffer]";
var rm = "[object DataView]";
var nm = "[object Float32Array]";
var om = "[object Float64Array]";
var im = "[object Int8Array]";
var am = "[object Int16Array]";
var sm = "[object Int32Array]";
var lm = "[object Uint8Array]";
var fm = "[object Uint8ClampedArray]";
var cm = "[object Uint16Array]";
var um = "[object Uint32Array]";
var P = {};
P[ss] = P[jd] = P[tm] = P[rm] = P[$d] = P[Hd] = P[nm] = P[om] = P[im] = P[am] = P[sm] = P[Xd] = P[Yd] = P[fs] = P[qd] = P[Zd] = P[Jd] = P[Qd] = P[lm] = P[fm] = P[cm] = P[um] = true;
P[zd] = P[ls] = P[em] = false;
function cn(t3, e, r, n2, o, i) {
  var a, s = e & Gd, l = e & Kd, f = e & Wd;
  if (r && (a = o ? r(t3, n2, o, i) : r(t3)), a !== void 0) return a;
  if (!G(t3)) return t3;
  var u = I(t3);
  if (u) {
    if (a = za(t3), !s) return yi(t3, a);
  } else {
    var c2 = ve(t3), p = c2 == ls || c2 == Vd;
    if (ze(t3)) return Ua(t3, s);
    if (c2 == fs || c2 == ss || p && !o) {
      if (a = l || p ? {} : es(t3), !s) return l ? Ga(t3, ka(a, t3)) : Ba(t3, ba(a, t3));
    } else {
      if (!P[c2]) return o ? t3 : {};
      a = Qa(t3, c2, s);
    }
  }
  i || (i = new ht());
  var T = i.get(t3);
  if (T) return T;
  i.set(t3, a), as(t3) ? t3.forEach(function(_) {
    a.add(cn(_, e, r, _, t3, i));
  }) : ns(t3) && t3.forEach(function(_, m) {
    a.set(m, cn(_, e, r, m, t3, i));
  });
  var R = f ? l ? sn : Ir : l ? st : k, y = u ? void 0 : R(t3);
  return Vr(y || t3, function(_, m) {
    y && (m = _, _ = t3[m]), ot(a, m, cn(_, e, r, m, t3, i));
  }), a;
}
var cs = cn;
var pm = 4;
function hm(t3) {
  return cs(t3, pm);
}
var W = hm;
function dm(t3) {
  for (var e = -1, r = t3 == null ? 0 : t3.length, n2 = 0, o = []; ++e < r; ) {
    var i = t3[e];
    i && (o[n2++] = i);
  }
  return o;
}
var Ke = dm;
var mm = "__lodash_hash_undefined__";
function xm(t3) {
  return this.__data__.set(t3, mm), this;
}
var us = xm;
function gm(t3) {
  return this.__data__.has(t3);
}
var ps = gm;
function un(t3) {
  var e = -1, r = t3 == null ? 0 : t3.length;
  for (this.__data__ = new Rt(); ++e < r; ) this.add(t3[e]);
}
un.prototype.add = un.prototype.push = us;
un.prototype.has = ps;
var Zt = un;
function Tm(t3, e) {
  for (var r = -1, n2 = t3 == null ? 0 : t3.length; ++r < n2; ) if (e(t3[r], r, t3)) return true;
  return false;
}
var pn = Tm;
function Em(t3, e) {
  return t3.has(e);
}
var Jt = Em;
var Am = 1;
var Im = 2;
function Rm(t3, e, r, n2, o, i) {
  var a = r & Am, s = t3.length, l = e.length;
  if (s != l && !(a && l > s)) return false;
  var f = i.get(t3), u = i.get(e);
  if (f && u) return f == e && u == t3;
  var c2 = -1, p = true, T = r & Im ? new Zt() : void 0;
  for (i.set(t3, e), i.set(e, t3); ++c2 < s; ) {
    var R = t3[c2], y = e[c2];
    if (n2) var _ = a ? n2(y, R, c2, e, t3, i) : n2(R, y, c2, t3, e, i);
    if (_ !== void 0) {
      if (_) continue;
      p = false;
      break;
    }
    if (T) {
      if (!pn(e, function(m, x) {
        if (!Jt(T, x) && (R === m || o(R, m, r, n2, i))) return T.push(x);
      })) {
        p = false;
        break;
      }
    } else if (!(R === y || o(R, y, r, n2, i))) {
      p = false;
      break;
    }
  }
  return i.delete(t3), i.delete(e), p;
}
var hn = Rm;
function ym(t3) {
  var e = -1, r = Array(t3.size);
  return t3.forEach(function(n2, o) {
    r[++e] = [o, n2];
  }), r;
}
var hs = ym;
function Sm(t3) {
  var e = -1, r = Array(t3.size);
  return t3.forEach(function(n2) {
    r[++e] = n2;
  }), r;
}
var Qt = Sm;
var _m = 1;
var Om = 2;
var Nm = "[object Boolean]";
var Cm = "[object Date]";
var vm = "[object Error]";
var Lm = "[object Map]";
var bm = "[object Number]";
var km = "[object RegExp]";
var Pm = "[object Set]";
var Mm = "[object String]";
var wm = "[object Symbol]";
var Fm = "[object ArrayBuffer]";
var Um = "[object DataView]";
var ds = ne ? ne.prototype : void 0;
var mo = ds ? ds.valueOf : void 0;
function Dm(t3, e, r, n2, o, i, a) {
  switch (r) {
    case Um:
      if (t3.byteLength != e.byteLength || t3.byteOffset != e.byteOffset) return false;
      t3 = t3.buffer, e = e.buffer;
    case Fm:
      return !(t3.byteLength != e.byteLength || !i(new Yt(t3), new Yt(e)));
    case Nm:
    case Cm:
    case bm:
      return Fe(+t3, +e);
    case vm:
      return t3.name == e.name && t3.message == e.message;
    case km:
    case Mm:
      return t3 == e + "";
    case Lm:
      var s = hs;
    case Pm:
      var l = n2 & _m;
      if (s || (s = Qt), t3.size != e.size && !l) return false;
      var f = a.get(t3);
      if (f) return f == e;
      n2 |= Om, a.set(t3, e);
      var u = hn(s(t3), s(e), n2, o, i, a);
      return a.delete(t3), u;
    case wm:
      if (mo) return mo.call(t3) == mo.call(e);
  }
  return false;
}
var ms = Dm;
var Bm = 1;
var Gm = Object.prototype;
var Km = Gm.hasOwnProperty;
function Wm(t3, e, r, n2, o, i) {
  var a = r & Bm, s = Ir(t3), l = s.length, f = Ir(e), u = f.length;
  if (l != u && !a) return false;
  for (var c2 = l; c2--; ) {
    var p = s[c2];
    if (!(a ? p in e : Km.call(e, p))) return false;
  }
  var T = i.get(t3), R = i.get(e);
  if (T && R) return T == e && R == t3;
  var y = true;
  i.set(t3, e), i.set(e, t3);
  for (var _ = a; ++c2 < l; ) {
    p = s[c2];
    var m = t3[p], x = e[p];
    if (n2) var d = a ? n2(x, m, p, e, t3, i) : n2(m, x, p, t3, e, i);
    if (!(d === void 0 ? m === x || o(m, x, r, n2, i) : d)) {
      y = false;
      break;
    }
    _ || (_ = p == "constructor");
  }
  if (y && !_) {
    var E = t3.constructor, b = e.constructor;
    E != b && "constructor" in t3 && "constructor" in e && !(typeof E == "function" && E instanceof E && typeof b == "function" && b instanceof b) && (y = false);
  }
  return i.delete(t3), i.delete(e), y;
}
var xs = Wm;
var jm = 1;
var gs = "[object Arguments]";
var Ts = "[object Array]";
var dn = "[object Object]";
var $m = Object.prototype;
var Es = $m.hasOwnProperty;
function Hm(t3, e, r, n2, o, i) {
  var a = I(t3), s = I(e), l = a ? Ts : ve(t3), f = s ? Ts : ve(e);
  l = l == gs ? dn : l, f = f == gs ? dn : f;
  var u = l == dn, c2 = f == dn, p = l == f;
  if (p && ze(t3)) {
    if (!ze(e)) return false;
    a = true, u = false;
  }
  if (p && !u) return i || (i = new ht()), a || Ut(t3) ? hn(t3, e, r, n2, o, i) : ms(t3, e, l, r, n2, o, i);
  if (!(r & jm)) {
    var T = u && Es.call(t3, "__wrapped__"), R = c2 && Es.call(e, "__wrapped__");
    if (T || R) {
      var y = T ? t3.value() : t3, _ = R ? e.value() : e;
      return i || (i = new ht()), o(y, _, r, n2, i);
    }
  }
  return p ? (i || (i = new ht()), xs(t3, e, r, n2, o, i)) : false;
}
var As = Hm;
function Is(t3, e, r, n2, o) {
  return t3 === e ? true : t3 == null || e == null || !V(t3) && !V(e) ? t3 !== t3 && e !== e : As(t3, e, r, n2, Is, o);
}
var mn = Is;
var zm = 1;
var Vm = 2;
function Xm(t3, e, r, n2) {
  var o = r.length, i = o, a = !n2;
  if (t3 == null) return !i;
  for (t3 = Object(t3); o--; ) {
    var s = r[o];
    if (a && s[2] ? s[1] !== t3[s[0]] : !(s[0] in t3)) return false;
  }
  for (; ++o < i; ) {
    s = r[o];
    var l = s[0], f = t3[l], u = s[1];
    if (a && s[2]) {
      if (f === void 0 && !(l in t3)) return false;
    } else {
      var c2 = new ht();
      if (n2) var p = n2(f, u, l, t3, e, c2);
      if (!(p === void 0 ? mn(u, f, zm | Vm, n2, c2) : p)) return false;
    }
  }
  return true;
}
var Rs = Xm;
function Ym(t3) {
  return t3 === t3 && !G(t3);
}
var xn = Ym;
function qm(t3) {
  for (var e = k(t3), r = e.length; r--; ) {
    var n2 = e[r], o = t3[n2];
    e[r] = [n2, o, xn(o)];
  }
  return e;
}
var ys = qm;
function Zm(t3, e) {
  return function(r) {
    return r == null ? false : r[t3] === e && (e !== void 0 || t3 in Object(r));
  };
}
var gn = Zm;
function Jm(t3) {
  var e = ys(t3);
  return e.length == 1 && e[0][2] ? gn(e[0][0], e[0][1]) : function(r) {
    return r === t3 || Rs(r, t3, e);
  };
}
var Ss = Jm;
function Qm(t3, e) {
  return t3 != null && e in Object(t3);
}
var _s = Qm;
function ex(t3, e, r) {
  e = pt(e, t3);
  for (var n2 = -1, o = e.length, i = false; ++n2 < o; ) {
    var a = Ge(e[n2]);
    if (!(i = t3 != null && r(t3, a))) break;
    t3 = t3[a];
  }
  return i || ++n2 != o ? i : (o = t3 == null ? 0 : t3.length, !!o && Ft(o) && nt(a, o) && (I(t3) || at(t3)));
}
var Tn = ex;
function tx(t3, e) {
  return t3 != null && Tn(t3, e, _s);
}
var Os = tx;
var rx = 1;
var nx = 2;
function ox(t3, e) {
  return Dt(t3) && xn(e) ? gn(Ge(t3), e) : function(r) {
    var n2 = ca(r, t3);
    return n2 === void 0 && n2 === e ? Os(r, t3) : mn(e, n2, rx | nx);
  };
}
var Ns = ox;
function ix(t3) {
  return function(e) {
    return e?.[t3];
  };
}
var Cs = ix;
function ax(t3) {
  return function(e) {
    return Wt(e, t3);
  };
}
var vs = ax;
function sx(t3) {
  return Dt(t3) ? Cs(Ge(t3)) : vs(t3);
}
var Ls = sx;
function lx(t3) {
  return typeof t3 == "function" ? t3 : t3 == null ? Ce : typeof t3 == "object" ? I(t3) ? Ns(t3[0], t3[1]) : Ss(t3) : Ls(t3);
}
var Q = lx;
function fx(t3, e, r, n2) {
  for (var o = -1, i = t3 == null ? 0 : t3.length; ++o < i; ) {
    var a = t3[o];
    e(n2, a, r(a), t3);
  }
  return n2;
}
var bs = fx;
function cx(t3) {
  return function(e, r, n2) {
    for (var o = -1, i = Object(e), a = n2(e), s = a.length; s--; ) {
      var l = a[t3 ? s : ++o];
      if (r(i[l], l, i) === false) break;
    }
    return e;
  };
}
var ks = cx;
var ux = ks();
var Ps = ux;
function px(t3, e) {
  return t3 && Ps(t3, e, k);
}
var Ms = px;
function hx(t3, e) {
  return function(r, n2) {
    if (r == null) return r;
    if (!J(r)) return t3(r, n2);
    for (var o = r.length, i = e ? o : -1, a = Object(r); (e ? i-- : ++i < o) && n2(a[i], i, a) !== false; ) ;
    return r;
  };
}
var ws = hx;
var dx = ws(Ms);
var Te = dx;
function mx(t3, e, r, n2) {
  return Te(t3, function(o, i, a) {
    e(n2, o, r(o), a);
  }), n2;
}
var Fs = mx;
function xx(t3, e) {
  return function(r, n2) {
    var o = I(r) ? bs : Fs, i = e ? e() : {};
    return o(r, t3, Q(n2, 2), i);
  };
}
var Us = xx;
var Ds = Object.prototype;
var gx = Ds.hasOwnProperty;
var Tx = wt(function(t3, e) {
  t3 = Object(t3);
  var r = -1, n2 = e.length, o = n2 > 2 ? e[2] : void 0;
  for (o && it(e[0], e[1], o) && (n2 = 1); ++r < n2; ) for (var i = e[r], a = st(i), s = -1, l = a.length; ++s < l; ) {
    var f = a[s], u = t3[f];
    (u === void 0 || Fe(u, Ds[f]) && !gx.call(t3, f)) && (t3[f] = i[f]);
  }
  return t3;
});
var er = Tx;
function Ex(t3) {
  return V(t3) && J(t3);
}
var xo = Ex;
function Ax(t3, e, r) {
  for (var n2 = -1, o = t3 == null ? 0 : t3.length; ++n2 < o; ) if (r(e, t3[n2])) return true;
  return false;
}
var En = Ax;
var Ix = 200;
function Rx(t3, e, r, n2) {
  var o = -1, i = Yr, a = true, s = t3.length, l = [], f = e.length;
  if (!s) return l;
  r && (e = Me(e, Be(r))), n2 ? (i = En, a = false) : e.length >= Ix && (i = Jt, a = false, e = new Zt(e));
  e: for (; ++o < s; ) {
    var u = t3[o], c2 = r == null ? u : r(u);
    if (u = n2 || u !== 0 ? u : 0, a && c2 === c2) {
      for (var p = f; p--; ) if (e[p] === c2) continue e;
      l.push(u);
    } else i(e, c2, n2) || l.push(u);
  }
  return l;
}
var Bs = Rx;
var yx = wt(function(t3, e) {
  return xo(t3) ? Bs(t3, $t(e, 1, xo, true)) : [];
});
var mt = yx;
function Sx(t3) {
  var e = t3 == null ? 0 : t3.length;
  return e ? t3[e - 1] : void 0;
}
var Le = Sx;
function _x(t3, e, r) {
  var n2 = t3 == null ? 0 : t3.length;
  return n2 ? (e = r || e === void 0 ? 1 : we(e), Ht(t3, e < 0 ? 0 : e, n2)) : [];
}
var X = _x;
function Ox(t3, e, r) {
  var n2 = t3 == null ? 0 : t3.length;
  return n2 ? (e = r || e === void 0 ? 1 : we(e), e = n2 - e, Ht(t3, 0, e < 0 ? 0 : e)) : [];
}
var Xe = Ox;
function Nx(t3) {
  return typeof t3 == "function" ? t3 : Ce;
}
var Gs = Nx;
function Cx(t3, e) {
  var r = I(t3) ? Vr : Te;
  return r(t3, Gs(e));
}
var g = Cx;
function vx(t3, e) {
  for (var r = -1, n2 = t3 == null ? 0 : t3.length; ++r < n2; ) if (!e(t3[r], r, t3)) return false;
  return true;
}
var Ks = vx;
function Lx(t3, e) {
  var r = true;
  return Te(t3, function(n2, o, i) {
    return r = !!e(n2, o, i), r;
  }), r;
}
var Ws = Lx;
function bx(t3, e, r) {
  var n2 = I(t3) ? Ks : Ws;
  return r && it(t3, e, r) && (e = void 0), n2(t3, Q(e, 3));
}
var ae = bx;
function kx(t3, e) {
  var r = [];
  return Te(t3, function(n2, o, i) {
    e(n2, o, i) && r.push(n2);
  }), r;
}
var An = kx;
function Px(t3, e) {
  var r = I(t3) ? Vt : An;
  return r(t3, Q(e, 3));
}
var se = Px;
function Mx(t3) {
  return function(e, r, n2) {
    var o = Object(e);
    if (!J(e)) {
      var i = Q(r, 3);
      e = k(e), r = function(s) {
        return i(o[s], s, o);
      };
    }
    var a = t3(e, r, n2);
    return a > -1 ? o[i ? e[a] : a] : void 0;
  };
}
var js = Mx;
var wx = Math.max;
function Fx(t3, e, r) {
  var n2 = t3 == null ? 0 : t3.length;
  if (!n2) return -1;
  var o = r == null ? 0 : we(r);
  return o < 0 && (o = wx(n2 + o, 0)), Xr(t3, Q(e, 3), o);
}
var $s = Fx;
var Ux = js($s);
var We = Ux;
function Dx(t3) {
  return t3 && t3.length ? t3[0] : void 0;
}
var oe = Dx;
function Bx(t3, e) {
  var r = -1, n2 = J(t3) ? Array(t3.length) : [];
  return Te(t3, function(o, i, a) {
    n2[++r] = e(o, i, a);
  }), n2;
}
var Hs = Bx;
function Gx(t3, e) {
  var r = I(t3) ? Me : Hs;
  return r(t3, Q(e, 3));
}
var h = Gx;
function Kx(t3, e) {
  return $t(h(t3, e), 1);
}
var de = Kx;
var Wx = Object.prototype;
var jx = Wx.hasOwnProperty;
var $x = Us(function(t3, e, r) {
  jx.call(t3, r) ? t3[r].push(e) : Mt(t3, r, [e]);
});
var Rr = $x;
var Hx = Object.prototype;
var zx = Hx.hasOwnProperty;
function Vx(t3, e) {
  return t3 != null && zx.call(t3, e);
}
var zs = Vx;
function Xx(t3, e) {
  return t3 != null && Tn(t3, e, zs);
}
var A = Xx;
var Yx = "[object String]";
function qx(t3) {
  return typeof t3 == "string" || !I(t3) && V(t3) && pe(t3) == Yx;
}
var te = qx;
function Zx(t3, e) {
  return Me(e, function(r) {
    return t3[r];
  });
}
var Vs = Zx;
function Jx(t3) {
  return t3 == null ? [] : Vs(t3, k(t3));
}
var C = Jx;
var Qx = Math.max;
function eg(t3, e, r, n2) {
  t3 = J(t3) ? t3 : C(t3), r = r && !n2 ? we(r) : 0;
  var o = t3.length;
  return r < 0 && (r = Qx(o + r, 0)), te(t3) ? r <= o && t3.indexOf(e, r) > -1 : !!o && Pt(t3, e, r) > -1;
}
var U = eg;
var tg = Math.max;
function rg(t3, e, r) {
  var n2 = t3 == null ? 0 : t3.length;
  if (!n2) return -1;
  var o = r == null ? 0 : we(r);
  return o < 0 && (o = tg(n2 + o, 0)), Pt(t3, e, o);
}
var In = rg;
var ng = "[object Map]";
var og = "[object Set]";
var ig = Object.prototype;
var ag = ig.hasOwnProperty;
function sg(t3) {
  if (t3 == null) return true;
  if (J(t3) && (I(t3) || typeof t3 == "string" || typeof t3.splice == "function" || ze(t3) || Ut(t3) || at(t3))) return !t3.length;
  var e = ve(t3);
  if (e == ng || e == og) return !t3.size;
  if (De(t3)) return !Jr(t3).length;
  for (var r in t3) if (ag.call(t3, r)) return false;
  return true;
}
var O = sg;
var lg = "[object RegExp]";
function fg(t3) {
  return V(t3) && pe(t3) == lg;
}
var Xs = fg;
var Ys = Se && Se.isRegExp;
var cg = Ys ? Be(Ys) : Xs;
var _e = cg;
function ug(t3) {
  return t3 === void 0;
}
var le = ug;
var pg = "Expected a function";
function hg(t3) {
  if (typeof t3 != "function") throw new TypeError(pg);
  return function() {
    var e = arguments;
    switch (e.length) {
      case 0:
        return !t3.call(this);
      case 1:
        return !t3.call(this, e[0]);
      case 2:
        return !t3.call(this, e[0], e[1]);
      case 3:
        return !t3.call(this, e[0], e[1], e[2]);
    }
    return !t3.apply(this, e);
  };
}
var qs = hg;
function dg(t3, e, r, n2) {
  if (!G(t3)) return t3;
  e = pt(e, t3);
  for (var o = -1, i = e.length, a = i - 1, s = t3; s != null && ++o < i; ) {
    var l = Ge(e[o]), f = r;
    if (l === "__proto__" || l === "constructor" || l === "prototype") return t3;
    if (o != a) {
      var u = s[l];
      f = n2 ? n2(u, l, s) : void 0, f === void 0 && (f = G(u) ? u : nt(e[o + 1]) ? [] : {});
    }
    ot(s, l, f), s = s[l];
  }
  return t3;
}
var Zs = dg;
function mg(t3, e, r) {
  for (var n2 = -1, o = e.length, i = {}; ++n2 < o; ) {
    var a = e[n2], s = Wt(t3, a);
    r(s, a) && Zs(i, pt(a, t3), s);
  }
  return i;
}
var Js = mg;
function xg(t3, e) {
  if (t3 == null) return {};
  var r = Me(sn(t3), function(n2) {
    return [n2];
  });
  return e = Q(e), Js(t3, r, function(n2, o) {
    return e(n2, o[0]);
  });
}
var Ee = xg;
function gg(t3, e, r, n2, o) {
  return o(t3, function(i, a, s) {
    r = n2 ? (n2 = false, i) : e(r, i, a, s);
  }), r;
}
var Qs = gg;
function Tg(t3, e, r) {
  var n2 = I(t3) ? _a : Qs, o = arguments.length < 3;
  return n2(t3, Q(e, 4), r, o, Te);
}
var $ = Tg;
function Eg(t3, e) {
  var r = I(t3) ? Vt : An;
  return r(t3, qs(Q(e, 3)));
}
var xt = Eg;
function Ag(t3, e) {
  var r;
  return Te(t3, function(n2, o, i) {
    return r = e(n2, o, i), !r;
  }), !!r;
}
var el = Ag;
function Ig(t3, e, r) {
  var n2 = I(t3) ? pn : el;
  return r && it(t3, e, r) && (e = void 0), n2(t3, Q(e, 3));
}
var St = Ig;
var Rg = 1 / 0;
var yg = dt && 1 / Qt(new dt([, -0]))[1] == Rg ? function(t3) {
  return new dt(t3);
} : j;
var tl = yg;
var Sg = 200;
function _g(t3, e, r) {
  var n2 = -1, o = Yr, i = t3.length, a = true, s = [], l = s;
  if (r) a = false, o = En;
  else if (i >= Sg) {
    var f = e ? null : tl(t3);
    if (f) return Qt(f);
    a = false, o = Jt, l = new Zt();
  } else l = e ? [] : s;
  e: for (; ++n2 < i; ) {
    var u = t3[n2], c2 = e ? e(u) : u;
    if (u = r || u !== 0 ? u : 0, a && c2 === c2) {
      for (var p = l.length; p--; ) if (l[p] === c2) continue e;
      e && l.push(c2), s.push(u);
    } else o(l, c2, r) || (l !== s && l.push(c2), s.push(u));
  }
  return s;
}
var rl = _g;
function Og(t3) {
  return t3 && t3.length ? rl(t3) : [];
}
var gt = Og;
function tr(t3) {
  console && console.error && console.error(`Error: ${t3}`);
}
function yr(t3) {
  console && console.warn && console.warn(`Warning: ${t3}`);
}
function Sr(t3) {
  let e = (/* @__PURE__ */ new Date()).getTime(), r = t3();
  return { time: (/* @__PURE__ */ new Date()).getTime() - e, value: r };
}
function _r(t3) {
  function e() {
  }
  e.prototype = t3;
  let r = new e();
  function n2() {
    return typeof r.bar;
  }
  return n2(), n2(), t3;
  (0, eval)(t3);
}
function Ng(t3) {
  return Cg(t3) ? t3.LABEL : t3.name;
}
function Cg(t3) {
  return te(t3.LABEL) && t3.LABEL !== "";
}
var Ie = class {
  get definition() {
    return this._definition;
  }
  set definition(e) {
    this._definition = e;
  }
  constructor(e) {
    this._definition = e;
  }
  accept(e) {
    e.visit(this), g(this.definition, (r) => {
      r.accept(e);
    });
  }
};
var L = class extends Ie {
  constructor(e) {
    super([]), this.idx = 1, ee(this, Ee(e, (r) => r !== void 0));
  }
  set definition(e) {
  }
  get definition() {
    return this.referencedRule !== void 0 ? this.referencedRule.definition : [];
  }
  accept(e) {
    e.visit(this);
  }
};
var me = class extends Ie {
  constructor(e) {
    super(e.definition), this.orgText = "", ee(this, Ee(e, (r) => r !== void 0));
  }
};
var M = class extends Ie {
  constructor(e) {
    super(e.definition), this.ignoreAmbiguities = false, ee(this, Ee(e, (r) => r !== void 0));
  }
};
var F = class extends Ie {
  constructor(e) {
    super(e.definition), this.idx = 1, ee(this, Ee(e, (r) => r !== void 0));
  }
};
var Y = class extends Ie {
  constructor(e) {
    super(e.definition), this.idx = 1, ee(this, Ee(e, (r) => r !== void 0));
  }
};
var q = class extends Ie {
  constructor(e) {
    super(e.definition), this.idx = 1, ee(this, Ee(e, (r) => r !== void 0));
  }
};
var v = class extends Ie {
  constructor(e) {
    super(e.definition), this.idx = 1, ee(this, Ee(e, (r) => r !== void 0));
  }
};
var H = class extends Ie {
  constructor(e) {
    super(e.definition), this.idx = 1, ee(this, Ee(e, (r) => r !== void 0));
  }
};
var z = class extends Ie {
  get definition() {
    return this._definition;
  }
  set definition(e) {
    this._definition = e;
  }
  constructor(e) {
    super(e.definition), this.idx = 1, this.ignoreAmbiguities = false, this.hasPredicates = false, ee(this, Ee(e, (r) => r !== void 0));
  }
};
var N = class {
  constructor(e) {
    this.idx = 1, ee(this, Ee(e, (r) => r !== void 0));
  }
  accept(e) {
    e.visit(this);
  }
};
function Rn(t3) {
  return h(t3, rr);
}
function rr(t3) {
  function e(r) {
    return h(r, rr);
  }
  if (t3 instanceof L) {
    let r = { type: "NonTerminal", name: t3.nonTerminalName, idx: t3.idx };
    return te(t3.label) && (r.label = t3.label), r;
  } else {
    if (t3 instanceof M) return { type: "Alternative", definition: e(t3.definition) };
    if (t3 instanceof F) return { type: "Option", idx: t3.idx, definition: e(t3.definition) };
    if (t3 instanceof Y) return { type: "RepetitionMandatory", idx: t3.idx, definition: e(t3.definition) };
    if (t3 instanceof q) return { type: "RepetitionMandatoryWithSeparator", idx: t3.idx, separator: rr(new N({ terminalType: t3.separator })), definition: e(t3.definition) };
    if (t3 instanceof H) return { type: "RepetitionWithSeparator", idx: t3.idx, separator: rr(new N({ terminalType: t3.separator })), definition: e(t3.definition) };
    if (t3 instanceof v) return { type: "Repetition", idx: t3.idx, definition: e(t3.definition) };
    if (t3 instanceof z) return { type: "Alternation", idx: t3.idx, definition: e(t3.definition) };
    if (t3 instanceof N) {
      let r = { type: "Terminal", name: t3.terminalType.name, label: Ng(t3.terminalType), idx: t3.idx };
      te(t3.label) && (r.terminalLabel = t3.label);
      let n2 = t3.terminalType.PATTERN;
      return t3.terminalType.PATTERN && (r.pattern = _e(n2) ? n2.source : n2), r;
    } else {
      if (t3 instanceof me) return { type: "Rule", name: t3.name, orgText: t3.orgText, definition: e(t3.definition) };
      throw Error("non exhaustive match");
    }
  }
}
var fe = class {
  visit(e) {
    let r = e;
    switch (r.constructor) {
      case L:
        return this.visitNonTerminal(r);
      case M:
        return this.visitAlternative(r);
      case F:
        return this.visitOption(r);
      case Y:
        return this.visitRepetitionMandatory(r);
      case q:
        return this.visitRepetitionMandatoryWithSeparator(r);
      case H:
        return this.visitRepetitionWithSeparator(r);
      case v:
        return this.visitRepetition(r);
      case z:
        return this.visitAlternation(r);
      case N:
        return this.visitTerminal(r);
      case me:
        return this.visitRule(r);
      default:
        throw Error("non exhaustive match");
    }
  }
  visitNonTerminal(e) {
  }
  visitAlternative(e) {
  }
  visitOption(e) {
  }
  visitRepetition(e) {
  }
  visitRepetitionMandatory(e) {
  }
  visitRepetitionMandatoryWithSeparator(e) {
  }
  visitRepetitionWithSeparator(e) {
  }
  visitAlternation(e) {
  }
  visitTerminal(e) {
  }
  visitRule(e) {
  }
};
function go(t3) {
  return t3 instanceof M || t3 instanceof F || t3 instanceof v || t3 instanceof Y || t3 instanceof q || t3 instanceof H || t3 instanceof N || t3 instanceof me;
}
function _t(t3, e = []) {
  return t3 instanceof F || t3 instanceof v || t3 instanceof H ? true : t3 instanceof z ? St(t3.definition, (n2) => _t(n2, e)) : t3 instanceof L && U(e, t3) ? false : t3 instanceof Ie ? (t3 instanceof L && e.push(t3), ae(t3.definition, (n2) => _t(n2, e))) : false;
}
function To(t3) {
  return t3 instanceof z;
}
function Ae(t3) {
  if (t3 instanceof L) return "SUBRULE";
  if (t3 instanceof F) return "OPTION";
  if (t3 instanceof z) return "OR";
  if (t3 instanceof Y) return "AT_LEAST_ONE";
  if (t3 instanceof q) return "AT_LEAST_ONE_SEP";
  if (t3 instanceof H) return "MANY_SEP";
  if (t3 instanceof v) return "MANY";
  if (t3 instanceof N) return "CONSUME";
  throw Error("non exhaustive match");
}
var Ye = class {
  walk(e, r = []) {
    g(e.definition, (n2, o) => {
      let i = X(e.definition, o + 1);
      if (n2 instanceof L) this.walkProdRef(n2, i, r);
      else if (n2 instanceof N) this.walkTerminal(n2, i, r);
      else if (n2 instanceof M) this.walkFlat(n2, i, r);
      else if (n2 instanceof F) this.walkOption(n2, i, r);
      else if (n2 instanceof Y) this.walkAtLeastOne(n2, i, r);
      else if (n2 instanceof q) this.walkAtLeastOneSep(n2, i, r);
      else if (n2 instanceof H) this.walkManySep(n2, i, r);
      else if (n2 instanceof v) this.walkMany(n2, i, r);
      else if (n2 instanceof z) this.walkOr(n2, i, r);
      else throw Error("non exhaustive match");
    });
  }
  walkTerminal(e, r, n2) {
  }
  walkProdRef(e, r, n2) {
  }
  walkFlat(e, r, n2) {
    let o = r.concat(n2);
    this.walk(e, o);
  }
  walkOption(e, r, n2) {
    let o = r.concat(n2);
    this.walk(e, o);
  }
  walkAtLeastOne(e, r, n2) {
    let o = [new F({ definition: e.definition })].concat(r, n2);
    this.walk(e, o);
  }
  walkAtLeastOneSep(e, r, n2) {
    let o = nl(e, r, n2);
    this.walk(e, o);
  }
  walkMany(e, r, n2) {
    let o = [new F({ definition: e.definition })].concat(r, n2);
    this.walk(e, o);
  }
  walkManySep(e, r, n2) {
    let o = nl(e, r, n2);
    this.walk(e, o);
  }
  walkOr(e, r, n2) {
    let o = r.concat(n2);
    g(e.definition, (i) => {
      let a = new M({ definition: [i] });
      this.walk(a, o);
    });
  }
};
function nl(t3, e, r) {
  return [new F({ definition: [new N({ terminalType: t3.separator })].concat(t3.definition) })].concat(e, r);
}
function Ot(t3) {
  if (t3 instanceof L) return Ot(t3.referencedRule);
  if (t3 instanceof N) return bg(t3);
  if (go(t3)) return vg(t3);
  if (To(t3)) return Lg(t3);
  throw Error("non exhaustive match");
}
function vg(t3) {
  let e = [], r = t3.definition, n2 = 0, o = r.length > n2, i, a = true;
  for (; o && a; ) i = r[n2], a = _t(i), e = e.concat(Ot(i)), n2 = n2 + 1, o = r.length > n2;
  return gt(e);
}
function Lg(t3) {
  let e = h(t3.definition, (r) => Ot(r));
  return gt(K(e));
}
function bg(t3) {
  return [t3.terminalType];
}
var yn = "_~IN~_";
var Eo = class extends Ye {
  constructor(e) {
    super(), this.topProd = e, this.follows = {};
  }
  startWalking() {
    return this.walk(this.topProd), this.follows;
  }
  walkTerminal(e, r, n2) {
  }
  walkProdRef(e, r, n2) {
    let o = kg(e.referencedRule, e.idx) + this.topProd.name, i = r.concat(n2), a = new M({ definition: i }), s = Ot(a);
    this.follows[o] = s;
  }
};
function ol(t3) {
  let e = {};
  return g(t3, (r) => {
    let n2 = new Eo(r).startWalking();
    ee(e, n2);
  }), e;
}
function kg(t3, e) {
  return t3.name + e + yn;
}
function S(t3) {
  return t3.charCodeAt(0);
}
function Sn(t3, e) {
  Array.isArray(t3) ? t3.forEach(function(r) {
    e.push(r);
  }) : e.push(t3);
}
function nr(t3, e) {
  if (t3[e] === true) throw "duplicate flag " + e;
  let r = t3[e];
  t3[e] = true;
}
function Nt(t3) {
  if (t3 === void 0) throw Error("Internal Error - Should never get here!");
  return true;
}
function Or() {
  throw Error("Internal Error - Should never get here!");
}
function Ao(t3) {
  return t3.type === "Character";
}
var Nr = [];
for (let t3 = S("0"); t3 <= S("9"); t3++) Nr.push(t3);
var Cr = [S("_")].concat(Nr);
for (let t3 = S("a"); t3 <= S("z"); t3++) Cr.push(t3);
for (let t3 = S("A"); t3 <= S("Z"); t3++) Cr.push(t3);
var Io = [S(" "), S("\f"), S(`
`), S("\r"), S("	"), S("\v"), S("	"), S("\xA0"), S("\u1680"), S("\u2000"), S("\u2001"), S("\u2002"), S("\u2003"), S("\u2004"), S("\u2005"), S("\u2006"), S("\u2007"), S("\u2008"), S("\u2009"), S("\u200A"), S("\u2028"), S("\u2029"), S("\u202F"), S("\u205F"), S("\u3000"), S("\uFEFF")];
var Pg = /[0-9a-fA-F]/;
var _n = /[0-9]/;
var Mg = /[1-9]/;
var vr = class {
  constructor() {
    this.idx = 0, this.input = "", this.groupIdx = 0;
  }
  saveState() {
    return { idx: this.idx, input: this.input, groupIdx: this.groupIdx };
  }
  restoreState(e) {
    this.idx = e.idx, this.input = e.input, this.groupIdx = e.groupIdx;
  }
  pattern(e) {
    this.idx = 0, this.input = e, this.groupIdx = 0, this.consumeChar("/");
    let r = this.disjunction();
    this.consumeChar("/");
    let n2 = { type: "Flags", loc: { begin: this.idx, end: e.length }, global: false, ignoreCase: false, multiLine: false, unicode: false, sticky: false };
    for (; this.isRegExpFlag(); ) switch (this.popChar()) {
      case "g":
        nr(n2, "global");
        break;
      case "i":
        nr(n2, "ignoreCase");
        break;
      case "m":
        nr(n2, "multiLine");
        break;
      case "u":
        nr(n2, "unicode");
        break;
      case "y":
        nr(n2, "sticky");
        break;
    }
    if (this.idx !== this.input.length) throw Error("Redundant input: " + this.input.substring(this.idx));
    return { type: "Pattern", flags: n2, value: r, loc: this.loc(0) };
  }
  disjunction() {
    let e = [], r = this.idx;
    for (e.push(this.alternative()); this.peekChar() === "|"; ) this.consumeChar("|"), e.push(this.alternative());
    return { type: "Disjunction", value: e, loc: this.loc(r) };
  }
  alternative() {
    let e = [], r = this.idx;
    for (; this.isTerm(); ) e.push(this.term());
    return { type: "Alternative", value: e, loc: this.loc(r) };
  }
  term() {
    return this.isAssertion() ? this.assertion() : this.atom();
  }
  assertion() {
    let e = this.idx;
    switch (this.popChar()) {
      case "^":
        return { type: "StartAnchor", loc: this.loc(e) };
      case "$":
        return { type: "EndAnchor", loc: this.loc(e) };
      case "\\":
        switch (this.popChar()) {
          case "b":
            return { type: "WordBoundary", loc: this.loc(e) };
          case "B":
            return { type: "NonWordBoundary", loc: this.loc(e) };
        }
        throw Error("Invalid Assertion Escape");
      case "(":
        this.consumeChar("?");
        let r;
        switch (this.popChar()) {
          case "=":
            r = "Lookahead";
            break;
          case "!":
            r = "NegativeLookahead";
            break;
          case "<": {
            switch (this.popChar()) {
              case "=":
                r = "Lookbehind";
                break;
              case "!":
                r = "NegativeLookbehind";
            }
            break;
          }
        }
        Nt(r);
        let n2 = this.disjunction();
        return this.consumeChar(")"), { type: r, value: n2, loc: this.loc(e) };
    }
    return Or();
  }
  quantifier(e = false) {
    let r, n2 = this.idx;
    switch (this.popChar()) {
      case "*":
        r = { atLeast: 0, atMost: 1 / 0 };
        break;
      case "+":
        r = { atLeast: 1, atMost: 1 / 0 };
        break;
      case "?":
        r = { atLeast: 0, atMost: 1 };
        break;
      case "{":
        let o = this.integerIncludingZero();
        switch (this.popChar()) {
          case "}":
            r = { atLeast: o, atMost: o };
            break;
          case ",":
            let i;
            this.isDigit() ? (i = this.integerIncludingZero(), r = { atLeast: o, atMost: i }) : r = { atLeast: o, atMost: 1 / 0 }, this.consumeChar("}");
            break;
        }
        if (e === true && r === void 0) return;
        Nt(r);
        break;
    }
    if (!(e === true && r === void 0) && Nt(r)) return this.peekChar(0) === "?" ? (this.consumeChar("?"), r.greedy = false) : r.greedy = true, r.type = "Quantifier", r.loc = this.loc(n2), r;
  }
  atom() {
    let e, r = this.idx;
    switch (this.peekChar()) {
      case ".":
        e = this.dotAll();
        break;
      case "\\":
        e = this.atomEscape();
        break;
      case "[":
        e = this.characterClass();
        break;
      case "(":
        e = this.group();
        break;
    }
    return e === void 0 && this.isPatternCharacter() && (e = this.patternCharacter()), Nt(e) ? (e.loc = this.loc(r), this.isQuantifier() && (e.quantifier = this.quantifier()), e) : Or();
  }
  dotAll() {
    return this.consumeChar("."), { type: "Set", complement: true, value: [S(`
`), S("\r"), S("\u2028"), S("\u2029")] };
  }
  atomEscape() {
    switch (this.consumeChar("\\"), this.peekChar()) {
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        return this.decimalEscapeAtom();
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return this.characterClassEscape();
      case "f":
      case "n":
      case "r":
      case "t":
      case "v":
        return this.controlEscapeAtom();
      case "c":
        return this.controlLetterEscapeAtom();
      case "0":
        return this.nulCharacterAtom();
      case "x":
        return this.hexEscapeSequenceAtom();
      case "u":
        return this.regExpUnicodeEscapeSequenceAtom();
      default:
        return this.identityEscapeAtom();
    }
  }
  decimalEscapeAtom() {
    return { type: "GroupBackReference", value: this.positiveInteger() };
  }
  characterClassEscape() {
    let e, r = false;
    switch (this.popChar()) {
      case "d":
        e = Nr;
        break;
      case "D":
        e = Nr, r = true;
        break;
      case "s":
        e = Io;
        break;
      case "S":
        e = Io, r = true;
        break;
      case "w":
        e = Cr;
        break;
      case "W":
        e = Cr, r = true;
        break;
    }
    return Nt(e) ? { type: "Set", value: e, complement: r } : Or();
  }
  controlEscapeAtom() {
    let e;
    switch (this.popChar()) {
      case "f":
        e = S("\f");
        break;
      case "n":
        e = S(`
`);
        break;
      case "r":
        e = S("\r");
        break;
      case "t":
        e = S("	");
        break;
      case "v":
        e = S("\v");
        break;
    }
    return Nt(e) ? { type: "Character", value: e } : Or();
  }
  controlLetterEscapeAtom() {
    this.consumeChar("c");
    let e = this.popChar();
    if (/[a-zA-Z]/.test(e) === false) throw Error("Invalid ");
    return { type: "Character", value: e.toUpperCase().charCodeAt(0) - 64 };
  }
  nulCharacterAtom() {
    return this.consumeChar("0"), { type: "Character", value: S("\0") };
  }
  hexEscapeSequenceAtom() {
    return this.consumeChar("x"), this.parseHexDigits(2);
  }
  regExpUnicodeEscapeSequenceAtom() {
    return this.consumeChar("u"), this.parseHexDigits(4);
  }
  identityEscapeAtom() {
    let e = this.popChar();
    return { type: "Character", value: S(e) };
  }
  classPatternCharacterAtom() {
    switch (this.peekChar()) {
      case `
`:
      case "\r":
      case "\u2028":
      case "\u2029":
      case "\\":
      case "]":
        throw Error("TBD");
      default:
        let e = this.popChar();
        return { type: "Character", value: S(e) };
    }
  }
  characterClass() {
    let e = [], r = false;
    for (this.consumeChar("["), this.peekChar(0) === "^" && (this.consumeChar("^"), r = true); this.isClassAtom(); ) {
      let n2 = this.classAtom(), o = n2.type === "Character";
      if (Ao(n2) && this.isRangeDash()) {
        this.consumeChar("-");
        let i = this.classAtom(), a = i.type === "Character";
        if (Ao(i)) {
          if (i.value < n2.value) throw Error("Range out of order in character class");
          e.push({ from: n2.value, to: i.value });
        } else Sn(n2.value, e), e.push(S("-")), Sn(i.value, e);
      } else Sn(n2.value, e);
    }
    return this.consumeChar("]"), { type: "Set", complement: r, value: e };
  }
  classAtom() {
    switch (this.peekChar()) {
      case "]":
      case `
`:
      case "\r":
      case "\u2028":
      case "\u2029":
        throw Error("TBD");
      case "\\":
        return this.classEscape();
      default:
        return this.classPatternCharacterAtom();
    }
  }
  classEscape() {
    switch (this.consumeChar("\\"), this.peekChar()) {
      case "b":
        return this.consumeChar("b"), { type: "Character", value: S("\b") };
      case "d":
      case "D":
      case "s":
      case "S":
      case "w":
      case "W":
        return this.characterClassEscape();
      case "f":
      case "n":
      case "r":
      case "t":
      case "v":
        return this.controlEscapeAtom();
      case "c":
        return this.controlLetterEscapeAtom();
      case "0":
        return this.nulCharacterAtom();
      case "x":
        return this.hexEscapeSequenceAtom();
      case "u":
        return this.regExpUnicodeEscapeSequenceAtom();
      default:
        return this.identityEscapeAtom();
    }
  }
  group() {
    let e = true;
    this.consumeChar("("), this.peekChar(0) === "?" ? (this.consumeChar("?"), this.consumeChar(":"), e = false) : this.groupIdx++;
    let r = this.disjunction();
    this.consumeChar(")");
    let n2 = { type: "Group", capturing: e, value: r };
    return e && (n2.idx = this.groupIdx), n2;
  }
  positiveInteger() {
    let e = this.popChar();
    if (Mg.test(e) === false) throw Error("Expecting a positive integer");
    for (; _n.test(this.peekChar(0)); ) e += this.popChar();
    return parseInt(e, 10);
  }
  integerIncludingZero() {
    let e = this.popChar();
    if (_n.test(e) === false) throw Error("Expecting an integer");
    for (; _n.test(this.peekChar(0)); ) e += this.popChar();
    return parseInt(e, 10);
  }
  patternCharacter() {
    let e = this.popChar();
    switch (e) {
      case `
`:
      case "\r":
      case "\u2028":
      case "\u2029":
      case "^":
      case "$":
      case "\\":
      case ".":
      case "*":
      case "+":
      case "?":
      case "(":
      case ")":
      case "[":
      case "|":
        throw Error("TBD");
      default:
        return { type: "Character", value: S(e) };
    }
  }
  isRegExpFlag() {
    switch (this.peekChar(0)) {
      case "g":
      case "i":
      case "m":
      case "u":
      case "y":
        return true;
      default:
        return false;
    }
  }
  isRangeDash() {
    return this.peekChar() === "-" && this.isClassAtom(1);
  }
  isDigit() {
    return _n.test(this.peekChar(0));
  }
  isClassAtom(e = 0) {
    switch (this.peekChar(e)) {
      case "]":
      case `
`:
      case "\r":
      case "\u2028":
      case "\u2029":
        return false;
      default:
        return true;
    }
  }
  isTerm() {
    return this.isAtom() || this.isAssertion();
  }
  isAtom() {
    if (this.isPatternCharacter()) return true;
    switch (this.peekChar(0)) {
      case ".":
      case "\\":
      case "[":
      case "(":
        return true;
      default:
        return false;
    }
  }
  isAssertion() {
    switch (this.peekChar(0)) {
      case "^":
      case "$":
        return true;
      case "\\":
        switch (this.peekChar(1)) {
          case "b":
          case "B":
            return true;
          default:
            return false;
        }
      case "(":
        return this.peekChar(1) === "?" && (this.peekChar(2) === "=" || this.peekChar(2) === "!" || this.peekChar(2) === "<" && (this.peekChar(3) === "=" || this.peekChar(3) === "!"));
      default:
        return false;
    }
  }
  isQuantifier() {
    let e = this.saveState();
    try {
      return this.quantifier(true) !== void 0;
    } catch {
      return false;
    } finally {
      this.restoreState(e);
    }
  }
  isPatternCharacter() {
    switch (this.peekChar()) {
      case "^":
      case "$":
      case "\\":
      case ".":
      case "*":
      case "+":
      case "?":
      case "(":
      case ")":
      case "[":
      case "|":
      case "/":
      case `
`:
      case "\r":
      case "\u2028":
      case "\u2029":
        return false;
      default:
        return true;
    }
  }
  parseHexDigits(e) {
    let r = "";
    for (let o = 0; o < e; o++) {
      let i = this.popChar();
      if (Pg.test(i) === false) throw Error("Expecting a HexDecimal digits");
      r += i;
    }
    return { type: "Character", value: parseInt(r, 16) };
  }
  peekChar(e = 0) {
    return this.input[this.idx + e];
  }
  popChar() {
    let e = this.peekChar(0);
    return this.consumeChar(void 0), e;
  }
  consumeChar(e) {
    if (e !== void 0 && this.input[this.idx] !== e) throw Error("Expected: '" + e + "' but found: '" + this.input[this.idx] + "' at offset: " + this.idx);
    if (this.idx >= this.input.length) throw Error("Unexpected end of input");
    this.idx++;
  }
  loc(e) {
    return { begin: e, end: this.idx };
  }
};
var Tt = class {
  visitChildren(e) {
    for (let r in e) {
      let n2 = e[r];
      e.hasOwnProperty(r) && (n2.type !== void 0 ? this.visit(n2) : Array.isArray(n2) && n2.forEach((o) => {
        this.visit(o);
      }, this));
    }
  }
  visit(e) {
    switch (e.type) {
      case "Pattern":
        this.visitPattern(e);
        break;
      case "Flags":
        this.visitFlags(e);
        break;
      case "Disjunction":
        this.visitDisjunction(e);
        break;
      case "Alternative":
        this.visitAlternative(e);
        break;
      case "StartAnchor":
        this.visitStartAnchor(e);
        break;
      case "EndAnchor":
        this.visitEndAnchor(e);
        break;
      case "WordBoundary":
        this.visitWordBoundary(e);
        break;
      case "NonWordBoundary":
        this.visitNonWordBoundary(e);
        break;
      case "Lookahead":
        this.visitLookahead(e);
        break;
      case "NegativeLookahead":
        this.visitNegativeLookahead(e);
        break;
      case "Lookbehind":
        this.visitLookbehind(e);
        break;
      case "NegativeLookbehind":
        this.visitNegativeLookbehind(e);
        break;
      case "Character":
        this.visitCharacter(e);
        break;
      case "Set":
        this.visitSet(e);
        break;
      case "Group":
        this.visitGroup(e);
        break;
      case "GroupBackReference":
        this.visitGroupBackReference(e);
        break;
      case "Quantifier":
        this.visitQuantifier(e);
        break;
    }
    this.visitChildren(e);
  }
  visitPattern(e) {
  }
  visitFlags(e) {
  }
  visitDisjunction(e) {
  }
  visitAlternative(e) {
  }
  visitStartAnchor(e) {
  }
  visitEndAnchor(e) {
  }
  visitWordBoundary(e) {
  }
  visitNonWordBoundary(e) {
  }
  visitLookahead(e) {
  }
  visitNegativeLookahead(e) {
  }
  visitLookbehind(e) {
  }
  visitNegativeLookbehind(e) {
  }
  visitCharacter(e) {
  }
  visitSet(e) {
  }
  visitGroup(e) {
  }
  visitGroupBackReference(e) {
  }
  visitQuantifier(e) {
  }
};
var On = {};
var wg = new vr();
function or(t3) {
  let e = t3.toString();
  if (On.hasOwnProperty(e)) return On[e];
  {
    let r = wg.pattern(e);
    return On[e] = r, r;
  }
}
function il() {
  On = {};
}
var sl = "Complement Sets are not supported for first char optimization";
var Lr = `Unable to use "first char" lexer optimizations:
`;
function ll(t3, e = false) {
  try {
    let r = or(t3);
    return Ro(r.value, {}, r.flags.ignoreCase);
  } catch (r) {
    if (r.message === sl) e && yr(`${Lr}	Unable to optimize: < ${t3.toString()} >
	Complement Sets cannot be automatically optimized.
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#COMPLEMENT for details.`);
    else {
      let n2 = "";
      e && (n2 = `
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#REGEXP_PARSING for details.`), tr(`${Lr}
	Failed parsing: < ${t3.toString()} >
	Using the @chevrotain/regexp-to-ast library
	Please open an issue at: https://github.com/chevrotain/chevrotain/issues` + n2);
    }
  }
  return [];
}
function Ro(t3, e, r) {
  switch (t3.type) {
    case "Disjunction":
      for (let o = 0; o < t3.value.length; o++) Ro(t3.value[o], e, r);
      break;
    case "Alternative":
      let n2 = t3.value;
      for (let o = 0; o < n2.length; o++) {
        let i = n2[o];
        switch (i.type) {
          case "EndAnchor":
          case "GroupBackReference":
          case "Lookahead":
          case "NegativeLookahead":
          case "Lookbehind":
          case "NegativeLookbehind":
          case "StartAnchor":
          case "WordBoundary":
          case "NonWordBoundary":
            continue;
        }
        let a = i;
        switch (a.type) {
          case "Character":
            Nn(a.value, e, r);
            break;
          case "Set":
            if (a.complement === true) throw Error(sl);
            g(a.value, (l) => {
              if (typeof l == "number") Nn(l, e, r);
              else {
                let f = l;
                if (r === true) for (let u = f.from; u <= f.to; u++) Nn(u, e, r);
                else {
                  for (let u = f.from; u <= f.to && u < ir; u++) Nn(u, e, r);
                  if (f.to >= ir) {
                    let u = f.from >= ir ? f.from : ir, c2 = f.to, p = je(u), T = je(c2);
                    for (let R = p; R <= T; R++) e[R] = R;
                  }
                }
              }
            });
            break;
          case "Group":
            Ro(a.value, e, r);
            break;
          default:
            throw Error("Non Exhaustive Match");
        }
        let s = a.quantifier !== void 0 && a.quantifier.atLeast === 0;
        if (a.type === "Group" && yo(a) === false || a.type !== "Group" && s === false) break;
      }
      break;
    default:
      throw Error("non exhaustive match!");
  }
  return C(e);
}
function Nn(t3, e, r) {
  let n2 = je(t3);
  e[n2] = n2, r === true && Fg(t3, e);
}
function Fg(t3, e) {
  let r = String.fromCharCode(t3), n2 = r.toUpperCase();
  if (n2 !== r) {
    let o = je(n2.charCodeAt(0));
    e[o] = o;
  } else {
    let o = r.toLowerCase();
    if (o !== r) {
      let i = je(o.charCodeAt(0));
      e[i] = i;
    }
  }
}
function al(t3, e) {
  return We(t3.value, (r) => {
    if (typeof r == "number") return U(e, r);
    {
      let n2 = r;
      return We(e, (o) => n2.from <= o && o <= n2.to) !== void 0;
    }
  });
}
function yo(t3) {
  let e = t3.quantifier;
  return e && e.atLeast === 0 ? true : t3.value ? I(t3.value) ? ae(t3.value, yo) : yo(t3.value) : false;
}
var So = class extends Tt {
  constructor(e) {
    super(), this.targetCharCodes = e, this.found = false;
  }
  visitChildren(e) {
    if (this.found !== true) {
      switch (e.type) {
        case "Lookahead":
          this.visitLookahead(e);
          return;
        case "NegativeLookahead":
          this.visitNegativeLookahead(e);
          return;
        case "Lookbehind":
          this.visitLookbehind(e);
          return;
        case "NegativeLookbehind":
          this.visitNegativeLookbehind(e);
          return;
      }
      super.visitChildren(e);
    }
  }
  visitCharacter(e) {
    U(this.targetCharCodes, e.value) && (this.found = true);
  }
  visitSet(e) {
    e.complement ? al(e, this.targetCharCodes) === void 0 && (this.found = true) : al(e, this.targetCharCodes) !== void 0 && (this.found = true);
  }
};
function Cn(t3, e) {
  if (e instanceof RegExp) {
    let r = or(e), n2 = new So(t3);
    return n2.visit(r), n2.found;
  } else return We(e, (r) => U(t3, r.charCodeAt(0))) !== void 0;
}
var Ct = "PATTERN";
var ar = "defaultMode";
var vn = "modes";
function cl(t3, e) {
  e = er(e, { debug: false, safeMode: false, positionTracking: "full", lineTerminatorCharacters: ["\r", `
`], tracer: (x, d) => d() });
  let r = e.tracer;
  r("initCharCodeToOptimizedIndexMap", () => {
    tT();
  });
  let n2;
  r("Reject Lexer.NA", () => {
    n2 = xt(t3, (x) => x[Ct] === ie.NA);
  });
  let o = false, i;
  r("Transform Patterns", () => {
    o = false, i = h(n2, (x) => {
      let d = x[Ct];
      if (_e(d)) {
        let E = d.source;
        return E.length === 1 && E !== "^" && E !== "$" && E !== "." && !d.ignoreCase ? E : E.length === 2 && E[0] === "\\" && !U(["d", "D", "s", "S", "t", "r", "n", "t", "0", "c", "b", "B", "f", "v", "w", "W"], E[1]) ? E[1] : fl(d);
      } else {
        if (he(d)) return o = true, { exec: d };
        if (typeof d == "object") return o = true, d;
        if (typeof d == "string") {
          if (d.length === 1) return d;
          {
            let E = d.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&"), b = new RegExp(E);
            return fl(b);
          }
        } else throw Error("non exhaustive match");
      }
    });
  });
  let a, s, l, f, u;
  r("misc mapping", () => {
    a = h(n2, (x) => x.tokenTypeIdx), s = h(n2, (x) => {
      let d = x.GROUP;
      if (d !== ie.SKIPPED) {
        if (te(d)) return d;
        if (le(d)) return false;
        throw Error("non exhaustive match");
      }
    }), l = h(n2, (x) => {
      let d = x.LONGER_ALT;
      if (d) return I(d) ? h(d, (b) => In(n2, b)) : [In(n2, d)];
    }), f = h(n2, (x) => x.PUSH_MODE), u = h(n2, (x) => A(x, "POP_MODE"));
  });
  let c2;
  r("Line Terminator Handling", () => {
    let x = Tl(e.lineTerminatorCharacters);
    c2 = h(n2, (d) => false), e.positionTracking !== "onlyOffset" && (c2 = h(n2, (d) => A(d, "LINE_BREAKS") ? !!d.LINE_BREAKS : gl(d, x) === false && Cn(x, d.PATTERN)));
  });
  let p, T, R, y;
  r("Misc Mapping #2", () => {
    p = h(n2, ml), T = h(i, Qg), R = $(n2, (x, d) => {
      let E = d.GROUP;
      return te(E) && E !== ie.SKIPPED && (x[E] = []), x;
    }, {}), y = h(i, (x, d) => ({ pattern: i[d], longerAlt: l[d], canLineTerminator: c2[d], isCustom: p[d], short: T[d], group: s[d], push: f[d], pop: u[d], tokenTypeIdx: a[d], tokenType: n2[d] }));
  });
  let _ = true, m = [];
  return e.safeMode || r("First Char Optimization", () => {
    m = $(n2, (x, d, E) => {
      if (typeof d.PATTERN == "string") {
        let b = d.PATTERN.charCodeAt(0), Oe = je(b);
        _o(x, Oe, y[E]);
      } else if (I(d.START_CHARS_HINT)) {
        let b;
        g(d.START_CHARS_HINT, (Oe) => {
          let Qe = typeof Oe == "string" ? Oe.charCodeAt(0) : Oe, At = je(Qe);
          b !== At && (b = At, _o(x, At, y[E]));
        });
      } else if (_e(d.PATTERN)) if (d.PATTERN.unicode) _ = false, e.ensureOptimizations && tr(`${Lr}	Unable to analyze < ${d.PATTERN.toString()} > pattern.
	The regexp unicode flag is not currently supported by the regexp-to-ast library.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNICODE_OPTIMIZE`);
      else {
        let b = ll(d.PATTERN, e.ensureOptimizations);
        O(b) && (_ = false), g(b, (Oe) => {
          _o(x, Oe, y[E]);
        });
      }
      else e.ensureOptimizations && tr(`${Lr}	TokenType: <${d.name}> is using a custom token pattern without providing <start_chars_hint> parameter.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_OPTIMIZE`), _ = false;
      return x;
    }, []);
  }), { emptyGroups: R, patternIdxToConfig: y, charCodeToPatternIdxToConfig: m, hasCustom: o, canBeOptimized: _ };
}
function ul(t3, e) {
  let r = [], n2 = Dg(t3);
  r = r.concat(n2.errors);
  let o = Bg(n2.valid), i = o.valid;
  return r = r.concat(o.errors), r = r.concat(Ug(i)), r = r.concat(Vg(i)), r = r.concat(Xg(i, e)), r = r.concat(Yg(i)), r;
}
function Ug(t3) {
  let e = [], r = se(t3, (n2) => _e(n2[Ct]));
  return e = e.concat(Kg(r)), e = e.concat($g(r)), e = e.concat(Hg(r)), e = e.concat(zg(r)), e = e.concat(Wg(r)), e;
}
function Dg(t3) {
  let e = se(t3, (o) => !A(o, Ct)), r = h(e, (o) => ({ message: "Token Type: ->" + o.name + "<- missing static 'PATTERN' property", type: D.MISSING_PATTERN, tokenTypes: [o] })), n2 = mt(t3, e);
  return { errors: r, valid: n2 };
}
function Bg(t3) {
  let e = se(t3, (o) => {
    let i = o[Ct];
    return !_e(i) && !he(i) && !A(i, "exec") && !te(i);
  }), r = h(e, (o) => ({ message: "Token Type: ->" + o.name + "<- static 'PATTERN' can only be a RegExp, a Function matching the {CustomPatternMatcherFunc} type or an Object matching the {ICustomPattern} interface.", type: D.INVALID_PATTERN, tokenTypes: [o] })), n2 = mt(t3, e);
  return { errors: r, valid: n2 };
}
var Gg = /[^\\][$]/;
function Kg(t3) {
  class e extends Tt {
    constructor() {
      super(...arguments), this.found = false;
    }
    visitEndAnchor(i) {
      this.found = true;
    }
  }
  let r = se(t3, (o) => {
    let i = o.PATTERN;
    try {
      let a = or(i), s = new e();
      return s.visit(a), s.found;
    } catch {
      return Gg.test(i.source);
    }
  });
  return h(r, (o) => ({ message: `Unexpected RegExp Anchor Error:
	Token Type: ->` + o.name + `<- static 'PATTERN' cannot contain end of input anchor '$'
	See chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.`, type: D.EOI_ANCHOR_FOUND, tokenTypes: [o] }));
}
function Wg(t3) {
  let e = se(t3, (n2) => n2.PATTERN.test(""));
  return h(e, (n2) => ({ message: "Token Type: ->" + n2.name + "<- static 'PATTERN' must not match an empty string", type: D.EMPTY_MATCH_PATTERN, tokenTypes: [n2] }));
}
var jg = /[^\\[][\^]|^\^/;
function $g(t3) {
  class e extends Tt {
    constructor() {
      super(...arguments), this.found = false;
    }
    visitStartAnchor(i) {
      this.found = true;
    }
  }
  let r = se(t3, (o) => {
    let i = o.PATTERN;
    try {
      let a = or(i), s = new e();
      return s.visit(a), s.found;
    } catch {
      return jg.test(i.source);
    }
  });
  return h(r, (o) => ({ message: `Unexpected RegExp Anchor Error:
	Token Type: ->` + o.name + `<- static 'PATTERN' cannot contain start of input anchor '^'
	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.`, type: D.SOI_ANCHOR_FOUND, tokenTypes: [o] }));
}
function Hg(t3) {
  let e = se(t3, (n2) => {
    let o = n2[Ct];
    return o instanceof RegExp && (o.multiline || o.global);
  });
  return h(e, (n2) => ({ message: "Token Type: ->" + n2.name + "<- static 'PATTERN' may NOT contain global('g') or multiline('m')", type: D.UNSUPPORTED_FLAGS_FOUND, tokenTypes: [n2] }));
}
function zg(t3) {
  let e = [], r = h(t3, (i) => $(t3, (a, s) => (i.PATTERN.source === s.PATTERN.source && !U(e, s) && s.PATTERN !== ie.NA && (e.push(s), a.push(s)), a), []));
  r = Ke(r);
  let n2 = se(r, (i) => i.length > 1);
  return h(n2, (i) => {
    let a = h(i, (l) => l.name);
    return { message: `The same RegExp pattern ->${oe(i).PATTERN}<-has been used in all of the following Token Types: ${a.join(", ")} <-`, type: D.DUPLICATE_PATTERNS_FOUND, tokenTypes: i };
  });
}
function Vg(t3) {
  let e = se(t3, (n2) => {
    if (!A(n2, "GROUP")) return false;
    let o = n2.GROUP;
    return o !== ie.SKIPPED && o !== ie.NA && !te(o);
  });
  return h(e, (n2) => ({ message: "Token Type: ->" + n2.name + "<- static 'GROUP' can only be Lexer.SKIPPED/Lexer.NA/A String", type: D.INVALID_GROUP_TYPE_FOUND, tokenTypes: [n2] }));
}
function Xg(t3, e) {
  let r = se(t3, (o) => o.PUSH_MODE !== void 0 && !U(e, o.PUSH_MODE));
  return h(r, (o) => ({ message: `Token Type: ->${o.name}<- static 'PUSH_MODE' value cannot refer to a Lexer Mode ->${o.PUSH_MODE}<-which does not exist`, type: D.PUSH_MODE_DOES_NOT_EXIST, tokenTypes: [o] }));
}
function Yg(t3) {
  let e = [], r = $(t3, (n2, o, i) => {
    let a = o.PATTERN;
    return a === ie.NA || (te(a) ? n2.push({ str: a, idx: i, tokenType: o }) : _e(a) && Zg(a) && n2.push({ str: a.source, idx: i, tokenType: o })), n2;
  }, []);
  return g(t3, (n2, o) => {
    g(r, ({ str: i, idx: a, tokenType: s }) => {
      if (o < a && qg(i, n2.PATTERN)) {
        let l = `Token: ->${s.name}<- can never be matched.
Because it appears AFTER the Token Type ->${n2.name}<-in the lexer's definition.
See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNREACHABLE`;
        e.push({ message: l, type: D.UNREACHABLE_PATTERN, tokenTypes: [n2, s] });
      }
    });
  }), e;
}
function qg(t3, e) {
  if (_e(e)) {
    if (Jg(e)) return false;
    let r = e.exec(t3);
    return r !== null && r.index === 0;
  } else {
    if (he(e)) return e(t3, 0, [], {});
    if (A(e, "exec")) return e.exec(t3, 0, [], {});
    if (typeof e == "string") return e === t3;
    throw Error("non exhaustive match");
  }
}
function Zg(t3) {
  return We([".", "\\", "[", "]", "|", "^", "$", "(", ")", "?", "*", "+", "{"], (r) => t3.source.indexOf(r) !== -1) === void 0;
}
function Jg(t3) {
  return /(\(\?=)|(\(\?!)|(\(\?<=)|(\(\?<!)/.test(t3.source);
}
function fl(t3) {
  let e = t3.ignoreCase ? "iy" : "y";
  return new RegExp(`${t3.source}`, e);
}
function pl(t3, e, r) {
  let n2 = [];
  return A(t3, ar) || n2.push({ message: "A MultiMode Lexer cannot be initialized without a <" + ar + `> property in its definition
`, type: D.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE }), A(t3, vn) || n2.push({ message: "A MultiMode Lexer cannot be initialized without a <" + vn + `> property in its definition
`, type: D.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY }), A(t3, vn) && A(t3, ar) && !A(t3.modes, t3.defaultMode) && n2.push({ message: `A MultiMode Lexer cannot be initialized with a ${ar}: <${t3.defaultMode}>which does not exist
`, type: D.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST }), A(t3, vn) && g(t3.modes, (o, i) => {
    g(o, (a, s) => {
      if (le(a)) n2.push({ message: `A Lexer cannot be initialized using an undefined Token Type. Mode:<${i}> at index: <${s}>
`, type: D.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED });
      else if (A(a, "LONGER_ALT")) {
        let l = I(a.LONGER_ALT) ? a.LONGER_ALT : [a.LONGER_ALT];
        g(l, (f) => {
          !le(f) && !U(o, f) && n2.push({ message: `A MultiMode Lexer cannot be initialized with a longer_alt <${f.name}> on token <${a.name}> outside of mode <${i}>
`, type: D.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE });
        });
      }
    });
  }), n2;
}
function hl(t3, e, r) {
  let n2 = [], o = false, i = Ke(K(C(t3.modes))), a = xt(i, (l) => l[Ct] === ie.NA), s = Tl(r);
  return e && g(a, (l) => {
    let f = gl(l, s);
    if (f !== false) {
      let c2 = { message: eT(l, f), type: f.issue, tokenType: l };
      n2.push(c2);
    } else A(l, "LINE_BREAKS") ? l.LINE_BREAKS === true && (o = true) : Cn(s, l.PATTERN) && (o = true);
  }), e && !o && n2.push({ message: `Warning: No LINE_BREAKS Found.
	This Lexer has been defined to track line and column information,
	But none of the Token Types can be identified as matching a line terminator.
	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#LINE_BREAKS 
	for details.`, type: D.NO_LINE_BREAKS_FLAGS }), n2;
}
function dl(t3) {
  let e = {}, r = k(t3);
  return g(r, (n2) => {
    let o = t3[n2];
    if (I(o)) e[n2] = [];
    else throw Error("non exhaustive match");
  }), e;
}
function ml(t3) {
  let e = t3.PATTERN;
  if (_e(e)) return false;
  if (he(e)) return true;
  if (A(e, "exec")) return true;
  if (te(e)) return false;
  throw Error("non exhaustive match");
}
function Qg(t3) {
  return te(t3) && t3.length === 1 ? t3.charCodeAt(0) : false;
}
var xl = { test: function(t3) {
  let e = t3.length;
  for (let r = this.lastIndex; r < e; r++) {
    let n2 = t3.charCodeAt(r);
    if (n2 === 10) return this.lastIndex = r + 1, true;
    if (n2 === 13) return t3.charCodeAt(r + 1) === 10 ? this.lastIndex = r + 2 : this.lastIndex = r + 1, true;
  }
  return false;
}, lastIndex: 0 };
function gl(t3, e) {
  if (A(t3, "LINE_BREAKS")) return false;
  if (_e(t3.PATTERN)) {
    try {
      Cn(e, t3.PATTERN);
    } catch (r) {
      return { issue: D.IDENTIFY_TERMINATOR, errMsg: r.message };
    }
    return false;
  } else {
    if (te(t3.PATTERN)) return false;
    if (ml(t3)) return { issue: D.CUSTOM_LINE_BREAK };
    throw Error("non exhaustive match");
  }
}
function eT(t3, e) {
  if (e.issue === D.IDENTIFY_TERMINATOR) return `Warning: unable to identify line terminator usage in pattern.
	The problem is in the <${t3.name}> Token Type
	 Root cause: ${e.errMsg}.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#IDENTIFY_TERMINATOR`;
  if (e.issue === D.CUSTOM_LINE_BREAK) return `Warning: A Custom Token Pattern should specify the <line_breaks> option.
	The problem is in the <${t3.name}> Token Type
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_LINE_BREAK`;
  throw Error("non exhaustive match");
}
function Tl(t3) {
  return h(t3, (r) => te(r) ? r.charCodeAt(0) : r);
}
function _o(t3, e, r) {
  t3[e] === void 0 ? t3[e] = [r] : t3[e].push(r);
}
var ir = 256;
var Ln = [];
function je(t3) {
  return t3 < ir ? t3 : Ln[t3];
}
function tT() {
  if (O(Ln)) {
    Ln = new Array(65536);
    for (let t3 = 0; t3 < 65536; t3++) Ln[t3] = t3 > 255 ? 255 + ~~(t3 / 255) : t3;
  }
}
function qe(t3, e) {
  let r = t3.tokenTypeIdx;
  return r === e.tokenTypeIdx ? true : e.isParent === true && e.categoryMatchesMap[r] === true;
}
function sr(t3, e) {
  return t3.tokenTypeIdx === e.tokenTypeIdx;
}
var El = 1;
var Il = {};
function Ze(t3) {
  let e = rT(t3);
  nT(e), iT(e), oT(e), g(e, (r) => {
    r.isParent = r.categoryMatches.length > 0;
  });
}
function rT(t3) {
  let e = W(t3), r = t3, n2 = true;
  for (; n2; ) {
    r = Ke(K(h(r, (i) => i.CATEGORIES)));
    let o = mt(r, e);
    e = e.concat(o), O(o) ? n2 = false : r = o;
  }
  return e;
}
function nT(t3) {
  g(t3, (e) => {
    Oo(e) || (Il[El] = e, e.tokenTypeIdx = El++), Al(e) && !I(e.CATEGORIES) && (e.CATEGORIES = [e.CATEGORIES]), Al(e) || (e.CATEGORIES = []), aT(e) || (e.categoryMatches = []), sT(e) || (e.categoryMatchesMap = {});
  });
}
function oT(t3) {
  g(t3, (e) => {
    e.categoryMatches = [], g(e.categoryMatchesMap, (r, n2) => {
      e.categoryMatches.push(Il[n2].tokenTypeIdx);
    });
  });
}
function iT(t3) {
  g(t3, (e) => {
    Rl([], e);
  });
}
function Rl(t3, e) {
  g(t3, (r) => {
    e.categoryMatchesMap[r.tokenTypeIdx] = true;
  }), g(e.CATEGORIES, (r) => {
    let n2 = t3.concat(e);
    U(n2, r) || Rl(n2, r);
  });
}
function Oo(t3) {
  return A(t3, "tokenTypeIdx");
}
function Al(t3) {
  return A(t3, "CATEGORIES");
}
function aT(t3) {
  return A(t3, "categoryMatches");
}
function sT(t3) {
  return A(t3, "categoryMatchesMap");
}
function yl(t3) {
  return A(t3, "tokenTypeIdx");
}
var No = { buildUnableToPopLexerModeMessage(t3) {
  return `Unable to pop Lexer Mode after encountering Token ->${t3.image}<- The Mode Stack is empty`;
}, buildUnexpectedCharactersMessage(t3, e, r, n2, o, i) {
  return `unexpected character: ->${t3.charAt(e)}<- at offset: ${e}, skipped ${r} characters.`;
} };
var D;
(function(t3) {
  t3[t3.MISSING_PATTERN = 0] = "MISSING_PATTERN", t3[t3.INVALID_PATTERN = 1] = "INVALID_PATTERN", t3[t3.EOI_ANCHOR_FOUND = 2] = "EOI_ANCHOR_FOUND", t3[t3.UNSUPPORTED_FLAGS_FOUND = 3] = "UNSUPPORTED_FLAGS_FOUND", t3[t3.DUPLICATE_PATTERNS_FOUND = 4] = "DUPLICATE_PATTERNS_FOUND", t3[t3.INVALID_GROUP_TYPE_FOUND = 5] = "INVALID_GROUP_TYPE_FOUND", t3[t3.PUSH_MODE_DOES_NOT_EXIST = 6] = "PUSH_MODE_DOES_NOT_EXIST", t3[t3.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE = 7] = "MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE", t3[t3.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY = 8] = "MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY", t3[t3.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST = 9] = "MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST", t3[t3.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED = 10] = "LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED", t3[t3.SOI_ANCHOR_FOUND = 11] = "SOI_ANCHOR_FOUND", t3[t3.EMPTY_MATCH_PATTERN = 12] = "EMPTY_MATCH_PATTERN", t3[t3.NO_LINE_BREAKS_FLAGS = 13] = "NO_LINE_BREAKS_FLAGS", t3[t3.UNREACHABLE_PATTERN = 14] = "UNREACHABLE_PATTERN", t3[t3.IDENTIFY_TERMINATOR = 15] = "IDENTIFY_TERMINATOR", t3[t3.CUSTOM_LINE_BREAK = 16] = "CUSTOM_LINE_BREAK", t3[t3.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE = 17] = "MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE";
})(D || (D = {}));
var br = { deferDefinitionErrorsHandling: false, positionTracking: "full", lineTerminatorsPattern: /\n|\r\n?/g, lineTerminatorCharacters: [`
`, "\r"], ensureOptimizations: false, safeMode: false, errorMessageProvider: No, traceInitPerf: false, skipValidations: false, recoveryEnabled: true };
Object.freeze(br);
var ie = class {
  constructor(e, r = br) {
    if (this.lexerDefinition = e, this.lexerDefinitionErrors = [], this.lexerDefinitionWarning = [], this.patternIdxToConfig = {}, this.charCodeToPatternIdxToConfig = {}, this.modes = [], this.emptyGroups = {}, this.trackStartLines = true, this.trackEndLines = true, this.hasCustom = false, this.canModeBeOptimized = {}, this.TRACE_INIT = (o, i) => {
      if (this.traceInitPerf === true) {
        this.traceInitIndent++;
        let a = new Array(this.traceInitIndent + 1).join("	");
        this.traceInitIndent < this.traceInitMaxIdent && console.log(`${a}--> <${o}>`);
        let { time: s, value: l } = Sr(i), f = s > 10 ? console.warn : console.log;
        return this.traceInitIndent < this.traceInitMaxIdent && f(`${a}<-- <${o}> time: ${s}ms`), this.traceInitIndent--, l;
      } else return i();
    }, typeof r == "boolean") throw Error(`The second argument to the Lexer constructor is now an ILexerConfig Object.
a boolean 2nd argument is no longer supported`);
    this.config = ee({}, br, r);
    let n2 = this.config.traceInitPerf;
    n2 === true ? (this.traceInitMaxIdent = 1 / 0, this.traceInitPerf = true) : typeof n2 == "number" && (this.traceInitMaxIdent = n2, this.traceInitPerf = true), this.traceInitIndent = -1, this.TRACE_INIT("Lexer Constructor", () => {
      let o, i = true;
      this.TRACE_INIT("Lexer Config handling", () => {
        if (this.config.lineTerminatorsPattern === br.lineTerminatorsPattern) this.config.lineTerminatorsPattern = xl;
        else if (this.config.lineTerminatorCharacters === br.lineTerminatorCharacters) throw Error(`Error: Missing <lineTerminatorCharacters> property on the Lexer config.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#MISSING_LINE_TERM_CHARS`);
        if (r.safeMode && r.ensureOptimizations) throw Error('"safeMode" and "ensureOptimizations" flags are mutually exclusive.');
        this.trackStartLines = /full|onlyStart/i.test(this.config.positionTracking), this.trackEndLines = /full/i.test(this.config.positionTracking), I(e) ? o = { modes: { defaultMode: W(e) }, defaultMode: ar } : (i = false, o = W(e));
      }), this.config.skipValidations === false && (this.TRACE_INIT("performRuntimeChecks", () => {
        this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(pl(o, this.trackStartLines, this.config.lineTerminatorCharacters));
      }), this.TRACE_INIT("performWarningRuntimeChecks", () => {
        this.lexerDefinitionWarning = this.lexerDefinitionWarning.concat(hl(o, this.trackStartLines, this.config.lineTerminatorCharacters));
      })), o.modes = o.modes ? o.modes : {}, g(o.modes, (s, l) => {
        o.modes[l] = xt(s, (f) => le(f));
      });
      let a = k(o.modes);
      if (g(o.modes, (s, l) => {
        this.TRACE_INIT(`Mode: <${l}> processing`, () => {
          if (this.modes.push(l), this.config.skipValidations === false && this.TRACE_INIT("validatePatterns", () => {
            this.lexerDefinitionErrors = this.lexerDefinitionErrors.concat(ul(s, a));
          }), O(this.lexerDefinitionErrors)) {
            Ze(s);
            let f;
            this.TRACE_INIT("analyzeTokenTypes", () => {
              f = cl(s, { lineTerminatorCharacters: this.config.lineTerminatorCharacters, positionTracking: r.positionTracking, ensureOptimizations: r.ensureOptimizations, safeMode: r.safeMode, tracer: this.TRACE_INIT });
            }), this.patternIdxToConfig[l] = f.patternIdxToConfig, this.charCodeToPatternIdxToConfig[l] = f.charCodeToPatternIdxToConfig, this.emptyGroups = ee({}, this.emptyGroups, f.emptyGroups), this.hasCustom = f.hasCustom || this.hasCustom, this.canModeBeOptimized[l] = f.canBeOptimized;
          }
        });
      }), this.defaultMode = o.defaultMode, !O(this.lexerDefinitionErrors) && !this.config.deferDefinitionErrorsHandling) {
        let l = h(this.lexerDefinitionErrors, (f) => f.message).join(`-----------------------
`);
        throw new Error(`Errors detected in definition of Lexer:
` + l);
      }
      g(this.lexerDefinitionWarning, (s) => {
        yr(s.message);
      }), this.TRACE_INIT("Choosing sub-methods implementations", () => {
        if (i && (this.handleModes = j), this.trackStartLines === false && (this.computeNewColumn = Ce), this.trackEndLines === false && (this.updateTokenEndLineColumnLocation = j), /full/i.test(this.config.positionTracking)) this.createTokenInstance = this.createFullToken;
        else if (/onlyStart/i.test(this.config.positionTracking)) this.createTokenInstance = this.createStartOnlyToken;
        else if (/onlyOffset/i.test(this.config.positionTracking)) this.createTokenInstance = this.createOffsetOnlyToken;
        else throw Error(`Invalid <positionTracking> config option: "${this.config.positionTracking}"`);
        this.hasCustom ? (this.addToken = this.addTokenUsingPush, this.handlePayload = this.handlePayloadWithCustom) : (this.addToken = this.addTokenUsingMemberAccess, this.handlePayload = this.handlePayloadNoCustom);
      }), this.TRACE_INIT("Failed Optimization Warnings", () => {
        let s = $(this.canModeBeOptimized, (l, f, u) => (f === false && l.push(u), l), []);
        if (r.ensureOptimizations && !O(s)) throw Error(`Lexer Modes: < ${s.join(", ")} > cannot be optimized.
	 Disable the "ensureOptimizations" lexer config flag to silently ignore this and run the lexer in an un-optimized mode.
	 Or inspect the console log for details on how to resolve these issues.`);
      }), this.TRACE_INIT("clearRegExpParserCache", () => {
        il();
      }), this.TRACE_INIT("toFastProperties", () => {
        _r(this);
      });
    });
  }
  tokenize(e, r = this.defaultMode) {
    if (!O(this.lexerDefinitionErrors)) {
      let o = h(this.lexerDefinitionErrors, (i) => i.message).join(`-----------------------
`);
      throw new Error(`Unable to Tokenize because Errors detected in definition of Lexer:
` + o);
    }
    return this.tokenizeInternal(e, r);
  }
  tokenizeInternal(e, r) {
    let n2, o, i, a, s, l, f, u, c2, p, T, R, y, _, m, x = e, d = x.length, E = 0, b = 0, Oe = this.hasCustom ? 0 : Math.floor(e.length / 10), Qe = new Array(Oe), At = [], dr = this.trackStartLines ? 1 : void 0, Pe = this.trackStartLines ? 1 : void 0, mr = dl(this.emptyGroups), Tf = this.trackStartLines, io = this.config.lineTerminatorsPattern, Wr = 0, et = [], xr = [], gr = [], Jo = [];
    Object.freeze(Jo);
    let Tr = false, Ef = (xe) => {
      if (gr.length === 1 && xe.tokenType.PUSH_MODE === void 0) {
        let Re = this.config.errorMessageProvider.buildUnableToPopLexerModeMessage(xe);
        At.push({ offset: xe.startOffset, line: xe.startLine, column: xe.startColumn, length: xe.image.length, message: Re });
      } else {
        gr.pop();
        let Re = Le(gr);
        et = this.patternIdxToConfig[Re], xr = this.charCodeToPatternIdxToConfig[Re], Wr = et.length;
        let ao = this.canModeBeOptimized[Re] && this.config.safeMode === false;
        xr && ao ? Tr = true : Tr = false;
      }
    };
    function Qo(xe) {
      gr.push(xe), xr = this.charCodeToPatternIdxToConfig[xe], et = this.patternIdxToConfig[xe], Wr = et.length, Wr = et.length;
      let Re = this.canModeBeOptimized[xe] && this.config.safeMode === false;
      xr && Re ? Tr = true : Tr = false;
    }
    Qo.call(this, r);
    let Ne, ei = this.config.recoveryEnabled;
    for (; E < d; ) {
      l = null, c2 = -1;
      let xe = x.charCodeAt(E), Re;
      if (Tr) {
        let ue = je(xe), ye = xr[ue];
        Re = ye !== void 0 ? ye : Jo;
      } else Re = et;
      let ao = Re.length;
      for (n2 = 0; n2 < ao; n2++) {
        Ne = Re[n2];
        let ue = Ne.pattern;
        f = null;
        let ye = Ne.short;
        if (ye !== false ? xe === ye && (c2 = 1, l = ue) : Ne.isCustom === true ? (m = ue.exec(x, E, Qe, mr), m !== null ? (l = m[0], c2 = l.length, m.payload !== void 0 && (f = m.payload)) : l = null) : (ue.lastIndex = E, c2 = this.matchLength(ue, e, E)), c2 !== -1) {
          if (s = Ne.longerAlt, s !== void 0) {
            l = e.substring(E, E + c2);
            let tt = s.length;
            for (i = 0; i < tt; i++) {
              let $e = et[s[i]], It = $e.pattern;
              if (u = null, $e.isCustom === true ? (m = It.exec(x, E, Qe, mr), m !== null ? (a = m[0], m.payload !== void 0 && (u = m.payload)) : a = null) : (It.lastIndex = E, a = this.match(It, e, E)), a && a.length > l.length) {
                l = a, c2 = a.length, f = u, Ne = $e;
                break;
              }
            }
          }
          break;
        }
      }
      if (c2 !== -1) {
        if (p = Ne.group, p !== void 0 && (l = l !== null ? l : e.substring(E, E + c2), T = Ne.tokenTypeIdx, R = this.createTokenInstance(l, E, T, Ne.tokenType, dr, Pe, c2), this.handlePayload(R, f), p === false ? b = this.addToken(Qe, b, R) : mr[p].push(R)), Tf === true && Ne.canLineTerminator === true) {
          let ue = 0, ye, tt;
          io.lastIndex = 0;
          do
            l = l !== null ? l : e.substring(E, E + c2), ye = io.test(l), ye === true && (tt = io.lastIndex - 1, ue++);
          while (ye === true);
          ue !== 0 ? (dr = dr + ue, Pe = c2 - tt, this.updateTokenEndLineColumnLocation(R, p, tt, ue, dr, Pe, c2)) : Pe = this.computeNewColumn(Pe, c2);
        } else Pe = this.computeNewColumn(Pe, c2);
        E = E + c2, this.handleModes(Ne, Ef, Qo, R);
      } else {
        let ue = E, ye = dr, tt = Pe, $e = ei === false;
        for (; $e === false && E < d; ) for (E++, o = 0; o < Wr; o++) {
          let It = et[o], so = It.pattern, ti = It.short;
          if (ti !== false ? x.charCodeAt(E) === ti && ($e = true) : It.isCustom === true ? $e = so.exec(x, E, Qe, mr) !== null : (so.lastIndex = E, $e = so.exec(e) !== null), $e === true) break;
        }
        if (y = E - ue, Pe = this.computeNewColumn(Pe, y), _ = this.config.errorMessageProvider.buildUnexpectedCharactersMessage(x, ue, y, ye, tt, Le(gr)), At.push({ offset: ue, line: ye, column: tt, length: y, message: _ }), ei === false) break;
      }
    }
    return this.hasCustom || (Qe.length = b), { tokens: Qe, groups: mr, errors: At };
  }
  handleModes(e, r, n2, o) {
    if (e.pop === true) {
      let i = e.push;
      r(o), i !== void 0 && n2.call(this, i);
    } else e.push !== void 0 && n2.call(this, e.push);
  }
  updateTokenEndLineColumnLocation(e, r, n2, o, i, a, s) {
    let l, f;
    r !== void 0 && (l = n2 === s - 1, f = l ? -1 : 0, o === 1 && l === true || (e.endLine = i + f, e.endColumn = a - 1 + -f));
  }
  computeNewColumn(e, r) {
    return e + r;
  }
  createOffsetOnlyToken(e, r, n2, o) {
    return { image: e, startOffset: r, tokenTypeIdx: n2, tokenType: o };
  }
  createStartOnlyToken(e, r, n2, o, i, a) {
    return { image: e, startOffset: r, startLine: i, startColumn: a, tokenTypeIdx: n2, tokenType: o };
  }
  createFullToken(e, r, n2, o, i, a, s) {
    return { image: e, startOffset: r, endOffset: r + s - 1, startLine: i, endLine: i, startColumn: a, endColumn: a + s - 1, tokenTypeIdx: n2, tokenType: o };
  }
  addTokenUsingPush(e, r, n2) {
    return e.push(n2), r;
  }
  addTokenUsingMemberAccess(e, r, n2) {
    return e[r] = n2, r++, r;
  }
  handlePayloadNoCustom(e, r) {
  }
  handlePayloadWithCustom(e, r) {
    r !== null && (e.payload = r);
  }
  match(e, r, n2) {
    return e.test(r) === true ? r.substring(n2, e.lastIndex) : null;
  }
  matchLength(e, r, n2) {
    return e.test(r) === true ? e.lastIndex - n2 : -1;
  }
};
ie.SKIPPED = "This marks a skipped Token pattern, this means each token identified by it will be consumed and then thrown into oblivion, this can be used to for example to completely ignore whitespace.";
ie.NA = /NOT_APPLICABLE/;
function vt(t3) {
  return Co(t3) ? t3.LABEL : t3.name;
}
function Co(t3) {
  return te(t3.LABEL) && t3.LABEL !== "";
}
var fT = "parent";
var Sl = "categories";
var _l = "label";
var Ol = "group";
var Nl = "push_mode";
var Cl = "pop_mode";
var vl = "longer_alt";
var Ll = "line_breaks";
var bl = "start_chars_hint";
function bn(t3) {
  return cT(t3);
}
function cT(t3) {
  let e = t3.pattern, r = {};
  if (r.name = t3.name, le(e) || (r.PATTERN = e), A(t3, fT)) throw `The parent property is no longer supported.
See: https://github.com/chevrotain/chevrotain/issues/564#issuecomment-349062346 for details.`;
  return A(t3, Sl) && (r.CATEGORIES = t3[Sl]), Ze([r]), A(t3, _l) && (r.LABEL = t3[_l]), A(t3, Ol) && (r.GROUP = t3[Ol]), A(t3, Cl) && (r.POP_MODE = t3[Cl]), A(t3, Nl) && (r.PUSH_MODE = t3[Nl]), A(t3, vl) && (r.LONGER_ALT = t3[vl]), A(t3, Ll) && (r.LINE_BREAKS = t3[Ll]), A(t3, bl) && (r.START_CHARS_HINT = t3[bl]), r;
}
var be = bn({ name: "EOF", pattern: ie.NA });
Ze([be]);
function Lt(t3, e, r, n2, o, i, a, s) {
  return { image: e, startOffset: r, endOffset: n2, startLine: o, endLine: i, startColumn: a, endColumn: s, tokenTypeIdx: t3.tokenTypeIdx, tokenType: t3 };
}
function vo(t3, e) {
  return qe(t3, e);
}
var kn = { buildMismatchTokenMessage({ expected: t3, actual: e, previous: r, ruleName: n2 }) {
  return `Expecting ${Co(t3) ? `--> ${vt(t3)} <--` : `token of type --> ${t3.name} <--`} but found --> '${e.image}' <--`;
}, buildNotAllInputParsedMessage({ firstRedundant: t3, ruleName: e }) {
  return "Redundant input, expecting EOF but found: " + t3.image;
}, buildNoViableAltMessage({ expectedPathsPerAlt: t3, actual: e, previous: r, customUserDescription: n2, ruleName: o }) {
  let i = "Expecting: ", s = `
but found: '` + oe(e).image + "'";
  if (n2) return i + n2 + s;
  {
    let l = $(t3, (p, T) => p.concat(T), []), f = h(l, (p) => `[${h(p, (T) => vt(T)).join(", ")}]`), c2 = `one of these possible Token sequences:
${h(f, (p, T) => `  ${T + 1}. ${p}`).join(`
`)}`;
    return i + c2 + s;
  }
}, buildEarlyExitMessage({ expectedIterationPaths: t3, actual: e, customUserDescription: r, ruleName: n2 }) {
  let o = "Expecting: ", a = `
but found: '` + oe(e).image + "'";
  if (r) return o + r + a;
  {
    let l = `expecting at least one iteration which starts with one of these possible Token sequences::
  <${h(t3, (f) => `[${h(f, (u) => vt(u)).join(",")}]`).join(" ,")}>`;
    return o + l + a;
  }
} };
Object.freeze(kn);
var kl = { buildRuleNotFoundError(t3, e) {
  return "Invalid grammar, reference to a rule which is not defined: ->" + e.nonTerminalName + `<-
inside top level rule: ->` + t3.name + "<-";
} };
var ke = { buildDuplicateFoundError(t3, e) {
  function r(u) {
    return u instanceof N ? u.terminalType.name : u instanceof L ? u.nonTerminalName : "";
  }
  let n2 = t3.name, o = oe(e), i = o.idx, a = Ae(o), s = r(o), l = i > 0, f = `->${a}${l ? i : ""}<- ${s ? `with argument: ->${s}<-` : ""}
                  appears more than once (${e.length} times) in the top level rule: ->${n2}<-.                  
                  For further details see: https://chevrotain.io/docs/FAQ.html#NUMERICAL_SUFFIXES 
                  `;
  return f = f.replace(/[ \t]+/g, " "), f = f.replace(/\s\s+/g, `
`), f;
}, buildNamespaceConflictError(t3) {
  return `Namespace conflict found in grammar.
The grammar has both a Terminal(Token) and a Non-Terminal(Rule) named: <${t3.name}>.
To resolve this make sure each Terminal and Non-Terminal names are unique
This is easy to accomplish by using the convention that Terminal names start with an uppercase letter
and Non-Terminal names start with a lower case letter.`;
}, buildAlternationPrefixAmbiguityError(t3) {
  let e = h(t3.prefixPath, (o) => vt(o)).join(", "), r = t3.alternation.idx === 0 ? "" : t3.alternation.idx;
  return `Ambiguous alternatives: <${t3.ambiguityIndices.join(" ,")}> due to common lookahead prefix
in <OR${r}> inside <${t3.topLevelRule.name}> Rule,
<${e}> may appears as a prefix path in all these alternatives.
See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#COMMON_PREFIX
For Further details.`;
}, buildAlternationAmbiguityError(t3) {
  let e = t3.alternation.idx === 0 ? "" : t3.alternation.idx, r = t3.prefixPath.length === 0, n2 = `Ambiguous Alternatives Detected: <${t3.ambiguityIndices.join(" ,")}> in <OR${e}> inside <${t3.topLevelRule.name}> Rule,
`;
  if (r) n2 += `These alternatives are all empty (match no tokens), making them indistinguishable.
Only the last alternative may be empty.
`;
  else {
    let o = h(t3.prefixPath, (i) => vt(i)).join(", ");
    n2 += `<${o}> may appears as a prefix path in all these alternatives.
`;
  }
  return n2 += `See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#AMBIGUOUS_ALTERNATIVES
For Further details.`, n2;
}, buildEmptyRepetitionError(t3) {
  let e = Ae(t3.repetition);
  return t3.repetition.idx !== 0 && (e += t3.repetition.idx), `The repetition <${e}> within Rule <${t3.topLevelRule.name}> can never consume any tokens.
This could lead to an infinite loop.`;
}, buildTokenNameError(t3) {
  return "deprecated";
}, buildEmptyAlternationError(t3) {
  return `Ambiguous empty alternative: <${t3.emptyChoiceIdx + 1}> in <OR${t3.alternation.idx}> inside <${t3.topLevelRule.name}> Rule.
Only the last alternative may be an empty alternative.`;
}, buildTooManyAlternativesError(t3) {
  return `An Alternation cannot have more than 256 alternatives:
<OR${t3.alternation.idx}> inside <${t3.topLevelRule.name}> Rule.
 has ${t3.alternation.definition.length + 1} alternatives.`;
}, buildLeftRecursionError(t3) {
  let e = t3.topLevelRule.name, r = h(t3.leftRecursionPath, (i) => i.name), n2 = `${e} --> ${r.concat([e]).join(" --> ")}`;
  return `Left Recursion found in grammar.
rule: <${e}> can be invoked from itself (directly or indirectly)
without consuming any Tokens. The grammar path that causes this is: 
 ${n2}
 To fix this refactor your grammar to remove the left recursion.
see: https://en.wikipedia.org/wiki/LL_parser#Left_factoring.`;
}, buildInvalidRuleNameError(t3) {
  return "deprecated";
}, buildDuplicateRuleNameError(t3) {
  let e;
  return t3.topLevelRule instanceof me ? e = t3.topLevelRule.name : e = t3.topLevelRule, `Duplicate definition, rule: ->${e}<- is already defined in the grammar: ->${t3.grammarName}<-`;
} };
function Pl(t3, e) {
  let r = new Lo(t3, e);
  return r.resolveRefs(), r.errors;
}
var Lo = class extends fe {
  constructor(e, r) {
    super(), this.nameToTopRule = e, this.errMsgProvider = r, this.errors = [];
  }
  resolveRefs() {
    g(C(this.nameToTopRule), (e) => {
      this.currTopLevel = e, e.accept(this);
    });
  }
  visitNonTerminal(e) {
    let r = this.nameToTopRule[e.nonTerminalName];
    if (r) e.referencedRule = r;
    else {
      let n2 = this.errMsgProvider.buildRuleNotFoundError(this.currTopLevel, e);
      this.errors.push({ message: n2, type: re.UNRESOLVED_SUBRULE_REF, ruleName: this.currTopLevel.name, unresolvedRefName: e.nonTerminalName });
    }
  }
};
var bo = class extends Ye {
  constructor(e, r) {
    super(), this.topProd = e, this.path = r, this.possibleTokTypes = [], this.nextProductionName = "", this.nextProductionOccurrence = 0, this.found = false, this.isAtEndOfPath = false;
  }
  startWalking() {
    if (this.found = false, this.path.ruleStack[0] !== this.topProd.name) throw Error("The path does not start with the walker's top Rule!");
    return this.ruleStack = W(this.path.ruleStack).reverse(), this.occurrenceStack = W(this.path.occurrenceStack).reverse(), this.ruleStack.pop(), this.occurrenceStack.pop(), this.updateExpectedNext(), this.walk(this.topProd), this.possibleTokTypes;
  }
  walk(e, r = []) {
    this.found || super.walk(e, r);
  }
  walkProdRef(e, r, n2) {
    if (e.referencedRule.name === this.nextProductionName && e.idx === this.nextProductionOccurrence) {
      let o = r.concat(n2);
      this.updateExpectedNext(), this.walk(e.referencedRule, o);
    }
  }
  updateExpectedNext() {
    O(this.ruleStack) ? (this.nextProductionName = "", this.nextProductionOccurrence = 0, this.isAtEndOfPath = true) : (this.nextProductionName = this.ruleStack.pop(), this.nextProductionOccurrence = this.occurrenceStack.pop());
  }
};
var Pn = class extends bo {
  constructor(e, r) {
    super(e, r), this.path = r, this.nextTerminalName = "", this.nextTerminalOccurrence = 0, this.nextTerminalName = this.path.lastTok.name, this.nextTerminalOccurrence = this.path.lastTokOccurrence;
  }
  walkTerminal(e, r, n2) {
    if (this.isAtEndOfPath && e.terminalType.name === this.nextTerminalName && e.idx === this.nextTerminalOccurrence && !this.found) {
      let o = r.concat(n2), i = new M({ definition: o });
      this.possibleTokTypes = Ot(i), this.found = true;
    }
  }
};
var lr = class extends Ye {
  constructor(e, r) {
    super(), this.topRule = e, this.occurrence = r, this.result = { token: void 0, occurrence: void 0, isEndOfRule: void 0 };
  }
  startWalking() {
    return this.walk(this.topRule), this.result;
  }
};
var Mn = class extends lr {
  walkMany(e, r, n2) {
    if (e.idx === this.occurrence) {
      let o = oe(r.concat(n2));
      this.result.isEndOfRule = o === void 0, o instanceof N && (this.result.token = o.terminalType, this.result.occurrence = o.idx);
    } else super.walkMany(e, r, n2);
  }
};
var kr = class extends lr {
  walkManySep(e, r, n2) {
    if (e.idx === this.occurrence) {
      let o = oe(r.concat(n2));
      this.result.isEndOfRule = o === void 0, o instanceof N && (this.result.token = o.terminalType, this.result.occurrence = o.idx);
    } else super.walkManySep(e, r, n2);
  }
};
var wn = class extends lr {
  walkAtLeastOne(e, r, n2) {
    if (e.idx === this.occurrence) {
      let o = oe(r.concat(n2));
      this.result.isEndOfRule = o === void 0, o instanceof N && (this.result.token = o.terminalType, this.result.occurrence = o.idx);
    } else super.walkAtLeastOne(e, r, n2);
  }
};
var Pr = class extends lr {
  walkAtLeastOneSep(e, r, n2) {
    if (e.idx === this.occurrence) {
      let o = oe(r.concat(n2));
      this.result.isEndOfRule = o === void 0, o instanceof N && (this.result.token = o.terminalType, this.result.occurrence = o.idx);
    } else super.walkAtLeastOneSep(e, r, n2);
  }
};
function Fn(t3, e, r = []) {
  r = W(r);
  let n2 = [], o = 0;
  function i(s) {
    return s.concat(X(t3, o + 1));
  }
  function a(s) {
    let l = Fn(i(s), e, r);
    return n2.concat(l);
  }
  for (; r.length < e && o < t3.length; ) {
    let s = t3[o];
    if (s instanceof M) return a(s.definition);
    if (s instanceof L) return a(s.definition);
    if (s instanceof F) n2 = a(s.definition);
    else if (s instanceof Y) {
      let l = s.definition.concat([new v({ definition: s.definition })]);
      return a(l);
    } else if (s instanceof q) {
      let l = [new M({ definition: s.definition }), new v({ definition: [new N({ terminalType: s.separator })].concat(s.definition) })];
      return a(l);
    } else if (s instanceof H) {
      let l = s.definition.concat([new v({ definition: [new N({ terminalType: s.separator })].concat(s.definition) })]);
      n2 = a(l);
    } else if (s instanceof v) {
      let l = s.definition.concat([new v({ definition: s.definition })]);
      n2 = a(l);
    } else {
      if (s instanceof z) return g(s.definition, (l) => {
        O(l.definition) === false && (n2 = a(l.definition));
      }), n2;
      if (s instanceof N) r.push(s.terminalType);
      else throw Error("non exhaustive match");
    }
    o++;
  }
  return n2.push({ partialPath: r, suffixDef: X(t3, o) }), n2;
}
function Un(t3, e, r, n2) {
  let o = "EXIT_NONE_TERMINAL", i = [o], a = "EXIT_ALTERNATIVE", s = false, l = e.length, f = l - n2 - 1, u = [], c2 = [];
  for (c2.push({ idx: -1, def: t3, ruleStack: [], occurrenceStack: [] }); !O(c2); ) {
    let p = c2.pop();
    if (p === a) {
      s && Le(c2).idx <= f && c2.pop();
      continue;
    }
    let T = p.def, R = p.idx, y = p.ruleStack, _ = p.occurrenceStack;
    if (O(T)) continue;
    let m = T[0];
    if (m === o) {
      let x = { idx: R, def: X(T), ruleStack: Xe(y), occurrenceStack: Xe(_) };
      c2.push(x);
    } else if (m instanceof N) if (R < l - 1) {
      let x = R + 1, d = e[x];
      if (r(d, m.terminalType)) {
        let E = { idx: x, def: X(T), ruleStack: y, occurrenceStack: _ };
        c2.push(E);
      }
    } else if (R === l - 1) u.push({ nextTokenType: m.terminalType, nextTokenOccurrence: m.idx, ruleStack: y, occurrenceStack: _ }), s = true;
    else throw Error("non exhaustive match");
    else if (m instanceof L) {
      let x = W(y);
      x.push(m.nonTerminalName);
      let d = W(_);
      d.push(m.idx);
      let E = { idx: R, def: m.definition.concat(i, X(T)), ruleStack: x, occurrenceStack: d };
      c2.push(E);
    } else if (m instanceof F) {
      let x = { idx: R, def: X(T), ruleStack: y, occurrenceStack: _ };
      c2.push(x), c2.push(a);
      let d = { idx: R, def: m.definition.concat(X(T)), ruleStack: y, occurrenceStack: _ };
      c2.push(d);
    } else if (m instanceof Y) {
      let x = new v({ definition: m.definition, idx: m.idx }), d = m.definition.concat([x], X(T)), E = { idx: R, def: d, ruleStack: y, occurrenceStack: _ };
      c2.push(E);
    } else if (m instanceof q) {
      let x = new N({ terminalType: m.separator }), d = new v({ definition: [x].concat(m.definition), idx: m.idx }), E = m.definition.concat([d], X(T)), b = { idx: R, def: E, ruleStack: y, occurrenceStack: _ };
      c2.push(b);
    } else if (m instanceof H) {
      let x = { idx: R, def: X(T), ruleStack: y, occurrenceStack: _ };
      c2.push(x), c2.push(a);
      let d = new N({ terminalType: m.separator }), E = new v({ definition: [d].concat(m.definition), idx: m.idx }), b = m.definition.concat([E], X(T)), Oe = { idx: R, def: b, ruleStack: y, occurrenceStack: _ };
      c2.push(Oe);
    } else if (m instanceof v) {
      let x = { idx: R, def: X(T), ruleStack: y, occurrenceStack: _ };
      c2.push(x), c2.push(a);
      let d = new v({ definition: m.definition, idx: m.idx }), E = m.definition.concat([d], X(T)), b = { idx: R, def: E, ruleStack: y, occurrenceStack: _ };
      c2.push(b);
    } else if (m instanceof z) for (let x = m.definition.length - 1; x >= 0; x--) {
      let d = m.definition[x], E = { idx: R, def: d.definition.concat(X(T)), ruleStack: y, occurrenceStack: _ };
      c2.push(E), c2.push(a);
    }
    else if (m instanceof M) c2.push({ idx: R, def: m.definition.concat(X(T)), ruleStack: y, occurrenceStack: _ });
    else if (m instanceof me) c2.push(uT(m, R, y, _));
    else throw Error("non exhaustive match");
  }
  return u;
}
function uT(t3, e, r, n2) {
  let o = W(r);
  o.push(t3.name);
  let i = W(n2);
  return i.push(1), { idx: e, def: t3.definition, ruleStack: o, occurrenceStack: i };
}
var B;
(function(t3) {
  t3[t3.OPTION = 0] = "OPTION", t3[t3.REPETITION = 1] = "REPETITION", t3[t3.REPETITION_MANDATORY = 2] = "REPETITION_MANDATORY", t3[t3.REPETITION_MANDATORY_WITH_SEPARATOR = 3] = "REPETITION_MANDATORY_WITH_SEPARATOR", t3[t3.REPETITION_WITH_SEPARATOR = 4] = "REPETITION_WITH_SEPARATOR", t3[t3.ALTERNATION = 5] = "ALTERNATION";
})(B || (B = {}));
function Mr(t3) {
  if (t3 instanceof F || t3 === "Option") return B.OPTION;
  if (t3 instanceof v || t3 === "Repetition") return B.REPETITION;
  if (t3 instanceof Y || t3 === "RepetitionMandatory") return B.REPETITION_MANDATORY;
  if (t3 instanceof q || t3 === "RepetitionMandatoryWithSeparator") return B.REPETITION_MANDATORY_WITH_SEPARATOR;
  if (t3 instanceof H || t3 === "RepetitionWithSeparator") return B.REPETITION_WITH_SEPARATOR;
  if (t3 instanceof z || t3 === "Alternation") return B.ALTERNATION;
  throw Error("non exhaustive match");
}
function wl(t3, e, r, n2, o, i) {
  let a = fr(t3, e, r), s = Kl(a) ? sr : qe;
  return i(a, n2, s, o);
}
function Fl(t3, e, r, n2, o, i) {
  let a = cr(t3, e, o, r), s = Kl(a) ? sr : qe;
  return i(a[0], s, n2);
}
function Ul(t3, e, r, n2) {
  let o = t3.length, i = ae(t3, (a) => ae(a, (s) => s.length === 1));
  if (e) return function(a) {
    let s = h(a, (l) => l.GATE);
    for (let l = 0; l < o; l++) {
      let f = t3[l], u = f.length, c2 = s[l];
      if (!(c2 !== void 0 && c2.call(this) === false)) e: for (let p = 0; p < u; p++) {
        let T = f[p], R = T.length;
        for (let y = 0; y < R; y++) {
          let _ = this.LA_FAST(y + 1);
          if (r(_, T[y]) === false) continue e;
        }
        return l;
      }
    }
  };
  if (i && !n2) {
    let a = h(t3, (l) => K(l)), s = $(a, (l, f, u) => (g(f, (c2) => {
      A(l, c2.tokenTypeIdx) || (l[c2.tokenTypeIdx] = u), g(c2.categoryMatches, (p) => {
        A(l, p) || (l[p] = u);
      });
    }), l), {});
    return function() {
      let l = this.LA_FAST(1);
      return s[l.tokenTypeIdx];
    };
  } else return function() {
    for (let a = 0; a < o; a++) {
      let s = t3[a], l = s.length;
      e: for (let f = 0; f < l; f++) {
        let u = s[f], c2 = u.length;
        for (let p = 0; p < c2; p++) {
          let T = this.LA_FAST(p + 1);
          if (r(T, u[p]) === false) continue e;
        }
        return a;
      }
    }
  };
}
function Dl(t3, e, r) {
  let n2 = ae(t3, (i) => i.length === 1), o = t3.length;
  if (n2 && !r) {
    let i = K(t3);
    if (i.length === 1 && O(i[0].categoryMatches)) {
      let s = i[0].tokenTypeIdx;
      return function() {
        return this.LA_FAST(1).tokenTypeIdx === s;
      };
    } else {
      let a = $(i, (s, l, f) => (s[l.tokenTypeIdx] = true, g(l.categoryMatches, (u) => {
        s[u] = true;
      }), s), []);
      return function() {
        let s = this.LA_FAST(1);
        return a[s.tokenTypeIdx] === true;
      };
    }
  } else return function() {
    e: for (let i = 0; i < o; i++) {
      let a = t3[i], s = a.length;
      for (let l = 0; l < s; l++) {
        let f = this.LA_FAST(l + 1);
        if (e(f, a[l]) === false) continue e;
      }
      return true;
    }
    return false;
  };
}
var Po = class extends Ye {
  constructor(e, r, n2) {
    super(), this.topProd = e, this.targetOccurrence = r, this.targetProdType = n2;
  }
  startWalking() {
    return this.walk(this.topProd), this.restDef;
  }
  checkIsTarget(e, r, n2, o) {
    return e.idx === this.targetOccurrence && this.targetProdType === r ? (this.restDef = n2.concat(o), true) : false;
  }
  walkOption(e, r, n2) {
    this.checkIsTarget(e, B.OPTION, r, n2) || super.walkOption(e, r, n2);
  }
  walkAtLeastOne(e, r, n2) {
    this.checkIsTarget(e, B.REPETITION_MANDATORY, r, n2) || super.walkOption(e, r, n2);
  }
  walkAtLeastOneSep(e, r, n2) {
    this.checkIsTarget(e, B.REPETITION_MANDATORY_WITH_SEPARATOR, r, n2) || super.walkOption(e, r, n2);
  }
  walkMany(e, r, n2) {
    this.checkIsTarget(e, B.REPETITION, r, n2) || super.walkOption(e, r, n2);
  }
  walkManySep(e, r, n2) {
    this.checkIsTarget(e, B.REPETITION_WITH_SEPARATOR, r, n2) || super.walkOption(e, r, n2);
  }
};
var Dn = class extends fe {
  constructor(e, r, n2) {
    super(), this.targetOccurrence = e, this.targetProdType = r, this.targetRef = n2, this.result = [];
  }
  checkIsTarget(e, r) {
    e.idx === this.targetOccurrence && this.targetProdType === r && (this.targetRef === void 0 || e === this.targetRef) && (this.result = e.definition);
  }
  visitOption(e) {
    this.checkIsTarget(e, B.OPTION);
  }
  visitRepetition(e) {
    this.checkIsTarget(e, B.REPETITION);
  }
  visitRepetitionMandatory(e) {
    this.checkIsTarget(e, B.REPETITION_MANDATORY);
  }
  visitRepetitionMandatoryWithSeparator(e) {
    this.checkIsTarget(e, B.REPETITION_MANDATORY_WITH_SEPARATOR);
  }
  visitRepetitionWithSeparator(e) {
    this.checkIsTarget(e, B.REPETITION_WITH_SEPARATOR);
  }
  visitAlternation(e) {
    this.checkIsTarget(e, B.ALTERNATION);
  }
};
function Ml(t3) {
  let e = new Array(t3);
  for (let r = 0; r < t3; r++) e[r] = [];
  return e;
}
function ko(t3) {
  let e = [""];
  for (let r = 0; r < t3.length; r++) {
    let n2 = t3[r], o = [];
    for (let i = 0; i < e.length; i++) {
      let a = e[i];
      o.push(a + "_" + n2.tokenTypeIdx);
      for (let s = 0; s < n2.categoryMatches.length; s++) {
        let l = "_" + n2.categoryMatches[s];
        o.push(a + l);
      }
    }
    e = o;
  }
  return e;
}
function hT(t3, e, r) {
  for (let n2 = 0; n2 < t3.length; n2++) {
    if (n2 === r) continue;
    let o = t3[n2];
    for (let i = 0; i < e.length; i++) {
      let a = e[i];
      if (o[a] === true) return false;
    }
  }
  return true;
}
function Bl(t3, e) {
  let r = h(t3, (a) => Fn([a], 1)), n2 = Ml(r.length), o = h(r, (a) => {
    let s = {};
    return g(a, (l) => {
      let f = ko(l.partialPath);
      g(f, (u) => {
        s[u] = true;
      });
    }), s;
  }), i = r;
  for (let a = 1; a <= e; a++) {
    let s = i;
    i = Ml(s.length);
    for (let l = 0; l < s.length; l++) {
      let f = s[l];
      for (let u = 0; u < f.length; u++) {
        let c2 = f[u].partialPath, p = f[u].suffixDef, T = ko(c2);
        if (hT(o, T, l) || O(p) || c2.length === e) {
          let y = n2[l];
          if (Bn(y, c2) === false) {
            y.push(c2);
            for (let _ = 0; _ < T.length; _++) {
              let m = T[_];
              o[l][m] = true;
            }
          }
        } else {
          let y = Fn(p, a + 1, c2);
          i[l] = i[l].concat(y), g(y, (_) => {
            let m = ko(_.partialPath);
            g(m, (x) => {
              o[l][x] = true;
            });
          });
        }
      }
    }
  }
  return n2;
}
function fr(t3, e, r, n2) {
  let o = new Dn(t3, B.ALTERNATION, n2);
  return e.accept(o), Bl(o.result, r);
}
function cr(t3, e, r, n2) {
  let o = new Dn(t3, r);
  e.accept(o);
  let i = o.result, s = new Po(e, t3, r).startWalking(), l = new M({ definition: i }), f = new M({ definition: s });
  return Bl([l, f], n2);
}
function Bn(t3, e) {
  e: for (let r = 0; r < t3.length; r++) {
    let n2 = t3[r];
    if (n2.length === e.length) {
      for (let o = 0; o < n2.length; o++) {
        let i = e[o], a = n2[o];
        if ((i === a || a.categoryMatchesMap[i.tokenTypeIdx] !== void 0) === false) continue e;
      }
      return true;
    }
  }
  return false;
}
function Gl(t3, e) {
  return t3.length < e.length && ae(t3, (r, n2) => {
    let o = e[n2];
    return r === o || o.categoryMatchesMap[r.tokenTypeIdx];
  });
}
function Kl(t3) {
  return ae(t3, (e) => ae(e, (r) => ae(r, (n2) => O(n2.categoryMatches))));
}
function Wl(t3) {
  let e = t3.lookaheadStrategy.validate({ rules: t3.rules, tokenTypes: t3.tokenTypes, grammarName: t3.grammarName });
  return h(e, (r) => Object.assign({ type: re.CUSTOM_LOOKAHEAD_VALIDATION }, r));
}
function jl(t3, e, r, n2) {
  let o = de(t3, (l) => dT(l, r)), i = AT(t3, e, r), a = de(t3, (l) => gT(l, r)), s = de(t3, (l) => xT(l, t3, n2, r));
  return o.concat(i, a, s);
}
function dT(t3, e) {
  let r = new Mo();
  t3.accept(r);
  let n2 = r.allProductions, o = Rr(n2, mT), i = Ee(o, (s) => s.length > 1);
  return h(C(i), (s) => {
    let l = oe(s), f = e.buildDuplicateFoundError(t3, s), u = Ae(l), c2 = { message: f, type: re.DUPLICATE_PRODUCTIONS, ruleName: t3.name, dslName: u, occurrence: l.idx }, p = $l(l);
    return p && (c2.parameter = p), c2;
  });
}
function mT(t3) {
  return `${Ae(t3)}_#_${t3.idx}_#_${$l(t3)}`;
}
function $l(t3) {
  return t3 instanceof N ? t3.terminalType.name : t3 instanceof L ? t3.nonTerminalName : "";
}
var Mo = class extends fe {
  constructor() {
    super(...arguments), this.allProductions = [];
  }
  visitNonTerminal(e) {
    this.allProductions.push(e);
  }
  visitOption(e) {
    this.allProductions.push(e);
  }
  visitRepetitionWithSeparator(e) {
    this.allProductions.push(e);
  }
  visitRepetitionMandatory(e) {
    this.allProductions.push(e);
  }
  visitRepetitionMandatoryWithSeparator(e) {
    this.allProductions.push(e);
  }
  visitRepetition(e) {
    this.allProductions.push(e);
  }
  visitAlternation(e) {
    this.allProductions.push(e);
  }
  visitTerminal(e) {
    this.allProductions.push(e);
  }
};
function xT(t3, e, r, n2) {
  let o = [];
  if ($(e, (a, s) => s.name === t3.name ? a + 1 : a, 0) > 1) {
    let a = n2.buildDuplicateRuleNameError({ topLevelRule: t3, grammarName: r });
    o.push({ message: a, type: re.DUPLICATE_RULE_NAME, ruleName: t3.name });
  }
  return o;
}
function Hl(t3, e, r) {
  let n2 = [], o;
  return U(e, t3) || (o = `Invalid rule override, rule: ->${t3}<- cannot be overridden in the grammar: ->${r}<-as it is not defined in any of the super grammars `, n2.push({ message: o, type: re.INVALID_RULE_OVERRIDE, ruleName: t3 })), n2;
}
function Fo(t3, e, r, n2 = []) {
  let o = [], i = Gn(e.definition);
  if (O(i)) return [];
  {
    let a = t3.name;
    U(i, t3) && o.push({ message: r.buildLeftRecursionError({ topLevelRule: t3, leftRecursionPath: n2 }), type: re.LEFT_RECURSION, ruleName: a });
    let l = mt(i, n2.concat([t3])), f = de(l, (u) => {
      let c2 = W(n2);
      return c2.push(u), Fo(t3, u, r, c2);
    });
    return o.concat(f);
  }
}
function Gn(t3) {
  let e = [];
  if (O(t3)) return e;
  let r = oe(t3);
  if (r instanceof L) e.push(r.referencedRule);
  else if (r instanceof M || r instanceof F || r instanceof Y || r instanceof q || r instanceof H || r instanceof v) e = e.concat(Gn(r.definition));
  else if (r instanceof z) e = K(h(r.definition, (i) => Gn(i.definition)));
  else if (!(r instanceof N)) throw Error("non exhaustive match");
  let n2 = _t(r), o = t3.length > 1;
  if (n2 && o) {
    let i = X(t3);
    return e.concat(Gn(i));
  } else return e;
}
var wr = class extends fe {
  constructor() {
    super(...arguments), this.alternations = [];
  }
  visitAlternation(e) {
    this.alternations.push(e);
  }
};
function zl(t3, e) {
  let r = new wr();
  t3.accept(r);
  let n2 = r.alternations;
  return de(n2, (i) => {
    let a = Xe(i.definition);
    return de(a, (s, l) => {
      let f = Un([s], [], qe, 1);
      return O(f) ? [{ message: e.buildEmptyAlternationError({ topLevelRule: t3, alternation: i, emptyChoiceIdx: l }), type: re.NONE_LAST_EMPTY_ALT, ruleName: t3.name, occurrence: i.idx, alternative: l + 1 }] : [];
    });
  });
}
function Vl(t3, e, r) {
  let n2 = new wr();
  t3.accept(n2);
  let o = n2.alternations;
  return o = xt(o, (a) => a.ignoreAmbiguities === true), de(o, (a) => {
    let s = a.idx, l = a.maxLookahead || e, f = fr(s, t3, l, a), u = TT(f, a, t3, r), c2 = ET(f, a, t3, r);
    return u.concat(c2);
  });
}
var wo = class extends fe {
  constructor() {
    super(...arguments), this.allProductions = [];
  }
  visitRepetitionWithSeparator(e) {
    this.allProductions.push(e);
  }
  visitRepetitionMandatory(e) {
    this.allProductions.push(e);
  }
  visitRepetitionMandatoryWithSeparator(e) {
    this.allProductions.push(e);
  }
  visitRepetition(e) {
    this.allProductions.push(e);
  }
};
function gT(t3, e) {
  let r = new wr();
  t3.accept(r);
  let n2 = r.alternations;
  return de(n2, (i) => i.definition.length > 255 ? [{ message: e.buildTooManyAlternativesError({ topLevelRule: t3, alternation: i }), type: re.TOO_MANY_ALTS, ruleName: t3.name, occurrence: i.idx }] : []);
}
function Xl(t3, e, r) {
  let n2 = [];
  return g(t3, (o) => {
    let i = new wo();
    o.accept(i);
    let a = i.allProductions;
    g(a, (s) => {
      let l = Mr(s), f = s.maxLookahead || e, u = s.idx, p = cr(u, o, l, f)[0];
      if (O(K(p))) {
        let T = r.buildEmptyRepetitionError({ topLevelRule: o, repetition: s });
        n2.push({ message: T, type: re.NO_NON_EMPTY_LOOKAHEAD, ruleName: o.name });
      }
    });
  }), n2;
}
function TT(t3, e, r, n2) {
  let o = [], i = $(t3, (s, l, f) => (e.definition[f].ignoreAmbiguities === true || g(l, (u) => {
    let c2 = [f];
    g(t3, (p, T) => {
      f !== T && Bn(p, u) && e.definition[T].ignoreAmbiguities !== true && c2.push(T);
    }), c2.length > 1 && !Bn(o, u) && (o.push(u), s.push({ alts: c2, path: u }));
  }), s), []);
  return h(i, (s) => {
    let l = h(s.alts, (u) => u + 1);
    return { message: n2.buildAlternationAmbiguityError({ topLevelRule: r, alternation: e, ambiguityIndices: l, prefixPath: s.path }), type: re.AMBIGUOUS_ALTS, ruleName: r.name, occurrence: e.idx, alternatives: s.alts };
  });
}
function ET(t3, e, r, n2) {
  let o = $(t3, (a, s, l) => {
    let f = h(s, (u) => ({ idx: l, path: u }));
    return a.concat(f);
  }, []);
  return Ke(de(o, (a) => {
    if (e.definition[a.idx].ignoreAmbiguities === true) return [];
    let l = a.idx, f = a.path, u = se(o, (p) => e.definition[p.idx].ignoreAmbiguities !== true && p.idx < l && Gl(p.path, f));
    return h(u, (p) => {
      let T = [p.idx + 1, l + 1], R = e.idx === 0 ? "" : e.idx;
      return { message: n2.buildAlternationPrefixAmbiguityError({ topLevelRule: r, alternation: e, ambiguityIndices: T, prefixPath: p.path }), type: re.AMBIGUOUS_PREFIX_ALTS, ruleName: r.name, occurrence: R, alternatives: T };
    });
  }));
}
function AT(t3, e, r) {
  let n2 = [], o = h(e, (i) => i.name);
  return g(t3, (i) => {
    let a = i.name;
    if (U(o, a)) {
      let s = r.buildNamespaceConflictError(i);
      n2.push({ message: s, type: re.CONFLICT_TOKENS_RULES_NAMESPACE, ruleName: a });
    }
  }), n2;
}
function Yl(t3) {
  let e = er(t3, { errMsgProvider: kl }), r = {};
  return g(t3.rules, (n2) => {
    r[n2.name] = n2;
  }), Pl(r, e.errMsgProvider);
}
function ql(t3) {
  return t3 = er(t3, { errMsgProvider: ke }), jl(t3.rules, t3.tokenTypes, t3.errMsgProvider, t3.grammarName);
}
var Zl = "MismatchedTokenException";
var Jl = "NoViableAltException";
var Ql = "EarlyExitException";
var ef = "NotAllInputParsedException";
var tf = [Zl, Jl, Ql, ef];
Object.freeze(tf);
function Et(t3) {
  return U(tf, t3.name);
}
var ur = class extends Error {
  constructor(e, r) {
    super(e), this.token = r, this.resyncedTokens = [], Object.setPrototypeOf(this, new.target.prototype), Error.captureStackTrace && Error.captureStackTrace(this, this.constructor);
  }
};
var bt = class extends ur {
  constructor(e, r, n2) {
    super(e, r), this.previousToken = n2, this.name = Zl;
  }
};
var Fr = class extends ur {
  constructor(e, r, n2) {
    super(e, r), this.previousToken = n2, this.name = Jl;
  }
};
var Ur = class extends ur {
  constructor(e, r) {
    super(e, r), this.name = ef;
  }
};
var Dr = class extends ur {
  constructor(e, r, n2) {
    super(e, r), this.previousToken = n2, this.name = Ql;
  }
};
var Uo = {};
var Bo = "InRuleRecoveryException";
var Do = class extends Error {
  constructor(e) {
    super(e), this.name = Bo;
  }
};
var Kn = class {
  initRecoverable(e) {
    this.firstAfterRepMap = {}, this.resyncFollows = {}, this.recoveryEnabled = A(e, "recoveryEnabled") ? e.recoveryEnabled : ce.recoveryEnabled, this.recoveryEnabled && (this.attemptInRepetitionRecovery = IT);
  }
  getTokenToInsert(e) {
    let r = Lt(e, "", NaN, NaN, NaN, NaN, NaN, NaN);
    return r.isInsertedInRecovery = true, r;
  }
  canTokenTypeBeInsertedInRecovery(e) {
    return true;
  }
  canTokenTypeBeDeletedInRecovery(e) {
    return true;
  }
  tryInRepetitionRecovery(e, r, n2, o) {
    let i = this.findReSyncTokenType(), a = this.exportLexerState(), s = [], l = false, f = this.LA_FAST(1), u = this.LA_FAST(1), c2 = () => {
      let p = this.LA(0), T = this.errorMessageProvider.buildMismatchTokenMessage({ expected: o, actual: f, previous: p, ruleName: this.getCurrRuleFullName() }), R = new bt(T, f, this.LA(0));
      R.resyncedTokens = Xe(s), this.SAVE_ERROR(R);
    };
    for (; !l; ) if (this.tokenMatcher(u, o)) {
      c2();
      return;
    } else if (n2.call(this)) {
      c2(), e.apply(this, r);
      return;
    } else this.tokenMatcher(u, i) ? l = true : (u = this.SKIP_TOKEN(), this.addToResyncTokens(u, s));
    this.importLexerState(a);
  }
  shouldInRepetitionRecoveryBeTried(e, r, n2) {
    return !(n2 === false || this.tokenMatcher(this.LA_FAST(1), e) || this.isBackTracking() || this.canPerformInRuleRecovery(e, this.getFollowsForInRuleRecovery(e, r)));
  }
  getFollowsForInRuleRecovery(e, r) {
    let n2 = this.getCurrentGrammarPath(e, r);
    return this.getNextPossibleTokenTypes(n2);
  }
  tryInRuleRecovery(e, r) {
    if (this.canRecoverWithSingleTokenInsertion(e, r)) return this.getTokenToInsert(e);
    if (this.canRecoverWithSingleTokenDeletion(e)) {
      let n2 = this.SKIP_TOKEN();
      return this.consumeToken(), n2;
    }
    throw new Do("sad sad panda");
  }
  canPerformInRuleRecovery(e, r) {
    return this.canRecoverWithSingleTokenInsertion(e, r) || this.canRecoverWithSingleTokenDeletion(e);
  }
  canRecoverWithSingleTokenInsertion(e, r) {
    if (!this.canTokenTypeBeInsertedInRecovery(e) || O(r)) return false;
    let n2 = this.LA_FAST(1);
    return We(r, (i) => this.tokenMatcher(n2, i)) !== void 0;
  }
  canRecoverWithSingleTokenDeletion(e) {
    return this.canTokenTypeBeDeletedInRecovery(e) ? this.tokenMatcher(this.LA(2), e) : false;
  }
  isInCurrentRuleReSyncSet(e) {
    let r = this.getCurrFollowKey(), n2 = this.getFollowSetFromFollowKey(r);
    return U(n2, e);
  }
  findReSyncTokenType() {
    let e = this.flattenFollowSet(), r = this.LA_FAST(1), n2 = 2;
    for (; ; ) {
      let o = We(e, (i) => vo(r, i));
      if (o !== void 0) return o;
      r = this.LA(n2), n2++;
    }
  }
  getCurrFollowKey() {
    if (this.RULE_STACK_IDX === 0) return Uo;
    let e = this.currRuleShortName, r = this.getLastExplicitRuleOccurrenceIndex(), n2 = this.getPreviousExplicitRuleShortName();
    return { ruleName: this.shortRuleNameToFullName(e), idxInCallingRule: r, inRule: this.shortRuleNameToFullName(n2) };
  }
  buildFullFollowKeyStack() {
    let e = this.RULE_STACK, r = this.RULE_OCCURRENCE_STACK, n2 = this.RULE_STACK_IDX + 1, o = new Array(n2);
    for (let i = 0; i < n2; i++) i === 0 ? o[i] = Uo : o[i] = { ruleName: this.shortRuleNameToFullName(e[i]), idxInCallingRule: r[i], inRule: this.shortRuleNameToFullName(e[i - 1]) };
    return o;
  }
  flattenFollowSet() {
    let e = h(this.buildFullFollowKeyStack(), (r) => this.getFollowSetFromFollowKey(r));
    return K(e);
  }
  getFollowSetFromFollowKey(e) {
    if (e === Uo) return [be];
    let r = e.ruleName + e.idxInCallingRule + yn + e.inRule;
    return this.resyncFollows[r];
  }
  addToResyncTokens(e, r) {
    return this.tokenMatcher(e, be) || r.push(e), r;
  }
  reSyncTo(e) {
    let r = [], n2 = this.LA_FAST(1);
    for (; this.tokenMatcher(n2, e) === false; ) n2 = this.SKIP_TOKEN(), this.addToResyncTokens(n2, r);
    return Xe(r);
  }
  attemptInRepetitionRecovery(e, r, n2, o, i, a, s) {
  }
  getCurrentGrammarPath(e, r) {
    let n2 = this.getHumanReadableRuleStack(), o = this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1);
    return { ruleStack: n2, occurrenceStack: o, lastTok: e, lastTokOccurrence: r };
  }
  getHumanReadableRuleStack() {
    let e = this.RULE_STACK_IDX + 1, r = new Array(e);
    for (let n2 = 0; n2 < e; n2++) r[n2] = this.shortRuleNameToFullName(this.RULE_STACK[n2]);
    return r;
  }
};
function IT(t3, e, r, n2, o, i, a) {
  let s = this.getKeyForAutomaticLookahead(n2, o), l = this.firstAfterRepMap[s];
  if (l === void 0) {
    let p = this.getCurrRuleFullName(), T = this.getGAstProductions()[p];
    l = new i(T, o).startWalking(), this.firstAfterRepMap[s] = l;
  }
  let f = l.token, u = l.occurrence, c2 = l.isEndOfRule;
  this.RULE_STACK_IDX === 0 && c2 && f === void 0 && (f = be, u = 1), !(f === void 0 || u === void 0) && this.shouldInRepetitionRecoveryBeTried(f, u, a) && this.tryInRepetitionRecovery(t3, e, r, f);
}
function Wn(t3, e, r) {
  return r | e | t3;
}
var Br = class {
  constructor(e) {
    var r;
    this.maxLookahead = (r = e?.maxLookahead) !== null && r !== void 0 ? r : ce.maxLookahead;
  }
  validate(e) {
    let r = this.validateNoLeftRecursion(e.rules);
    if (O(r)) {
      let n2 = this.validateEmptyOrAlternatives(e.rules), o = this.validateAmbiguousAlternationAlternatives(e.rules, this.maxLookahead), i = this.validateSomeNonEmptyLookaheadPath(e.rules, this.maxLookahead);
      return [...r, ...n2, ...o, ...i];
    }
    return r;
  }
  validateNoLeftRecursion(e) {
    return de(e, (r) => Fo(r, r, ke));
  }
  validateEmptyOrAlternatives(e) {
    return de(e, (r) => zl(r, ke));
  }
  validateAmbiguousAlternationAlternatives(e, r) {
    return de(e, (n2) => Vl(n2, r, ke));
  }
  validateSomeNonEmptyLookaheadPath(e, r) {
    return Xl(e, r, ke);
  }
  buildLookaheadForAlternation(e) {
    return wl(e.prodOccurrence, e.rule, e.maxLookahead, e.hasPredicates, e.dynamicTokensEnabled, Ul);
  }
  buildLookaheadForOptional(e) {
    return Fl(e.prodOccurrence, e.rule, e.maxLookahead, e.dynamicTokensEnabled, Mr(e.prodType), Dl);
  }
};
var $n = class {
  initLooksAhead(e) {
    this.dynamicTokensEnabled = A(e, "dynamicTokensEnabled") ? e.dynamicTokensEnabled : ce.dynamicTokensEnabled, this.maxLookahead = A(e, "maxLookahead") ? e.maxLookahead : ce.maxLookahead, this.lookaheadStrategy = A(e, "lookaheadStrategy") ? e.lookaheadStrategy : new Br({ maxLookahead: this.maxLookahead }), this.lookAheadFuncsCache = /* @__PURE__ */ new Map();
  }
  preComputeLookaheadFunctions(e) {
    g(e, (r) => {
      this.TRACE_INIT(`${r.name} Rule Lookahead`, () => {
        let { alternation: n2, repetition: o, option: i, repetitionMandatory: a, repetitionMandatoryWithSeparator: s, repetitionWithSeparator: l } = RT(r);
        g(n2, (f) => {
          let u = f.idx === 0 ? "" : f.idx;
          this.TRACE_INIT(`${Ae(f)}${u}`, () => {
            let c2 = this.lookaheadStrategy.buildLookaheadForAlternation({ prodOccurrence: f.idx, rule: r, maxLookahead: f.maxLookahead || this.maxLookahead, hasPredicates: f.hasPredicates, dynamicTokensEnabled: this.dynamicTokensEnabled }), p = Wn(this.fullRuleNameToShort[r.name], 256, f.idx);
            this.setLaFuncCache(p, c2);
          });
        }), g(o, (f) => {
          this.computeLookaheadFunc(r, f.idx, 768, "Repetition", f.maxLookahead, Ae(f));
        }), g(i, (f) => {
          this.computeLookaheadFunc(r, f.idx, 512, "Option", f.maxLookahead, Ae(f));
        }), g(a, (f) => {
          this.computeLookaheadFunc(r, f.idx, 1024, "RepetitionMandatory", f.maxLookahead, Ae(f));
        }), g(s, (f) => {
          this.computeLookaheadFunc(r, f.idx, 1536, "RepetitionMandatoryWithSeparator", f.maxLookahead, Ae(f));
        }), g(l, (f) => {
          this.computeLookaheadFunc(r, f.idx, 1280, "RepetitionWithSeparator", f.maxLookahead, Ae(f));
        });
      });
    });
  }
  computeLookaheadFunc(e, r, n2, o, i, a) {
    this.TRACE_INIT(`${a}${r === 0 ? "" : r}`, () => {
      let s = this.lookaheadStrategy.buildLookaheadForOptional({ prodOccurrence: r, rule: e, maxLookahead: i || this.maxLookahead, dynamicTokensEnabled: this.dynamicTokensEnabled, prodType: o }), l = Wn(this.fullRuleNameToShort[e.name], n2, r);
      this.setLaFuncCache(l, s);
    });
  }
  getKeyForAutomaticLookahead(e, r) {
    return Wn(this.currRuleShortName, e, r);
  }
  getLaFuncFromCache(e) {
    return this.lookAheadFuncsCache.get(e);
  }
  setLaFuncCache(e, r) {
    this.lookAheadFuncsCache.set(e, r);
  }
};
var Go = class extends fe {
  constructor() {
    super(...arguments), this.dslMethods = { option: [], alternation: [], repetition: [], repetitionWithSeparator: [], repetitionMandatory: [], repetitionMandatoryWithSeparator: [] };
  }
  reset() {
    this.dslMethods = { option: [], alternation: [], repetition: [], repetitionWithSeparator: [], repetitionMandatory: [], repetitionMandatoryWithSeparator: [] };
  }
  visitOption(e) {
    this.dslMethods.option.push(e);
  }
  visitRepetitionWithSeparator(e) {
    this.dslMethods.repetitionWithSeparator.push(e);
  }
  visitRepetitionMandatory(e) {
    this.dslMethods.repetitionMandatory.push(e);
  }
  visitRepetitionMandatoryWithSeparator(e) {
    this.dslMethods.repetitionMandatoryWithSeparator.push(e);
  }
  visitRepetition(e) {
    this.dslMethods.repetition.push(e);
  }
  visitAlternation(e) {
    this.dslMethods.alternation.push(e);
  }
};
var jn = new Go();
function RT(t3) {
  jn.reset(), t3.accept(jn);
  let e = jn.dslMethods;
  return jn.reset(), e;
}
function jo(t3, e) {
  isNaN(t3.startOffset) === true ? (t3.startOffset = e.startOffset, t3.endOffset = e.endOffset) : t3.endOffset < e.endOffset && (t3.endOffset = e.endOffset);
}
function $o(t3, e) {
  isNaN(t3.startOffset) === true ? (t3.startOffset = e.startOffset, t3.startColumn = e.startColumn, t3.startLine = e.startLine, t3.endOffset = e.endOffset, t3.endColumn = e.endColumn, t3.endLine = e.endLine) : t3.endOffset < e.endOffset && (t3.endOffset = e.endOffset, t3.endColumn = e.endColumn, t3.endLine = e.endLine);
}
function rf(t3, e, r) {
  t3.children[r] === void 0 ? t3.children[r] = [e] : t3.children[r].push(e);
}
function nf(t3, e, r) {
  t3.children[e] === void 0 ? t3.children[e] = [r] : t3.children[e].push(r);
}
var yT = "name";
function Ho(t3, e) {
  Object.defineProperty(t3, yT, { enumerable: false, configurable: true, writable: false, value: e });
}
function ST(t3, e) {
  let r = k(t3), n2 = r.length;
  for (let o = 0; o < n2; o++) {
    let i = r[o], a = t3[i], s = a.length;
    for (let l = 0; l < s; l++) {
      let f = a[l];
      f.tokenTypeIdx === void 0 && this[f.name](f.children, e);
    }
  }
}
function of(t3, e) {
  let r = function() {
  };
  Ho(r, t3 + "BaseSemantics");
  let n2 = { visit: function(o, i) {
    if (I(o) && (o = o[0]), !le(o)) return this[o.name](o.children, i);
  }, validateVisitor: function() {
    let o = _T(this, e);
    if (!O(o)) {
      let i = h(o, (a) => a.msg);
      throw Error(`Errors Detected in CST Visitor <${this.constructor.name}>:
	${i.join(`

`).replace(/\n/g, `
	`)}`);
    }
  } };
  return r.prototype = n2, r.prototype.constructor = r, r._RULE_NAMES = e, r;
}
function af(t3, e, r) {
  let n2 = function() {
  };
  Ho(n2, t3 + "BaseSemanticsWithDefaults");
  let o = Object.create(r.prototype);
  return g(e, (i) => {
    o[i] = ST;
  }), n2.prototype = o, n2.prototype.constructor = n2, n2;
}
var zo;
(function(t3) {
  t3[t3.REDUNDANT_METHOD = 0] = "REDUNDANT_METHOD", t3[t3.MISSING_METHOD = 1] = "MISSING_METHOD";
})(zo || (zo = {}));
function _T(t3, e) {
  return OT(t3, e);
}
function OT(t3, e) {
  let r = se(e, (o) => he(t3[o]) === false), n2 = h(r, (o) => ({ msg: `Missing visitor method: <${o}> on ${t3.constructor.name} CST Visitor.`, type: zo.MISSING_METHOD, methodName: o }));
  return Ke(n2);
}
var Xn = class {
  initTreeBuilder(e) {
    if (this.CST_STACK = [], this.outputCst = e.outputCst, this.nodeLocationTracking = A(e, "nodeLocationTracking") ? e.nodeLocationTracking : ce.nodeLocationTracking, !this.outputCst) this.cstInvocationStateUpdate = j, this.cstFinallyStateUpdate = j, this.cstPostTerminal = j, this.cstPostNonTerminal = j, this.cstPostRule = j;
    else if (/full/i.test(this.nodeLocationTracking)) this.recoveryEnabled ? (this.setNodeLocationFromToken = $o, this.setNodeLocationFromNode = $o, this.cstPostRule = j, this.setInitialNodeLocation = this.setInitialNodeLocationFullRecovery) : (this.setNodeLocationFromToken = j, this.setNodeLocationFromNode = j, this.cstPostRule = this.cstPostRuleFull, this.setInitialNodeLocation = this.setInitialNodeLocationFullRegular);
    else if (/onlyOffset/i.test(this.nodeLocationTracking)) this.recoveryEnabled ? (this.setNodeLocationFromToken = jo, this.setNodeLocationFromNode = jo, this.cstPostRule = j, this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRecovery) : (this.setNodeLocationFromToken = j, this.setNodeLocationFromNode = j, this.cstPostRule = this.cstPostRuleOnlyOffset, this.setInitialNodeLocation = this.setInitialNodeLocationOnlyOffsetRegular);
    else if (/none/i.test(this.nodeLocationTracking)) this.setNodeLocationFromToken = j, this.setNodeLocationFromNode = j, this.cstPostRule = j, this.setInitialNodeLocation = j;
    else throw Error(`Invalid <nodeLocationTracking> config option: "${e.nodeLocationTracking}"`);
  }
  setInitialNodeLocationOnlyOffsetRecovery(e) {
    e.location = { startOffset: NaN, endOffset: NaN };
  }
  setInitialNodeLocationOnlyOffsetRegular(e) {
    e.location = { startOffset: this.LA_FAST(1).startOffset, endOffset: NaN };
  }
  setInitialNodeLocationFullRecovery(e) {
    e.location = { startOffset: NaN, startLine: NaN, startColumn: NaN, endOffset: NaN, endLine: NaN, endColumn: NaN };
  }
  setInitialNodeLocationFullRegular(e) {
    let r = this.LA_FAST(1);
    e.location = { startOffset: r.startOffset, startLine: r.startLine, startColumn: r.startColumn, endOffset: NaN, endLine: NaN, endColumn: NaN };
  }
  cstInvocationStateUpdate(e) {
    let r = { name: e, children: /* @__PURE__ */ Object.create(null) };
    this.setInitialNodeLocation(r), this.CST_STACK.push(r);
  }
  cstFinallyStateUpdate() {
    this.CST_STACK.pop();
  }
  cstPostRuleFull(e) {
    let r = this.LA(0), n2 = e.location;
    n2.startOffset <= r.startOffset ? (n2.endOffset = r.endOffset, n2.endLine = r.endLine, n2.endColumn = r.endColumn) : (n2.startOffset = NaN, n2.startLine = NaN, n2.startColumn = NaN);
  }
  cstPostRuleOnlyOffset(e) {
    let r = this.LA(0), n2 = e.location;
    n2.startOffset <= r.startOffset ? n2.endOffset = r.endOffset : n2.startOffset = NaN;
  }
  cstPostTerminal(e, r) {
    let n2 = this.CST_STACK[this.CST_STACK.length - 1];
    rf(n2, r, e), this.setNodeLocationFromToken(n2.location, r);
  }
  cstPostNonTerminal(e, r) {
    let n2 = this.CST_STACK[this.CST_STACK.length - 1];
    nf(n2, r, e), this.setNodeLocationFromNode(n2.location, e.location);
  }
  getBaseCstVisitorConstructor() {
    if (le(this.baseCstVisitorConstructor)) {
      let e = of(this.className, k(this.gastProductionsCache));
      return this.baseCstVisitorConstructor = e, e;
    }
    return this.baseCstVisitorConstructor;
  }
  getBaseCstVisitorConstructorWithDefaults() {
    if (le(this.baseCstVisitorWithDefaultsConstructor)) {
      let e = af(this.className, k(this.gastProductionsCache), this.getBaseCstVisitorConstructor());
      return this.baseCstVisitorWithDefaultsConstructor = e, e;
    }
    return this.baseCstVisitorWithDefaultsConstructor;
  }
  getPreviousExplicitRuleShortName() {
    return this.RULE_STACK[this.RULE_STACK_IDX - 1];
  }
  getLastExplicitRuleOccurrenceIndex() {
    return this.RULE_OCCURRENCE_STACK[this.RULE_OCCURRENCE_STACK_IDX];
  }
};
var Yn = class {
  initLexerAdapter() {
    this.tokVector = [], this.tokVectorLength = 0, this.currIdx = -1;
  }
  set input(e) {
    if (this.selfAnalysisDone !== true) throw Error("Missing <performSelfAnalysis> invocation at the end of the Parser's constructor.");
    this.reset(), this.tokVector = e, this.tokVectorLength = e.length;
  }
  get input() {
    return this.tokVector;
  }
  SKIP_TOKEN() {
    return this.currIdx <= this.tokVectorLength - 2 ? (this.consumeToken(), this.LA_FAST(1)) : Je;
  }
  LA_FAST(e) {
    let r = this.currIdx + e;
    return this.tokVector[r];
  }
  LA(e) {
    let r = this.currIdx + e;
    return r < 0 || this.tokVectorLength <= r ? Je : this.tokVector[r];
  }
  consumeToken() {
    this.currIdx++;
  }
  exportLexerState() {
    return this.currIdx;
  }
  importLexerState(e) {
    this.currIdx = e;
  }
  resetLexerState() {
    this.currIdx = -1;
  }
  moveToTerminatedState() {
    this.currIdx = this.tokVectorLength - 1;
  }
  getLexerPosition() {
    return this.exportLexerState();
  }
};
var qn = class {
  ACTION(e) {
    return e.call(this);
  }
  consume(e, r, n2) {
    return this.consumeInternal(r, e, n2);
  }
  subrule(e, r, n2) {
    return this.subruleInternal(r, e, n2);
  }
  option(e, r) {
    return this.optionInternal(r, e);
  }
  or(e, r) {
    return this.orInternal(r, e);
  }
  many(e, r) {
    return this.manyInternal(e, r);
  }
  atLeastOne(e, r) {
    return this.atLeastOneInternal(e, r);
  }
  CONSUME(e, r) {
    return this.consumeInternal(e, 0, r);
  }
  CONSUME1(e, r) {
    return this.consumeInternal(e, 1, r);
  }
  CONSUME2(e, r) {
    return this.consumeInternal(e, 2, r);
  }
  CONSUME3(e, r) {
    return this.consumeInternal(e, 3, r);
  }
  CONSUME4(e, r) {
    return this.consumeInternal(e, 4, r);
  }
  CONSUME5(e, r) {
    return this.consumeInternal(e, 5, r);
  }
  CONSUME6(e, r) {
    return this.consumeInternal(e, 6, r);
  }
  CONSUME7(e, r) {
    return this.consumeInternal(e, 7, r);
  }
  CONSUME8(e, r) {
    return this.consumeInternal(e, 8, r);
  }
  CONSUME9(e, r) {
    return this.consumeInternal(e, 9, r);
  }
  SUBRULE(e, r) {
    return this.subruleInternal(e, 0, r);
  }
  SUBRULE1(e, r) {
    return this.subruleInternal(e, 1, r);
  }
  SUBRULE2(e, r) {
    return this.subruleInternal(e, 2, r);
  }
  SUBRULE3(e, r) {
    return this.subruleInternal(e, 3, r);
  }
  SUBRULE4(e, r) {
    return this.subruleInternal(e, 4, r);
  }
  SUBRULE5(e, r) {
    return this.subruleInternal(e, 5, r);
  }
  SUBRULE6(e, r) {
    return this.subruleInternal(e, 6, r);
  }
  SUBRULE7(e, r) {
    return this.subruleInternal(e, 7, r);
  }
  SUBRULE8(e, r) {
    return this.subruleInternal(e, 8, r);
  }
  SUBRULE9(e, r) {
    return this.subruleInternal(e, 9, r);
  }
  OPTION(e) {
    return this.optionInternal(e, 0);
  }
  OPTION1(e) {
    return this.optionInternal(e, 1);
  }
  OPTION2(e) {
    return this.optionInternal(e, 2);
  }
  OPTION3(e) {
    return this.optionInternal(e, 3);
  }
  OPTION4(e) {
    return this.optionInternal(e, 4);
  }
  OPTION5(e) {
    return this.optionInternal(e, 5);
  }
  OPTION6(e) {
    return this.optionInternal(e, 6);
  }
  OPTION7(e) {
    return this.optionInternal(e, 7);
  }
  OPTION8(e) {
    return this.optionInternal(e, 8);
  }
  OPTION9(e) {
    return this.optionInternal(e, 9);
  }
  OR(e) {
    return this.orInternal(e, 0);
  }
  OR1(e) {
    return this.orInternal(e, 1);
  }
  OR2(e) {
    return this.orInternal(e, 2);
  }
  OR3(e) {
    return this.orInternal(e, 3);
  }
  OR4(e) {
    return this.orInternal(e, 4);
  }
  OR5(e) {
    return this.orInternal(e, 5);
  }
  OR6(e) {
    return this.orInternal(e, 6);
  }
  OR7(e) {
    return this.orInternal(e, 7);
  }
  OR8(e) {
    return this.orInternal(e, 8);
  }
  OR9(e) {
    return this.orInternal(e, 9);
  }
  MANY(e) {
    this.manyInternal(0, e);
  }
  MANY1(e) {
    this.manyInternal(1, e);
  }
  MANY2(e) {
    this.manyInternal(2, e);
  }
  MANY3(e) {
    this.manyInternal(3, e);
  }
  MANY4(e) {
    this.manyInternal(4, e);
  }
  MANY5(e) {
    this.manyInternal(5, e);
  }
  MANY6(e) {
    this.manyInternal(6, e);
  }
  MANY7(e) {
    this.manyInternal(7, e);
  }
  MANY8(e) {
    this.manyInternal(8, e);
  }
  MANY9(e) {
    this.manyInternal(9, e);
  }
  MANY_SEP(e) {
    this.manySepFirstInternal(0, e);
  }
  MANY_SEP1(e) {
    this.manySepFirstInternal(1, e);
  }
  MANY_SEP2(e) {
    this.manySepFirstInternal(2, e);
  }
  MANY_SEP3(e) {
    this.manySepFirstInternal(3, e);
  }
  MANY_SEP4(e) {
    this.manySepFirstInternal(4, e);
  }
  MANY_SEP5(e) {
    this.manySepFirstInternal(5, e);
  }
  MANY_SEP6(e) {
    this.manySepFirstInternal(6, e);
  }
  MANY_SEP7(e) {
    this.manySepFirstInternal(7, e);
  }
  MANY_SEP8(e) {
    this.manySepFirstInternal(8, e);
  }
  MANY_SEP9(e) {
    this.manySepFirstInternal(9, e);
  }
  AT_LEAST_ONE(e) {
    this.atLeastOneInternal(0, e);
  }
  AT_LEAST_ONE1(e) {
    return this.atLeastOneInternal(1, e);
  }
  AT_LEAST_ONE2(e) {
    this.atLeastOneInternal(2, e);
  }
  AT_LEAST_ONE3(e) {
    this.atLeastOneInternal(3, e);
  }
  AT_LEAST_ONE4(e) {
    this.atLeastOneInternal(4, e);
  }
  AT_LEAST_ONE5(e) {
    this.atLeastOneInternal(5, e);
  }
  AT_LEAST_ONE6(e) {
    this.atLeastOneInternal(6, e);
  }
  AT_LEAST_ONE7(e) {
    this.atLeastOneInternal(7, e);
  }
  AT_LEAST_ONE8(e) {
    this.atLeastOneInternal(8, e);
  }
  AT_LEAST_ONE9(e) {
    this.atLeastOneInternal(9, e);
  }
  AT_LEAST_ONE_SEP(e) {
    this.atLeastOneSepFirstInternal(0, e);
  }
  AT_LEAST_ONE_SEP1(e) {
    this.atLeastOneSepFirstInternal(1, e);
  }
  AT_LEAST_ONE_SEP2(e) {
    this.atLeastOneSepFirstInternal(2, e);
  }
  AT_LEAST_ONE_SEP3(e) {
    this.atLeastOneSepFirstInternal(3, e);
  }
  AT_LEAST_ONE_SEP4(e) {
    this.atLeastOneSepFirstInternal(4, e);
  }
  AT_LEAST_ONE_SEP5(e) {
    this.atLeastOneSepFirstInternal(5, e);
  }
  AT_LEAST_ONE_SEP6(e) {
    this.atLeastOneSepFirstInternal(6, e);
  }
  AT_LEAST_ONE_SEP7(e) {
    this.atLeastOneSepFirstInternal(7, e);
  }
  AT_LEAST_ONE_SEP8(e) {
    this.atLeastOneSepFirstInternal(8, e);
  }
  AT_LEAST_ONE_SEP9(e) {
    this.atLeastOneSepFirstInternal(9, e);
  }
  RULE(e, r, n2 = pr) {
    if (U(this.definedRulesNames, e)) {
      let a = { message: ke.buildDuplicateRuleNameError({ topLevelRule: e, grammarName: this.className }), type: re.DUPLICATE_RULE_NAME, ruleName: e };
      this.definitionErrors.push(a);
    }
    this.definedRulesNames.push(e);
    let o = this.defineRule(e, r, n2);
    return this[e] = o, o;
  }
  OVERRIDE_RULE(e, r, n2 = pr) {
    let o = Hl(e, this.definedRulesNames, this.className);
    this.definitionErrors = this.definitionErrors.concat(o);
    let i = this.defineRule(e, r, n2);
    return this[e] = i, i;
  }
  BACKTRACK(e, r) {
    var n2;
    let o = (n2 = e.coreRule) !== null && n2 !== void 0 ? n2 : e;
    return function() {
      this.isBackTrackingStack.push(1);
      let i = this.saveRecogState();
      try {
        return o.apply(this, r), true;
      } catch (a) {
        if (Et(a)) return false;
        throw a;
      } finally {
        this.reloadRecogState(i), this.isBackTrackingStack.pop();
      }
    };
  }
  getGAstProductions() {
    return this.gastProductionsCache;
  }
  getSerializedGastProductions() {
    return Rn(C(this.gastProductionsCache));
  }
};
var Zn = class {
  initRecognizerEngine(e, r) {
    if (this.className = this.constructor.name, this.shortRuleNameToFull = {}, this.fullRuleNameToShort = {}, this.ruleShortNameIdx = 256, this.tokenMatcher = sr, this.subruleIdx = 0, this.currRuleShortName = 0, this.definedRulesNames = [], this.tokensMap = {}, this.isBackTrackingStack = [], this.RULE_STACK = [], this.RULE_STACK_IDX = -1, this.RULE_OCCURRENCE_STACK = [], this.RULE_OCCURRENCE_STACK_IDX = -1, this.gastProductionsCache = {}, A(r, "serializedGrammar")) throw Error(`The Parser's configuration can no longer contain a <serializedGrammar> property.
	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_6-0-0
	For Further details.`);
    if (I(e)) {
      if (O(e)) throw Error(`A Token Vocabulary cannot be empty.
	Note that the first argument for the parser constructor
	is no longer a Token vector (since v4.0).`);
      if (typeof e[0].startOffset == "number") throw Error(`The Parser constructor no longer accepts a token vector as the first argument.
	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_4-0-0
	For Further details.`);
    }
    if (I(e)) this.tokensMap = $(e, (i, a) => (i[a.name] = a, i), {});
    else if (A(e, "modes") && ae(K(C(e.modes)), yl)) {
      let i = K(C(e.modes)), a = gt(i);
      this.tokensMap = $(a, (s, l) => (s[l.name] = l, s), {});
    } else if (G(e)) this.tokensMap = W(e);
    else throw new Error("<tokensDictionary> argument must be An Array of Token constructors, A dictionary of Token constructors or an IMultiModeLexerDefinition");
    this.tokensMap.EOF = be;
    let n2 = A(e, "modes") ? K(C(e.modes)) : C(e), o = ae(n2, (i) => O(i.categoryMatches));
    this.tokenMatcher = o ? sr : qe, Ze(C(this.tokensMap));
  }
  defineRule(e, r, n2) {
    if (this.selfAnalysisDone) throw Error(`Grammar rule <${e}> may not be defined after the 'performSelfAnalysis' method has been called'
Make sure that all grammar rule definitions are done before 'performSelfAnalysis' is called.`);
    let o = A(n2, "resyncEnabled") ? n2.resyncEnabled : pr.resyncEnabled, i = A(n2, "recoveryValueFunc") ? n2.recoveryValueFunc : pr.recoveryValueFunc, a = this.ruleShortNameIdx << 12;
    this.ruleShortNameIdx++, this.shortRuleNameToFull[a] = e, this.fullRuleNameToShort[e] = a;
    let s;
    return this.outputCst === true ? s = function(...c2) {
      try {
        this.ruleInvocationStateUpdate(a, e, this.subruleIdx), r.apply(this, c2);
        let p = this.CST_STACK[this.CST_STACK.length - 1];
        return this.cstPostRule(p), p;
      } catch (p) {
        return this.invokeRuleCatch(p, o, i);
      } finally {
        this.ruleFinallyStateUpdate();
      }
    } : s = function(...c2) {
      try {
        return this.ruleInvocationStateUpdate(a, e, this.subruleIdx), r.apply(this, c2);
      } catch (p) {
        return this.invokeRuleCatch(p, o, i);
      } finally {
        this.ruleFinallyStateUpdate();
      }
    }, Object.assign(function(...c2) {
      this.onBeforeParse(e);
      try {
        return s.apply(this, c2);
      } finally {
        this.onAfterParse(e);
      }
    }, { ruleName: e, originalGrammarAction: r, coreRule: s });
  }
  invokeRuleCatch(e, r, n2) {
    let o = this.RULE_STACK_IDX === 0, i = r && !this.isBackTracking() && this.recoveryEnabled;
    if (Et(e)) {
      let a = e;
      if (i) {
        let s = this.findReSyncTokenType();
        if (this.isInCurrentRuleReSyncSet(s)) if (a.resyncedTokens = this.reSyncTo(s), this.outputCst) {
          let l = this.CST_STACK[this.CST_STACK.length - 1];
          return l.recoveredNode = true, l;
        } else return n2(e);
        else {
          if (this.outputCst) {
            let l = this.CST_STACK[this.CST_STACK.length - 1];
            l.recoveredNode = true, a.partialCstResult = l;
          }
          throw a;
        }
      } else {
        if (o) return this.moveToTerminatedState(), n2(e);
        throw a;
      }
    } else throw e;
  }
  optionInternal(e, r) {
    let n2 = this.getKeyForAutomaticLookahead(512, r);
    return this.optionInternalLogic(e, r, n2);
  }
  optionInternalLogic(e, r, n2) {
    let o = this.getLaFuncFromCache(n2), i;
    if (typeof e != "function") {
      i = e.DEF;
      let a = e.GATE;
      if (a !== void 0) {
        let s = o;
        o = () => a.call(this) && s.call(this);
      }
    } else i = e;
    if (o.call(this) === true) return i.call(this);
  }
  atLeastOneInternal(e, r) {
    let n2 = this.getKeyForAutomaticLookahead(1024, e);
    return this.atLeastOneInternalLogic(e, r, n2);
  }
  atLeastOneInternalLogic(e, r, n2) {
    let o = this.getLaFuncFromCache(n2), i;
    if (typeof r != "function") {
      i = r.DEF;
      let a = r.GATE;
      if (a !== void 0) {
        let s = o;
        o = () => a.call(this) && s.call(this);
      }
    } else i = r;
    if (o.call(this) === true) {
      let a = this.doSingleRepetition(i);
      for (; o.call(this) === true && a === true; ) a = this.doSingleRepetition(i);
    } else throw this.raiseEarlyExitException(e, B.REPETITION_MANDATORY, r.ERR_MSG);
    this.attemptInRepetitionRecovery(this.atLeastOneInternal, [e, r], o, 1024, e, wn);
  }
  atLeastOneSepFirstInternal(e, r) {
    let n2 = this.getKeyForAutomaticLookahead(1536, e);
    this.atLeastOneSepFirstInternalLogic(e, r, n2);
  }
  atLeastOneSepFirstInternalLogic(e, r, n2) {
    let o = r.DEF, i = r.SEP;
    if (this.getLaFuncFromCache(n2).call(this) === true) {
      o.call(this);
      let s = () => this.tokenMatcher(this.LA_FAST(1), i);
      for (; this.tokenMatcher(this.LA_FAST(1), i) === true; ) this.CONSUME(i), o.call(this);
      this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [e, i, s, o, Pr], s, 1536, e, Pr);
    } else throw this.raiseEarlyExitException(e, B.REPETITION_MANDATORY_WITH_SEPARATOR, r.ERR_MSG);
  }
  manyInternal(e, r) {
    let n2 = this.getKeyForAutomaticLookahead(768, e);
    return this.manyInternalLogic(e, r, n2);
  }
  manyInternalLogic(e, r, n2) {
    let o = this.getLaFuncFromCache(n2), i;
    if (typeof r != "function") {
      i = r.DEF;
      let s = r.GATE;
      if (s !== void 0) {
        let l = o;
        o = () => s.call(this) && l.call(this);
      }
    } else i = r;
    let a = true;
    for (; o.call(this) === true && a === true; ) a = this.doSingleRepetition(i);
    this.attemptInRepetitionRecovery(this.manyInternal, [e, r], o, 768, e, Mn, a);
  }
  manySepFirstInternal(e, r) {
    let n2 = this.getKeyForAutomaticLookahead(1280, e);
    this.manySepFirstInternalLogic(e, r, n2);
  }
  manySepFirstInternalLogic(e, r, n2) {
    let o = r.DEF, i = r.SEP;
    if (this.getLaFuncFromCache(n2).call(this) === true) {
      o.call(this);
      let s = () => this.tokenMatcher(this.LA_FAST(1), i);
      for (; this.tokenMatcher(this.LA_FAST(1), i) === true; ) this.CONSUME(i), o.call(this);
      this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [e, i, s, o, kr], s, 1280, e, kr);
    }
  }
  repetitionSepSecondInternal(e, r, n2, o, i) {
    for (; n2(); ) this.CONSUME(r), o.call(this);
    this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal, [e, r, n2, o, i], n2, 1536, e, i);
  }
  doSingleRepetition(e) {
    let r = this.getLexerPosition();
    return e.call(this), this.getLexerPosition() > r;
  }
  orInternal(e, r) {
    let n2 = this.getKeyForAutomaticLookahead(256, r), o = I(e) ? e : e.DEF, a = this.getLaFuncFromCache(n2).call(this, o);
    if (a !== void 0) return o[a].ALT.call(this);
    this.raiseNoAltException(r, e.ERR_MSG);
  }
  ruleFinallyStateUpdate() {
    this.RULE_STACK_IDX--, this.RULE_OCCURRENCE_STACK_IDX--, this.RULE_STACK_IDX >= 0 && (this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX]), this.cstFinallyStateUpdate();
  }
  subruleInternal(e, r, n2) {
    let o;
    try {
      let i = n2 !== void 0 ? n2.ARGS : void 0;
      return this.subruleIdx = r, o = e.coreRule.apply(this, i), this.cstPostNonTerminal(o, n2 !== void 0 && n2.LABEL !== void 0 ? n2.LABEL : e.ruleName), o;
    } catch (i) {
      throw this.subruleInternalError(i, n2, e.ruleName);
    }
  }
  subruleInternalError(e, r, n2) {
    throw Et(e) && e.partialCstResult !== void 0 && (this.cstPostNonTerminal(e.partialCstResult, r !== void 0 && r.LABEL !== void 0 ? r.LABEL : n2), delete e.partialCstResult), e;
  }
  consumeInternal(e, r, n2) {
    let o;
    try {
      let i = this.LA_FAST(1);
      this.tokenMatcher(i, e) === true ? (this.consumeToken(), o = i) : this.consumeInternalError(e, i, n2);
    } catch (i) {
      o = this.consumeInternalRecovery(e, r, i);
    }
    return this.cstPostTerminal(n2 !== void 0 && n2.LABEL !== void 0 ? n2.LABEL : e.name, o), o;
  }
  consumeInternalError(e, r, n2) {
    let o, i = this.LA(0);
    throw n2 !== void 0 && n2.ERR_MSG ? o = n2.ERR_MSG : o = this.errorMessageProvider.buildMismatchTokenMessage({ expected: e, actual: r, previous: i, ruleName: this.getCurrRuleFullName() }), this.SAVE_ERROR(new bt(o, r, i));
  }
  consumeInternalRecovery(e, r, n2) {
    if (this.recoveryEnabled && n2.name === "MismatchedTokenException" && !this.isBackTracking()) {
      let o = this.getFollowsForInRuleRecovery(e, r);
      try {
        return this.tryInRuleRecovery(e, o);
      } catch (i) {
        throw i.name === Bo ? n2 : i;
      }
    } else throw n2;
  }
  saveRecogState() {
    let e = this.errors, r = this.RULE_STACK.slice(0, this.RULE_STACK_IDX + 1);
    return { errors: e, lexerState: this.exportLexerState(), RULE_STACK: r, CST_STACK: this.CST_STACK };
  }
  reloadRecogState(e) {
    this.errors = e.errors, this.importLexerState(e.lexerState);
    let r = e.RULE_STACK;
    for (let n2 = 0; n2 < r.length; n2++) this.RULE_STACK[n2] = r[n2];
    this.RULE_STACK_IDX = r.length - 1, this.RULE_STACK_IDX >= 0 && (this.currRuleShortName = this.RULE_STACK[this.RULE_STACK_IDX]);
  }
  ruleInvocationStateUpdate(e, r, n2) {
    this.RULE_OCCURRENCE_STACK[++this.RULE_OCCURRENCE_STACK_IDX] = n2, this.RULE_STACK[++this.RULE_STACK_IDX] = e, this.currRuleShortName = e, this.cstInvocationStateUpdate(r);
  }
  isBackTracking() {
    return this.isBackTrackingStack.length !== 0;
  }
  getCurrRuleFullName() {
    let e = this.currRuleShortName;
    return this.shortRuleNameToFull[e];
  }
  shortRuleNameToFullName(e) {
    return this.shortRuleNameToFull[e];
  }
  isAtEndOfInput() {
    return this.tokenMatcher(this.LA(1), be);
  }
  reset() {
    this.resetLexerState(), this.subruleIdx = 0, this.currRuleShortName = 0, this.isBackTrackingStack = [], this.errors = [], this.RULE_STACK_IDX = -1, this.RULE_OCCURRENCE_STACK_IDX = -1, this.CST_STACK = [];
  }
  onBeforeParse(e) {
    for (let r = 0; r < this.maxLookahead + 1; r++) this.tokVector.push(Je);
  }
  onAfterParse(e) {
    if (this.isAtEndOfInput() === false) {
      let r = this.LA(1), n2 = this.errorMessageProvider.buildNotAllInputParsedMessage({ firstRedundant: r, ruleName: this.getCurrRuleFullName() });
      this.SAVE_ERROR(new Ur(n2, r));
    }
    for (; this.tokVector.at(-1) === Je; ) this.tokVector.pop();
  }
};
var Jn = class {
  initErrorHandler(e) {
    this._errors = [], this.errorMessageProvider = A(e, "errorMessageProvider") ? e.errorMessageProvider : ce.errorMessageProvider;
  }
  SAVE_ERROR(e) {
    if (Et(e)) return e.context = { ruleStack: this.getHumanReadableRuleStack(), ruleOccurrenceStack: this.RULE_OCCURRENCE_STACK.slice(0, this.RULE_OCCURRENCE_STACK_IDX + 1) }, this._errors.push(e), e;
    throw Error("Trying to save an Error which is not a RecognitionException");
  }
  get errors() {
    return W(this._errors);
  }
  set errors(e) {
    this._errors = e;
  }
  raiseEarlyExitException(e, r, n2) {
    let o = this.getCurrRuleFullName(), i = this.getGAstProductions()[o], s = cr(e, i, r, this.maxLookahead)[0], l = [];
    for (let u = 1; u <= this.maxLookahead; u++) l.push(this.LA(u));
    let f = this.errorMessageProvider.buildEarlyExitMessage({ expectedIterationPaths: s, actual: l, previous: this.LA(0), customUserDescription: n2, ruleName: o });
    throw this.SAVE_ERROR(new Dr(f, this.LA(1), this.LA(0)));
  }
  raiseNoAltException(e, r) {
    let n2 = this.getCurrRuleFullName(), o = this.getGAstProductions()[n2], i = fr(e, o, this.maxLookahead), a = [];
    for (let f = 1; f <= this.maxLookahead; f++) a.push(this.LA(f));
    let s = this.LA(0), l = this.errorMessageProvider.buildNoViableAltMessage({ expectedPathsPerAlt: i, actual: a, previous: s, customUserDescription: r, ruleName: this.getCurrRuleFullName() });
    throw this.SAVE_ERROR(new Fr(l, this.LA(1), s));
  }
};
var Qn = class {
  initContentAssist() {
  }
  computeContentAssist(e, r) {
    let n2 = this.gastProductionsCache[e];
    if (le(n2)) throw Error(`Rule ->${e}<- does not exist in this grammar.`);
    return Un([n2], r, this.tokenMatcher, this.maxLookahead);
  }
  getNextPossibleTokenTypes(e) {
    let r = oe(e.ruleStack), o = this.getGAstProductions()[r];
    return new Pn(o, e).startWalking();
  }
};
var ro = { description: "This Object indicates the Parser is during Recording Phase" };
Object.freeze(ro);
var sf = true;
var lf = Math.pow(2, 8) - 1;
var cf = bn({ name: "RECORDING_PHASE_TOKEN", pattern: ie.NA });
Ze([cf]);
var uf = Lt(cf, `This IToken indicates the Parser is in Recording Phase
	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details`, -1, -1, -1, -1, -1, -1);
Object.freeze(uf);
var CT = { name: `This CSTNode indicates the Parser is in Recording Phase
	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details`, children: {} };
var eo = class {
  initGastRecorder(e) {
    this.recordingProdStack = [], this.RECORDING_PHASE = false;
  }
  enableRecording() {
    this.RECORDING_PHASE = true, this.TRACE_INIT("Enable Recording", () => {
      for (let e = 0; e < 10; e++) {
        let r = e > 0 ? e : "";
        this[`CONSUME${r}`] = function(n2, o) {
          return this.consumeInternalRecord(n2, e, o);
        }, this[`SUBRULE${r}`] = function(n2, o) {
          return this.subruleInternalRecord(n2, e, o);
        }, this[`OPTION${r}`] = function(n2) {
          return this.optionInternalRecord(n2, e);
        }, this[`OR${r}`] = function(n2) {
          return this.orInternalRecord(n2, e);
        }, this[`MANY${r}`] = function(n2) {
          this.manyInternalRecord(e, n2);
        }, this[`MANY_SEP${r}`] = function(n2) {
          this.manySepFirstInternalRecord(e, n2);
        }, this[`AT_LEAST_ONE${r}`] = function(n2) {
          this.atLeastOneInternalRecord(e, n2);
        }, this[`AT_LEAST_ONE_SEP${r}`] = function(n2) {
          this.atLeastOneSepFirstInternalRecord(e, n2);
        };
      }
      this.consume = function(e, r, n2) {
        return this.consumeInternalRecord(r, e, n2);
      }, this.subrule = function(e, r, n2) {
        return this.subruleInternalRecord(r, e, n2);
      }, this.option = function(e, r) {
        return this.optionInternalRecord(r, e);
      }, this.or = function(e, r) {
        return this.orInternalRecord(r, e);
      }, this.many = function(e, r) {
        this.manyInternalRecord(e, r);
      }, this.atLeastOne = function(e, r) {
        this.atLeastOneInternalRecord(e, r);
      }, this.ACTION = this.ACTION_RECORD, this.BACKTRACK = this.BACKTRACK_RECORD, this.LA = this.LA_RECORD;
    });
  }
  disableRecording() {
    this.RECORDING_PHASE = false, this.TRACE_INIT("Deleting Recording methods", () => {
      let e = this;
      for (let r = 0; r < 10; r++) {
        let n2 = r > 0 ? r : "";
        delete e[`CONSUME${n2}`], delete e[`SUBRULE${n2}`], delete e[`OPTION${n2}`], delete e[`OR${n2}`], delete e[`MANY${n2}`], delete e[`MANY_SEP${n2}`], delete e[`AT_LEAST_ONE${n2}`], delete e[`AT_LEAST_ONE_SEP${n2}`];
      }
      delete e.consume, delete e.subrule, delete e.option, delete e.or, delete e.many, delete e.atLeastOne, delete e.ACTION, delete e.BACKTRACK, delete e.LA;
    });
  }
  ACTION_RECORD(e) {
  }
  BACKTRACK_RECORD(e, r) {
    return () => true;
  }
  LA_RECORD(e) {
    return Je;
  }
  topLevelRuleRecord(e, r) {
    try {
      let n2 = new me({ definition: [], name: e });
      return n2.name = e, this.recordingProdStack.push(n2), r.call(this), this.recordingProdStack.pop(), n2;
    } catch (n2) {
      if (n2.KNOWN_RECORDER_ERROR !== true) try {
        n2.message = n2.message + `
	 This error was thrown during the "grammar recording phase" For more info see:
	https://chevrotain.io/docs/guide/internals.html#grammar-recording`;
      } catch {
        throw n2;
      }
      throw n2;
    }
  }
  optionInternalRecord(e, r) {
    return Kr.call(this, F, e, r);
  }
  atLeastOneInternalRecord(e, r) {
    Kr.call(this, Y, r, e);
  }
  atLeastOneSepFirstInternalRecord(e, r) {
    Kr.call(this, q, r, e, sf);
  }
  manyInternalRecord(e, r) {
    Kr.call(this, v, r, e);
  }
  manySepFirstInternalRecord(e, r) {
    Kr.call(this, H, r, e, sf);
  }
  orInternalRecord(e, r) {
    return vT.call(this, e, r);
  }
  subruleInternalRecord(e, r, n2) {
    if (to(r), !e || A(e, "ruleName") === false) {
      let s = new Error(`<SUBRULE${ff(r)}> argument is invalid expecting a Parser method reference but got: <${JSON.stringify(e)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
      throw s.KNOWN_RECORDER_ERROR = true, s;
    }
    let o = Le(this.recordingProdStack), i = e.ruleName, a = new L({ idx: r, nonTerminalName: i, label: n2?.LABEL, referencedRule: void 0 });
    return o.definition.push(a), this.outputCst ? CT : ro;
  }
  consumeInternalRecord(e, r, n2) {
    if (to(r), !Oo(e)) {
      let a = new Error(`<CONSUME${ff(r)}> argument is invalid expecting a TokenType reference but got: <${JSON.stringify(e)}>
 inside top level rule: <${this.recordingProdStack[0].name}>`);
      throw a.KNOWN_RECORDER_ERROR = true, a;
    }
    let o = Le(this.recordingProdStack), i = new N({ idx: r, terminalType: e, label: n2?.LABEL });
    return o.definition.push(i), uf;
  }
};
function Kr(t3, e, r, n2 = false) {
  to(r);
  let o = Le(this.recordingProdStack), i = he(e) ? e : e.DEF, a = new t3({ definition: [], idx: r });
  return n2 && (a.separator = e.SEP), A(e, "MAX_LOOKAHEAD") && (a.maxLookahead = e.MAX_LOOKAHEAD), this.recordingProdStack.push(a), i.call(this), o.definition.push(a), this.recordingProdStack.pop(), ro;
}
function vT(t3, e) {
  to(e);
  let r = Le(this.recordingProdStack), n2 = I(t3) === false, o = n2 === false ? t3 : t3.DEF, i = new z({ definition: [], idx: e, ignoreAmbiguities: n2 && t3.IGNORE_AMBIGUITIES === true });
  A(t3, "MAX_LOOKAHEAD") && (i.maxLookahead = t3.MAX_LOOKAHEAD);
  let a = St(o, (s) => he(s.GATE));
  return i.hasPredicates = a, r.definition.push(i), g(o, (s) => {
    let l = new M({ definition: [] });
    i.definition.push(l), A(s, "IGNORE_AMBIGUITIES") ? l.ignoreAmbiguities = s.IGNORE_AMBIGUITIES : A(s, "GATE") && (l.ignoreAmbiguities = true), this.recordingProdStack.push(l), s.ALT.call(this), this.recordingProdStack.pop();
  }), ro;
}
function ff(t3) {
  return t3 === 0 ? "" : `${t3}`;
}
function to(t3) {
  if (t3 < 0 || t3 > lf) {
    let e = new Error(`Invalid DSL Method idx value: <${t3}>
	Idx value must be a none negative value smaller than ${lf + 1}`);
    throw e.KNOWN_RECORDER_ERROR = true, e;
  }
}
var no = class {
  initPerformanceTracer(e) {
    if (A(e, "traceInitPerf")) {
      let r = e.traceInitPerf, n2 = typeof r == "number";
      this.traceInitMaxIdent = n2 ? r : 1 / 0, this.traceInitPerf = n2 ? r > 0 : r;
    } else this.traceInitMaxIdent = 0, this.traceInitPerf = ce.traceInitPerf;
    this.traceInitIndent = -1;
  }
  TRACE_INIT(e, r) {
    if (this.traceInitPerf === true) {
      this.traceInitIndent++;
      let n2 = new Array(this.traceInitIndent + 1).join("	");
      this.traceInitIndent < this.traceInitMaxIdent && console.log(`${n2}--> <${e}>`);
      let { time: o, value: i } = Sr(r), a = o > 10 ? console.warn : console.log;
      return this.traceInitIndent < this.traceInitMaxIdent && a(`${n2}<-- <${e}> time: ${o}ms`), this.traceInitIndent--, i;
    } else return r();
  }
};
function pf(t3, e) {
  e.forEach((r) => {
    let n2 = r.prototype;
    Object.getOwnPropertyNames(n2).forEach((o) => {
      if (o === "constructor") return;
      let i = Object.getOwnPropertyDescriptor(n2, o);
      i && (i.get || i.set) ? Object.defineProperty(t3.prototype, o, i) : t3.prototype[o] = r.prototype[o];
    });
  });
}
var Je = Lt(be, "", NaN, NaN, NaN, NaN, NaN, NaN);
Object.freeze(Je);
var ce = Object.freeze({ recoveryEnabled: false, maxLookahead: 3, dynamicTokensEnabled: false, outputCst: true, errorMessageProvider: kn, nodeLocationTracking: "none", traceInitPerf: false, skipValidations: false });
var pr = Object.freeze({ recoveryValueFunc: () => {
}, resyncEnabled: true });
var re;
(function(t3) {
  t3[t3.INVALID_RULE_NAME = 0] = "INVALID_RULE_NAME", t3[t3.DUPLICATE_RULE_NAME = 1] = "DUPLICATE_RULE_NAME", t3[t3.INVALID_RULE_OVERRIDE = 2] = "INVALID_RULE_OVERRIDE", t3[t3.DUPLICATE_PRODUCTIONS = 3] = "DUPLICATE_PRODUCTIONS", t3[t3.UNRESOLVED_SUBRULE_REF = 4] = "UNRESOLVED_SUBRULE_REF", t3[t3.LEFT_RECURSION = 5] = "LEFT_RECURSION", t3[t3.NONE_LAST_EMPTY_ALT = 6] = "NONE_LAST_EMPTY_ALT", t3[t3.AMBIGUOUS_ALTS = 7] = "AMBIGUOUS_ALTS", t3[t3.CONFLICT_TOKENS_RULES_NAMESPACE = 8] = "CONFLICT_TOKENS_RULES_NAMESPACE", t3[t3.INVALID_TOKEN_NAME = 9] = "INVALID_TOKEN_NAME", t3[t3.NO_NON_EMPTY_LOOKAHEAD = 10] = "NO_NON_EMPTY_LOOKAHEAD", t3[t3.AMBIGUOUS_PREFIX_ALTS = 11] = "AMBIGUOUS_PREFIX_ALTS", t3[t3.TOO_MANY_ALTS = 12] = "TOO_MANY_ALTS", t3[t3.CUSTOM_LOOKAHEAD_VALIDATION = 13] = "CUSTOM_LOOKAHEAD_VALIDATION";
})(re || (re = {}));
var hr = class t {
  static performSelfAnalysis(e) {
    throw Error("The **static** `performSelfAnalysis` method has been deprecated.	\nUse the **instance** method with the same name instead.");
  }
  performSelfAnalysis() {
    this.TRACE_INIT("performSelfAnalysis", () => {
      let e;
      this.selfAnalysisDone = true;
      let r = this.className;
      this.TRACE_INIT("toFastProps", () => {
        _r(this);
      }), this.TRACE_INIT("Grammar Recording", () => {
        try {
          this.enableRecording(), g(this.definedRulesNames, (o) => {
            let a = this[o].originalGrammarAction, s;
            this.TRACE_INIT(`${o} Rule`, () => {
              s = this.topLevelRuleRecord(o, a);
            }), this.gastProductionsCache[o] = s;
          });
        } finally {
          this.disableRecording();
        }
      });
      let n2 = [];
      if (this.TRACE_INIT("Grammar Resolving", () => {
        n2 = Yl({ rules: C(this.gastProductionsCache) }), this.definitionErrors = this.definitionErrors.concat(n2);
      }), this.TRACE_INIT("Grammar Validations", () => {
        if (O(n2) && this.skipValidations === false) {
          let o = ql({ rules: C(this.gastProductionsCache), tokenTypes: C(this.tokensMap), errMsgProvider: ke, grammarName: r }), i = Wl({ lookaheadStrategy: this.lookaheadStrategy, rules: C(this.gastProductionsCache), tokenTypes: C(this.tokensMap), grammarName: r });
          this.definitionErrors = this.definitionErrors.concat(o, i);
        }
      }), O(this.definitionErrors) && (this.recoveryEnabled && this.TRACE_INIT("computeAllProdsFollows", () => {
        let o = ol(C(this.gastProductionsCache));
        this.resyncFollows = o;
      }), this.TRACE_INIT("ComputeLookaheadFunctions", () => {
        var o, i;
        (i = (o = this.lookaheadStrategy).initialize) === null || i === void 0 || i.call(o, { rules: C(this.gastProductionsCache) }), this.preComputeLookaheadFunctions(C(this.gastProductionsCache));
      })), !t.DEFER_DEFINITION_ERRORS_HANDLING && !O(this.definitionErrors)) throw e = h(this.definitionErrors, (o) => o.message), new Error(`Parser Definition Errors detected:
 ${e.join(`
-------------------------------
`)}`);
    });
  }
  constructor(e, r) {
    this.definitionErrors = [], this.selfAnalysisDone = false;
    let n2 = this;
    if (n2.initErrorHandler(r), n2.initLexerAdapter(), n2.initLooksAhead(r), n2.initRecognizerEngine(e, r), n2.initRecoverable(r), n2.initTreeBuilder(r), n2.initContentAssist(), n2.initGastRecorder(r), n2.initPerformanceTracer(r), A(r, "ignoredIssues")) throw new Error(`The <ignoredIssues> IParserConfig property has been deprecated.
	Please use the <IGNORE_AMBIGUITIES> flag on the relevant DSL method instead.
	See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#IGNORING_AMBIGUITIES
	For further details.`);
    this.skipValidations = A(r, "skipValidations") ? r.skipValidations : ce.skipValidations;
  }
};
hr.DEFER_DEFINITION_ERRORS_HANDLING = false;
pf(hr, [Kn, $n, Xn, Yn, Zn, qn, Jn, Qn, eo, no]);
var Yo = class extends hr {
  constructor(e, r = ce) {
    let n2 = W(r);
    n2.outputCst = false, super(e, n2);
  }
};

// grammar/tokens.ts
var tokens = [];
function token(config) {
  const t3 = bn(config);
  tokens.push(t3);
  return t3;
}
var IdentifierName = bn({ name: "IdentifierName", pattern: ie.NA });
var BinaryOperator = bn({ name: "BinaryOperator", pattern: ie.NA });
var AssignOperator = bn({ name: "AssignOperator", pattern: ie.NA });
var WhiteSpace = token({ name: "WhiteSpace", pattern: /[ \t\n\r\v\f\u00a0\ufeff\u2028\u2029]+/, group: ie.SKIPPED, line_breaks: true });
var LineComment = token({ name: "LineComment", pattern: /\/\/[^\n\r\u2028\u2029]*/, group: "comments" });
var BlockComment = token({ name: "BlockComment", pattern: /\/\*[\s\S]*?\*\//, group: "comments", line_breaks: true });
var Identifier = token({ name: "Identifier", pattern: /[A-Za-z_$\u00c0-\uffff][\w$\u00c0-\uffff]*/, categories: [IdentifierName] });
function keyword(word, name) {
  return bn({
    name: name ?? word[0].toUpperCase() + word.slice(1),
    pattern: new RegExp(word),
    longer_alt: Identifier,
    categories: [IdentifierName]
  });
}
var Of2 = bn({ name: "Of", pattern: /of/, longer_alt: Identifier, categories: [Identifier, IdentifierName] });
var Async = bn({ name: "Async", pattern: /async/, longer_alt: Identifier, categories: [Identifier, IdentifierName] });
var Const = keyword("const");
var Let = keyword("let");
var Var = keyword("var");
var FunctionKw = keyword("function", "Function");
var Return = keyword("return");
var If2 = keyword("if");
var Else = keyword("else");
var For = keyword("for");
var While = keyword("while");
var Do2 = keyword("do");
var Break = keyword("break");
var Continue = keyword("continue");
var Throw = keyword("throw");
var Try = keyword("try");
var Catch = keyword("catch");
var Finally = keyword("finally");
var New = keyword("new");
var Await = keyword("await");
var Typeof = keyword("typeof");
var Void = keyword("void");
var Delete = keyword("delete");
var Instanceof = bn({ name: "Instanceof", pattern: /instanceof/, longer_alt: Identifier, categories: [IdentifierName, BinaryOperator] });
var In2 = bn({ name: "In", pattern: /in/, longer_alt: Identifier, categories: [IdentifierName, BinaryOperator] });
var True = keyword("true");
var False = keyword("false");
var Null = keyword("null");
var This = keyword("this");
var Export = keyword("export");
var Import = keyword("import");
var Class = keyword("class");
var Switch = keyword("switch");
var With = keyword("with");
var Debugger = keyword("debugger");
var Yield = keyword("yield");
var Super = keyword("super");
var OtherReserved = bn({
  name: "OtherReserved",
  pattern: /(?:case|default|enum|extends|static|implements|interface|package|private|protected|public)(?![\w$\u00c0-\uffff])/,
  categories: [IdentifierName]
});
var keywords = [
  Const,
  Let,
  Var,
  FunctionKw,
  Return,
  If2,
  Else,
  For,
  While,
  Do2,
  Break,
  Continue,
  Throw,
  Try,
  Catch,
  Finally,
  New,
  Await,
  Typeof,
  Void,
  Delete,
  Instanceof,
  In2,
  True,
  False,
  Null,
  This,
  Export,
  Import,
  Class,
  Switch,
  With,
  Debugger,
  Yield,
  Super,
  Of2,
  Async,
  OtherReserved
];
var NumberLiteral = token({
  name: "NumberLiteral",
  pattern: /(?:0[xX][\da-fA-F](?:_?[\da-fA-F])*|0[oO][0-7](?:_?[0-7])*|0[bB][01](?:_?[01])*|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)n?/
});
var StringLiteral = token({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\n\r]|\\[\s\S])*"|'(?:[^'\\\n\r]|\\[\s\S])*'/,
  line_breaks: true
});
var regexBody = /\/(?![*/])(?:[^/\\\[\n\r]|\\.|\[(?:[^\]\\\n\r]|\\.)*\])+\/[dgimsuvy]*/y;
var dividesAfter = /* @__PURE__ */ new Set(["Identifier", "NumberLiteral", "StringLiteral", "RegExpLiteral", "RParen", "RBracket", "RCurly", "BacktickEnd", "PlusPlus", "MinusMinus", "True", "False", "Null", "This", "Of", "Async", "Super"]);
var RegExpLiteral = token({
  name: "RegExpLiteral",
  pattern: {
    exec(text, offset, matched) {
      const prev = matched[matched.length - 1];
      if (prev && dividesAfter.has(prev.tokenType.name)) return null;
      regexBody.lastIndex = offset;
      return regexBody.exec(text);
    }
  },
  line_breaks: false,
  start_chars_hint: ["/"]
});
var Backtick = token({ name: "Backtick", pattern: /`/, push_mode: "template" });
var TemplateChars = bn({ name: "TemplateChars", pattern: /(?:[^`\\$]|\\[\s\S]|\$(?!\{))+/, line_breaks: true });
var TemplateExprStart = bn({ name: "TemplateExprStart", pattern: /\$\{/, push_mode: "code" });
var BacktickEnd = bn({ name: "BacktickEnd", pattern: /`/, pop_mode: true });
function punct(name, pattern, categories = []) {
  return token({ name, pattern, categories });
}
var Arrow = punct("Arrow", /=>/);
var Ellipsis = punct("Ellipsis", /\.\.\./);
var QuestionDot = punct("QuestionDot", /\?\.(?!\d)/);
var LCurly = token({ name: "LCurly", pattern: /\{/, push_mode: "code" });
var RCurly = token({ name: "RCurly", pattern: /\}/, pop_mode: true });
var LParen = punct("LParen", /\(/);
var RParen = punct("RParen", /\)/);
var LBracket = punct("LBracket", /\[/);
var RBracket = punct("RBracket", /\]/);
var Semicolon = punct("Semicolon", /;/);
var Comma = punct("Comma", /,/);
var AssignCompound = punct("AssignCompound", /(?:\*\*|>>>|<<|>>|&&|\|\||\?\?|[-+*/%&|^])=/, [AssignOperator]);
var StrictEq = punct("StrictEq", /===|!==/, [BinaryOperator]);
var LooseEq = punct("LooseEq", /==|!=/, [BinaryOperator]);
var Equals = punct("Equals", /=/, [AssignOperator]);
var Logical = punct("Logical", /&&|\|\||\?\?/, [BinaryOperator]);
var Question = punct("Question", /\?/);
var Colon = punct("Colon", /:/);
var PlusPlus = punct("PlusPlus", /\+\+/);
var MinusMinus = punct("MinusMinus", /--/);
var Exponent = punct("Exponent", /\*\*/, [BinaryOperator]);
var Shift = punct("Shift", />>>|<<|>>/, [BinaryOperator]);
var Relational = punct("Relational", /<=|>=|<|>/, [BinaryOperator]);
var Plus = punct("Plus", /\+/, [BinaryOperator]);
var Minus = punct("Minus", /-/, [BinaryOperator]);
var Multiplicative = punct("Multiplicative", /[*/%]/, [BinaryOperator]);
var Bitwise = punct("Bitwise", /[&|^]/, [BinaryOperator]);
var Bang = punct("Bang", /!/);
var Tilde = punct("Tilde", /~/);
var Dot = punct("Dot", /\./);
var Hash = punct("Hash", /#/);
var codeTokens = [
  WhiteSpace,
  LineComment,
  BlockComment,
  ...keywords,
  Identifier,
  NumberLiteral,
  StringLiteral,
  RegExpLiteral,
  Backtick,
  Arrow,
  Ellipsis,
  QuestionDot,
  LCurly,
  RCurly,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Semicolon,
  Comma,
  AssignCompound,
  StrictEq,
  LooseEq,
  Equals,
  Logical,
  Question,
  Colon,
  PlusPlus,
  MinusMinus,
  Exponent,
  Shift,
  Relational,
  Plus,
  Minus,
  Multiplicative,
  Bitwise,
  Bang,
  Tilde,
  Dot,
  Hash
];
var templateTokens = [TemplateChars, TemplateExprStart, BacktickEnd];
var allTokens = [IdentifierName, BinaryOperator, AssignOperator, ...codeTokens, ...templateTokens];
var WfLexer = new ie(
  { modes: { code: codeTokens, template: templateTokens }, defaultMode: "code" },
  { positionTracking: "onlyOffset", ensureOptimizations: false, skipValidations: true }
);

// grammar/strings.ts
var simple = { n: "\n", t: "	", r: "\r", b: "\b", f: "\f", v: "\v", "0": "\0" };
function cookString(raw) {
  if (!raw.includes("\\")) return raw;
  let out = "";
  for (let i = 0; i < raw.length; i++) {
    const c2 = raw[i];
    if (c2 !== "\\") {
      out += c2;
      continue;
    }
    const n2 = raw[++i];
    if (n2 === void 0) break;
    if (n2 in simple && !(n2 === "0" && /\d/.test(raw[i + 1] ?? ""))) out += simple[n2];
    else if (n2 === "x" && /^[\da-fA-F]{2}$/.test(raw.slice(i + 1, i + 3))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (n2 === "u" && raw[i + 1] === "{") {
      const close = raw.indexOf("}", i);
      const code = parseInt(raw.slice(i + 2, close), 16);
      out += Number.isFinite(code) && code <= 1114111 ? String.fromCodePoint(code) : "";
      i = close;
    } else if (n2 === "u" && /^[\da-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (n2 === "\r") {
      if (raw[i + 1] === "\n") i++;
    } else if (n2 === "\n" || n2 === "\u2028" || n2 === "\u2029") {
    } else out += n2;
  }
  return out;
}
function cookTemplate(raw) {
  return cookString(raw.replace(/\r\n?/g, "\n"));
}

// grammar/parser.ts
var MAX_NESTING = Number(process.env.WFC_MAX_NESTING) || 160;
var NestingTooDeep = class extends Error {
  constructor(token2) {
    super("nesting too deep");
    this.token = token2;
  }
  token;
};
var SPAN0 = { start: 0, end: 0 };
var binaryPrecedence = {
  "??": 1,
  "||": 2,
  "&&": 3,
  "|": 4,
  "^": 5,
  "&": 6,
  "==": 7,
  "!=": 7,
  "===": 7,
  "!==": 7,
  "<": 8,
  ">": 8,
  "<=": 8,
  ">=": 8,
  in: 8,
  instanceof: 8,
  "<<": 9,
  ">>": 9,
  ">>>": 9,
  "+": 10,
  "-": 10,
  "*": 11,
  "/": 11,
  "%": 11,
  "**": 12
};
var names = {
  LParen: "`(`",
  RParen: "`)`",
  LCurly: "`{`",
  RCurly: "`}`",
  LBracket: "`[`",
  RBracket: "`]`",
  Semicolon: "`;`",
  Comma: "`,`",
  Colon: "`:`",
  Arrow: "`=>`",
  Dot: "`.`",
  Equals: "`=`",
  Identifier: "a name",
  IdentifierName: "a name",
  StringLiteral: "a string",
  NumberLiteral: "a number",
  EOF: "the end of the file",
  BacktickEnd: "the closing backtick",
  Backtick: "a template literal",
  TemplateChars: "template text",
  RegExpLiteral: "a regular expression"
};
function describeExpected(t3) {
  if (names[t3.name]) return names[t3.name];
  return `\`${t3.name.toLowerCase()}\``;
}
function describeToken(tok) {
  if (!tok || tok.tokenType === be) return "the end of the file";
  const image = tok.image.length > 24 ? tok.image.slice(0, 21) + "\u2026" : tok.image;
  if (tok.tokenType === StringLiteral) return `the string ${image}`;
  if (tok.tokenType === NumberLiteral) return `the number \`${image}\``;
  if (tok.tokenType === Identifier) return `the name \`${image}\``;
  return `\`${image}\``;
}
var ruleDescriptions = {
  statement: "a statement",
  expression: "an expression",
  assignment: "an expression",
  unary: "an expression",
  primary: "an expression",
  bindingTarget: "a name or a destructuring pattern",
  propertyKey: "a property name",
  forStatement: "a `for\u2026of` or counted `for` loop",
  arrowParams: "arrow-function parameters",
  arrayLiteral: "`,` or `]`",
  objectLiteral: "`,` or `}`",
  arguments: "`,` or `)`",
  formalParameters: "`,` or `)`"
};
var errorMessages = {
  buildMismatchTokenMessage({ expected, actual }) {
    if (expected === be) return `unexpected ${describeToken(actual)}: it does not continue any statement`;
    return `expected ${describeExpected(expected)} but found ${describeToken(actual)}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describeToken(firstRedundant)}`;
  },
  buildNoViableAltMessage({ actual, ruleName }) {
    return `expected ${ruleDescriptions[ruleName] ?? "an expression"} but found ${describeToken(actual[0])}`;
  },
  buildEarlyExitMessage({ actual, ruleName }) {
    return `expected ${ruleDescriptions[ruleName] ?? "more input"} but found ${describeToken(actual[0])}`;
  }
};
function spanOf(first, last) {
  return { start: startOf(first), end: endOf(last) };
}
function startOf(x) {
  if ("span" in x) return x.span.start;
  if ("startOffset" in x) return x.startOffset;
  return x.start;
}
function endOf(x) {
  if ("span" in x) return x.span.end;
  if ("startOffset" in x) return x.startOffset + x.image.length;
  return x.end;
}
var WfParser = class extends Yo {
  /** Current nesting depth, counted on statements, expressions and unary operators. */
  depth = 0;
  text = "";
  terminatorProblems = [];
  constructor() {
    super(allTokens, {
      recoveryEnabled: true,
      maxLookahead: 3,
      errorMessageProvider: errorMessages,
      // Validations run in the test suite (grammar self-analysis); skipping them at run time halves start-up.
      skipValidations: process.env.WFC_VALIDATE_GRAMMAR !== "1"
    });
    this.performSelfAnalysis();
  }
  begin(text) {
    this.text = text;
    this.depth = 0;
    this.terminatorProblems = [];
  }
  enter() {
    if (!this.RECORDING_PHASE && ++this.depth > MAX_NESTING) throw new NestingTooDeep(this.LA(1));
  }
  leave() {
    if (!this.RECORDING_PHASE) this.depth--;
  }
  /** True when a line terminator (or a comment containing one) separates the two tokens. */
  newlineBetween(a, b) {
    const from = a.startOffset + a.image.length;
    const to2 = b.startOffset;
    for (let i = from; i < to2; i++) {
      const c2 = this.text.charCodeAt(i);
      if (c2 === 10 || c2 === 13 || c2 === 8232 || c2 === 8233) return true;
    }
    return false;
  }
  /** Statement end: `;`, or (automatic semicolon insertion) a newline, a `}` or the end of the file. */
  terminator() {
    let semi = false;
    this.OPTION9(() => {
      this.CONSUME9(Semicolon);
      semi = true;
    });
    this.ACTION(() => {
      if (semi) return;
      const next = this.LA(1);
      const prev = this.LA(0);
      if (next.tokenType === be || next.tokenType === RCurly) return;
      if (prev && this.newlineBetween(prev, next)) return;
      this.terminatorProblems.push({ token: next });
    });
  }
  // ============================================================== program & statements
  program = this.RULE("program", () => {
    const body = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => s && body.push(s));
    });
    return this.ACTION(() => ({ type: "Program", body, comments: [], span: { start: 0, end: this.text.length } }));
  });
  statement = this.RULE(
    "statement",
    () => {
      this.enter();
      try {
        return this.OR({ MAX_LOOKAHEAD: 1, DEF: [
          { ALT: () => this.SUBRULE(this.variableStatement) },
          {
            GATE: () => this.LA(1).tokenType === FunctionKw || this.LA(1).tokenType === Async && this.LA(2).tokenType === FunctionKw,
            ALT: () => this.SUBRULE(this.functionDeclaration)
          },
          { ALT: () => this.SUBRULE(this.exportStatement) },
          { ALT: () => this.SUBRULE(this.returnStatement) },
          { ALT: () => this.SUBRULE(this.ifStatement) },
          { ALT: () => this.SUBRULE(this.forStatement) },
          { ALT: () => this.SUBRULE(this.whileStatement) },
          { ALT: () => this.SUBRULE(this.doWhileStatement) },
          { ALT: () => this.SUBRULE(this.breakStatement) },
          { ALT: () => this.SUBRULE(this.continueStatement) },
          { ALT: () => this.SUBRULE(this.throwStatement) },
          { ALT: () => this.SUBRULE(this.tryStatement) },
          { ALT: () => this.SUBRULE(this.block) },
          {
            GATE: () => this.LA(1).tokenType !== Import || this.LA(2).tokenType !== LParen && this.LA(2).tokenType !== Dot,
            ALT: () => this.SUBRULE(this.unsupportedStatement)
          },
          {
            ALT: () => {
              const t3 = this.CONSUME(Semicolon);
              return this.ACTION(() => ({ type: "EmptyStatement", span: spanOf(t3, t3) }));
            }
          },
          {
            GATE: () => this.LA(1).tokenType === Identifier && this.LA(2).tokenType === Colon,
            ALT: () => {
              const label = this.CONSUME(Identifier);
              this.CONSUME(Colon);
              const body = this.SUBRULE2(this.statement);
              return this.ACTION(() => ({ type: "UnsupportedStatement", construct: "label", span: spanOf(label, body ?? label) }));
            }
          },
          { GATE: () => this.LA(1).tokenType !== LCurly, ALT: () => this.SUBRULE(this.expressionStatement) }
        ] });
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) }
  );
  variableStatement = this.RULE("variableStatement", () => {
    const decl = this.SUBRULE(this.variableDeclaration);
    this.terminator();
    return decl;
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  variableDeclaration = this.RULE("variableDeclaration", () => {
    const kw = this.OR([{ ALT: () => this.CONSUME(Const) }, { ALT: () => this.CONSUME(Let) }, { ALT: () => this.CONSUME(Var) }]);
    const declarations = [];
    this.AT_LEAST_ONE_SEP({
      SEP: Comma,
      DEF: () => {
        const id2 = this.SUBRULE(this.bindingTarget);
        let init = null;
        this.OPTION(() => {
          this.CONSUME(Equals);
          init = this.SUBRULE(this.assignment);
        });
        this.ACTION(() => declarations.push({ type: "VariableDeclarator", id: id2, init, span: spanOf(id2, init ?? id2) }));
      }
    });
    return this.ACTION(() => ({
      type: "VariableDeclaration",
      kind: kw.image,
      declarations,
      span: spanOf(kw, declarations[declarations.length - 1] ?? kw)
    }));
  }, { recoveryValueFunc: () => ({ type: "VariableDeclaration", kind: "const", declarations: [], span: SPAN0 }) });
  functionDeclaration = this.RULE("functionDeclaration", () => {
    let asyncTok;
    this.OPTION(() => asyncTok = this.CONSUME(Async));
    const fn2 = this.CONSUME(FunctionKw);
    let star;
    this.OPTION2(() => star = this.CONSUME(Multiplicative));
    const id2 = this.CONSUME(Identifier);
    const params = this.SUBRULE(this.formalParameters);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => {
      const span = spanOf(asyncTok ?? fn2, body);
      if (star) return { type: "UnsupportedStatement", construct: "generator", span };
      return { type: "FunctionDeclaration", id: this.ident(id2), params, body, async: !!asyncTok, span };
    });
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  formalParameters = this.RULE("formalParameters", () => {
    const params = [];
    this.CONSUME(LParen);
    this.MANY(() => {
      const p = this.SUBRULE(this.parameter);
      this.ACTION(() => params.push(p));
      this.OR([{ ALT: () => void this.CONSUME(Comma) }, { GATE: () => this.LA(1).tokenType === RParen, ALT: () => void 0 }]);
    });
    this.CONSUME(RParen);
    return params;
  }, { recoveryValueFunc: () => [] });
  parameter = this.RULE("parameter", () => {
    return this.OR([
      {
        ALT: () => {
          const dots = this.CONSUME(Ellipsis);
          const arg = this.SUBRULE(this.bindingTarget);
          return this.ACTION(() => ({ type: "RestElement", argument: arg, span: spanOf(dots, arg) }));
        }
      },
      {
        ALT: () => {
          const target = this.SUBRULE2(this.bindingTarget);
          let dflt;
          this.OPTION(() => {
            this.CONSUME(Equals);
            dflt = this.SUBRULE(this.assignment);
          });
          return this.ACTION(() => dflt ? { type: "AssignmentPattern", left: target, right: dflt, span: spanOf(target, dflt) } : target);
        }
      }
    ]);
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  bindingTarget = this.RULE(
    "bindingTarget",
    () => {
      return this.OR([
        { ALT: () => this.ident(this.CONSUME(Identifier)) },
        {
          ALT: () => {
            const open = this.CONSUME(LCurly);
            const properties = [];
            this.MANY(() => {
              this.OR2([
                {
                  ALT: () => {
                    const dots = this.CONSUME(Ellipsis);
                    const arg = this.SUBRULE(this.bindingTarget);
                    this.ACTION(() => properties.push({ type: "RestElement", argument: arg, span: spanOf(dots, arg) }));
                  }
                },
                {
                  ALT: () => {
                    const key = this.SUBRULE(this.propertyKey);
                    let value;
                    this.OPTION(() => {
                      this.CONSUME(Colon);
                      value = this.SUBRULE(this.parameter);
                    });
                    let dflt;
                    this.OPTION2(() => {
                      this.CONSUME(Equals);
                      dflt = this.SUBRULE(this.assignment);
                    });
                    this.ACTION(() => {
                      const shorthand = !value;
                      let v3 = value ?? (key.key.type === "Identifier" ? { ...key.key } : { type: "Identifier", name: "", span: key.key.span });
                      if (dflt) v3 = { type: "AssignmentPattern", left: v3, right: dflt, span: spanOf(v3, dflt) };
                      properties.push({ type: "PatternProperty", key: key.key, computed: key.computed, shorthand, value: v3, span: spanOf(key.span, v3) });
                    });
                  }
                }
              ]);
              this.OPTION3(() => this.CONSUME(Comma));
            });
            const close = this.CONSUME(RCurly);
            return this.ACTION(() => ({ type: "ObjectPattern", properties, span: spanOf(open, close) }));
          }
        },
        {
          ALT: () => {
            const open = this.CONSUME(LBracket);
            const elements = [];
            this.MANY2(() => {
              this.OR3([
                {
                  ALT: () => {
                    this.CONSUME2(Comma);
                    this.ACTION(() => elements.push(null));
                  }
                },
                {
                  ALT: () => {
                    const p = this.SUBRULE2(this.parameter);
                    this.ACTION(() => elements.push(p));
                    this.OPTION4(() => this.CONSUME3(Comma));
                  }
                }
              ]);
            });
            const close = this.CONSUME(RBracket);
            return this.ACTION(() => ({ type: "ArrayPattern", elements, span: spanOf(open, close) }));
          }
        }
      ]);
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  exportStatement = this.RULE("exportStatement", () => {
    const kw = this.CONSUME(Export);
    return this.OR([
      {
        ALT: () => {
          const decl = this.SUBRULE(this.variableDeclaration);
          this.terminator();
          return this.ACTION(() => ({ type: "ExportNamedDeclaration", declaration: decl, span: spanOf(kw, decl) }));
        }
      },
      {
        // `export default …`, `export function …`, `export { … }`: reported as an unsupported export.
        ALT: () => {
          this.ACTION(() => this.skipStatementTokens());
          return this.ACTION(() => ({ type: "UnsupportedStatement", construct: "export", span: spanOf(kw, this.LA(0)) }));
        }
      }
    ]);
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  returnStatement = this.RULE("returnStatement", () => {
    const kw = this.CONSUME(Return);
    let argument = null;
    this.OPTION({
      GATE: () => !this.newlineBetween(kw, this.LA(1)) && this.LA(1).tokenType !== Semicolon && this.LA(1).tokenType !== RCurly && this.LA(1).tokenType !== be,
      DEF: () => argument = this.SUBRULE(this.expression)
    });
    this.terminator();
    return this.ACTION(() => ({ type: "ReturnStatement", argument, span: spanOf(kw, argument ?? kw) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  ifStatement = this.RULE("ifStatement", () => {
    const kw = this.CONSUME(If2);
    this.CONSUME(LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(RParen);
    const consequent = this.SUBRULE(this.statement);
    let alternate = null;
    this.OPTION(() => {
      this.CONSUME(Else);
      alternate = this.SUBRULE2(this.statement);
    });
    return this.ACTION(() => ({ type: "IfStatement", test, consequent, alternate, span: spanOf(kw, alternate ?? consequent) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  forStatement = this.RULE("forStatement", () => {
    const kw = this.CONSUME(For);
    let awaitTok;
    this.OPTION(() => awaitTok = this.CONSUME(Await));
    this.CONSUME(LParen);
    let init = null;
    let kind = "counted";
    let right;
    let test = null;
    let update = null;
    this.OR([
      {
        GATE: () => this.isDeclarationHead(),
        ALT: () => {
          const kwTok = this.OR2([{ ALT: () => this.CONSUME(Const) }, { ALT: () => this.CONSUME(Let) }, { ALT: () => this.CONSUME(Var) }]);
          const target = this.SUBRULE(this.bindingTarget);
          this.OR3([
            {
              ALT: () => {
                this.CONSUME(Of2);
                right = this.SUBRULE(this.assignment);
                kind = "of";
              }
            },
            {
              ALT: () => {
                this.CONSUME(In2);
                right = this.SUBRULE(this.expression);
                kind = "in";
              }
            },
            {
              ALT: () => {
                const declarations = [];
                let first = null;
                this.OPTION2(() => {
                  this.CONSUME(Equals);
                  first = this.SUBRULE2(this.assignment);
                });
                this.ACTION(() => declarations.push({ type: "VariableDeclarator", id: target, init: first, span: spanOf(target, first ?? target) }));
                this.MANY(() => {
                  this.CONSUME(Comma);
                  const id2 = this.SUBRULE2(this.bindingTarget);
                  let i2 = null;
                  this.OPTION3(() => {
                    this.CONSUME2(Equals);
                    i2 = this.SUBRULE3(this.assignment);
                  });
                  this.ACTION(() => declarations.push({ type: "VariableDeclarator", id: id2, init: i2, span: spanOf(id2, i2 ?? id2) }));
                });
                this.ACTION(() => {
                  init = { type: "VariableDeclaration", kind: kwTok.image, declarations, span: spanOf(kwTok, declarations[declarations.length - 1]) };
                });
              }
            }
          ]);
          this.ACTION(() => {
            if (kind !== "counted") {
              init = {
                type: "VariableDeclaration",
                kind: kwTok.image,
                declarations: [{ type: "VariableDeclarator", id: target, init: null, span: target.span }],
                span: spanOf(kwTok, target)
              };
            }
          });
        }
      },
      {
        ALT: () => {
          this.OPTION4(() => init = this.SUBRULE2(this.expression));
        }
      }
    ]);
    this.OPTION5({
      GATE: () => kind === "counted",
      DEF: () => {
        this.CONSUME(Semicolon);
        this.OPTION6(() => test = this.SUBRULE3(this.expression));
        this.CONSUME2(Semicolon);
        this.OPTION7(() => update = this.SUBRULE4(this.expression));
      }
    });
    this.CONSUME(RParen);
    const body = this.SUBRULE(this.statement);
    return this.ACTION(() => {
      const span = spanOf(kw, body);
      if (kind === "in") return { type: "UnsupportedStatement", construct: "for-in", span };
      if (kind === "of") {
        if (awaitTok) return { type: "UnsupportedStatement", construct: "for-in", span: spanOf(kw, awaitTok) };
        return { type: "ForOfStatement", left: init, right, body, span };
      }
      return { type: "ForStatement", init, test, update, body, span };
    });
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  whileStatement = this.RULE("whileStatement", () => {
    const kw = this.CONSUME(While);
    this.CONSUME(LParen);
    const test = this.SUBRULE(this.expression);
    this.CONSUME(RParen);
    const body = this.SUBRULE(this.statement);
    return this.ACTION(() => ({ type: "WhileStatement", test, body, span: spanOf(kw, body) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  doWhileStatement = this.RULE("doWhileStatement", () => {
    const kw = this.CONSUME(Do2);
    this.SUBRULE(this.statement);
    this.CONSUME(While);
    this.CONSUME(LParen);
    this.SUBRULE(this.expression);
    const close = this.CONSUME(RParen);
    this.OPTION(() => this.CONSUME(Semicolon));
    return this.ACTION(() => ({ type: "UnsupportedStatement", construct: "do-while", span: spanOf(kw, close) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  breakStatement = this.RULE("breakStatement", () => {
    const kw = this.CONSUME(Break);
    let label;
    this.OPTION({ GATE: () => !this.newlineBetween(kw, this.LA(1)), DEF: () => label = this.CONSUME(Identifier) });
    this.terminator();
    return this.ACTION(
      () => label ? { type: "UnsupportedStatement", construct: "label", span: spanOf(kw, label) } : { type: "BreakStatement", span: spanOf(kw, kw) }
    );
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  continueStatement = this.RULE("continueStatement", () => {
    const kw = this.CONSUME(Continue);
    let label;
    this.OPTION({ GATE: () => !this.newlineBetween(kw, this.LA(1)), DEF: () => label = this.CONSUME(Identifier) });
    this.terminator();
    return this.ACTION(
      () => label ? { type: "UnsupportedStatement", construct: "label", span: spanOf(kw, label) } : { type: "ContinueStatement", span: spanOf(kw, kw) }
    );
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  throwStatement = this.RULE("throwStatement", () => {
    const kw = this.CONSUME(Throw);
    const argument = this.SUBRULE(this.expression);
    this.terminator();
    return this.ACTION(() => ({ type: "ThrowStatement", argument, span: spanOf(kw, argument) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  tryStatement = this.RULE("tryStatement", () => {
    const kw = this.CONSUME(Try);
    const block = this.SUBRULE(this.block);
    let handler = null;
    let finalizer = null;
    this.OPTION(() => {
      const c2 = this.CONSUME(Catch);
      let param = null;
      this.OPTION2(() => {
        this.CONSUME(LParen);
        param = this.SUBRULE(this.bindingTarget);
        this.CONSUME(RParen);
      });
      const body = this.SUBRULE2(this.block);
      this.ACTION(() => handler = { type: "CatchClause", param, body, span: spanOf(c2, body) });
    });
    this.OPTION3(() => {
      this.CONSUME(Finally);
      finalizer = this.SUBRULE3(this.block);
    });
    return this.ACTION(() => ({ type: "TryStatement", block, handler, finalizer, span: spanOf(kw, finalizer ?? handler ?? block) }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  block = this.RULE("block", () => {
    const open = this.CONSUME(LCurly);
    const body = [];
    this.MANY(() => {
      const s = this.SUBRULE(this.statement);
      this.ACTION(() => s && body.push(s));
    });
    const close = this.CONSUME(RCurly);
    return this.ACTION(() => ({ type: "BlockStatement", body, span: spanOf(open, close) }));
  }, { recoveryValueFunc: () => ({ type: "BlockStatement", body: [], span: SPAN0 }) });
  unsupportedStatement = this.RULE("unsupportedStatement", () => {
    const kw = this.OR([
      { ALT: () => this.CONSUME(Class) },
      { ALT: () => this.CONSUME(Import) },
      { ALT: () => this.CONSUME(Switch) },
      { ALT: () => this.CONSUME(With) },
      { ALT: () => this.CONSUME(Debugger) }
    ]);
    this.ACTION(() => this.skipStatementTokens());
    return this.ACTION(() => {
      const construct = { class: "class", import: "import", switch: "switch", with: "with", debugger: "debugger" }[kw.image];
      return { type: "UnsupportedStatement", construct, span: spanOf(kw, this.LA(0)) };
    });
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  expressionStatement = this.RULE("expressionStatement", () => {
    const expression = this.SUBRULE(this.expression);
    this.terminator();
    return this.ACTION(() => ({ type: "ExpressionStatement", expression, span: expression.span }));
  }, { recoveryValueFunc: () => ({ type: "EmptyStatement", span: SPAN0 }) });
  // ============================================================== expressions
  expression = this.RULE(
    "expression",
    () => {
      const first = this.SUBRULE(this.assignment);
      const rest = [];
      this.MANY(() => {
        this.CONSUME(Comma);
        const e = this.SUBRULE2(this.assignment);
        this.ACTION(() => rest.push(e));
      });
      return this.ACTION(
        () => rest.length === 0 ? first : { type: "SequenceExpression", expressions: [first, ...rest], span: spanOf(first, rest[rest.length - 1]) }
      );
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  assignment = this.RULE(
    "assignment",
    () => {
      this.enter();
      try {
        return this.OR({
          MAX_LOOKAHEAD: 1,
          DEF: [
            { GATE: () => this.isArrowAhead(), ALT: () => this.SUBRULE(this.arrowFunction) },
            {
              GATE: () => this.LA(1).tokenType === Yield,
              ALT: () => {
                const kw = this.CONSUME(Yield);
                this.OPTION(() => this.SUBRULE2(this.assignment));
                return this.ACTION(() => ({ type: "UnsupportedExpression", construct: "yield", span: spanOf(kw, this.LA(0)) }));
              }
            },
            {
              ALT: () => {
                const left = this.SUBRULE(this.conditional);
                let op2;
                let right;
                this.OPTION2(() => {
                  op2 = this.CONSUME(AssignOperator);
                  right = this.SUBRULE3(this.assignment);
                });
                return this.ACTION(() => {
                  if (!op2 || !right) return left;
                  return { type: "AssignmentExpression", operator: op2.image, left: toAssignTarget(left), right, span: spanOf(left, right) };
                });
              }
            }
          ]
        });
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  arrowFunction = this.RULE("arrowFunction", () => {
    let asyncTok;
    this.OPTION({ GATE: () => this.LA(2).tokenType !== Arrow, DEF: () => asyncTok = this.CONSUME(Async) });
    const params = this.SUBRULE(this.arrowParams);
    this.CONSUME(Arrow);
    const body = this.OR({
      MAX_LOOKAHEAD: 1,
      DEF: [
        { GATE: () => this.LA(1).tokenType === LCurly, ALT: () => this.SUBRULE(this.block) },
        { ALT: () => this.SUBRULE(this.assignment) }
      ]
    });
    return this.ACTION(() => ({
      type: "ArrowFunctionExpression",
      params: params.list,
      body,
      async: !!asyncTok,
      span: spanOf(asyncTok ?? params.first, body)
    }));
  }, { recoveryValueFunc: () => ({ type: "ArrowFunctionExpression", params: [], body: { type: "Identifier", name: "", span: SPAN0 }, async: false, span: SPAN0 }) });
  arrowParams = this.RULE("arrowParams", () => {
    return this.OR([
      {
        ALT: () => {
          const id2 = this.CONSUME(Identifier);
          return this.ACTION(() => ({ list: [this.ident(id2)], first: id2 }));
        }
      },
      {
        ALT: () => {
          const first = this.LA(1);
          const list = this.SUBRULE(this.formalParameters);
          return { list, first };
        }
      }
    ]);
  }, { recoveryValueFunc: () => ({ list: [], first: { startOffset: 0, image: "" } }) });
  conditional = this.RULE("conditional", () => {
    const test = this.SUBRULE(this.binary);
    let consequent;
    let alternate;
    this.OPTION(() => {
      this.CONSUME(Question);
      consequent = this.SUBRULE(this.assignment);
      this.CONSUME(Colon);
      alternate = this.SUBRULE2(this.assignment);
    });
    return this.ACTION(
      () => consequent && alternate ? { type: "ConditionalExpression", test, consequent, alternate, span: spanOf(test, alternate) } : test
    );
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  binary = this.RULE("binary", () => {
    const operands = [this.SUBRULE(this.unary)];
    const operators = [];
    this.MANY(() => {
      const op2 = this.CONSUME(BinaryOperator);
      const rhs = this.SUBRULE2(this.unary);
      this.ACTION(() => {
        operators.push(op2.image);
        operands.push(rhs);
      });
    });
    return this.ACTION(() => foldBinary(operands, operators));
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  unary = this.RULE(
    "unary",
    () => {
      this.enter();
      try {
        return this.OR([
          {
            ALT: () => {
              const op2 = this.OR2([
                { ALT: () => this.CONSUME(Bang) },
                { ALT: () => this.CONSUME(Tilde) },
                { ALT: () => this.CONSUME(Plus) },
                { ALT: () => this.CONSUME(Minus) },
                { ALT: () => this.CONSUME(Typeof) },
                { ALT: () => this.CONSUME(Void) },
                { ALT: () => this.CONSUME(Delete) }
              ]);
              const argument = this.SUBRULE(this.unary);
              return this.ACTION(() => ({ type: "UnaryExpression", operator: op2.image, argument, span: spanOf(op2, argument) }));
            }
          },
          {
            ALT: () => {
              const op2 = this.OR3([{ ALT: () => this.CONSUME(PlusPlus) }, { ALT: () => this.CONSUME(MinusMinus) }]);
              const argument = this.SUBRULE2(this.unary);
              return this.ACTION(() => ({ type: "UpdateExpression", operator: op2.image, prefix: true, argument, span: spanOf(op2, argument) }));
            }
          },
          {
            ALT: () => {
              const kw = this.CONSUME(Await);
              const argument = this.SUBRULE3(this.unary);
              return this.ACTION(() => ({ type: "AwaitExpression", argument, span: spanOf(kw, argument) }));
            }
          },
          { ALT: () => this.SUBRULE(this.postfix) }
        ]);
      } finally {
        this.leave();
      }
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  postfix = this.RULE("postfix", () => {
    const argument = this.SUBRULE(this.callMember);
    let op2;
    this.OPTION({
      GATE: () => !this.newlineBetween(this.LA(0), this.LA(1)),
      DEF: () => op2 = this.OR([{ ALT: () => this.CONSUME(PlusPlus) }, { ALT: () => this.CONSUME(MinusMinus) }])
    });
    return this.ACTION(
      () => op2 ? { type: "UpdateExpression", operator: op2.image, prefix: false, argument, span: spanOf(argument, op2) } : argument
    );
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  /** Member access, calls, optional chains and tagged templates, left to right. */
  callMember = this.RULE("callMember", () => {
    let node = this.OR([
      { GATE: () => this.LA(1).tokenType === New, ALT: () => this.SUBRULE(this.newExpression) },
      { ALT: () => this.SUBRULE(this.primary) }
    ]);
    let optionalSeen = false;
    this.MANY(() => {
      this.OR2([
        {
          ALT: () => {
            this.CONSUME(Dot);
            const name = this.OR3([{ ALT: () => this.CONSUME(IdentifierName) }, { ALT: () => this.CONSUME(Hash) }]);
            this.ACTION(() => {
              node = { type: "MemberExpression", object: node, property: this.ident(name), computed: false, optional: false, span: spanOf(node, name) };
            });
          }
        },
        {
          ALT: () => {
            this.CONSUME(QuestionDot);
            this.ACTION(() => optionalSeen = true);
            this.OR4([
              {
                ALT: () => {
                  const name = this.CONSUME2(IdentifierName);
                  this.ACTION(() => {
                    node = { type: "MemberExpression", object: node, property: this.ident(name), computed: false, optional: true, span: spanOf(node, name) };
                  });
                }
              },
              {
                ALT: () => {
                  this.CONSUME(LBracket);
                  const prop = this.SUBRULE(this.expression);
                  const close = this.CONSUME(RBracket);
                  this.ACTION(() => {
                    node = { type: "MemberExpression", object: node, property: prop, computed: true, optional: true, span: spanOf(node, close) };
                  });
                }
              },
              {
                ALT: () => {
                  const args = this.SUBRULE(this.arguments);
                  this.ACTION(() => {
                    node = { type: "CallExpression", callee: node, arguments: args.list, optional: true, span: spanOf(node, args.close) };
                  });
                }
              }
            ]);
          }
        },
        {
          ALT: () => {
            this.CONSUME2(LBracket);
            const prop = this.SUBRULE2(this.expression);
            const close = this.CONSUME2(RBracket);
            this.ACTION(() => {
              node = { type: "MemberExpression", object: node, property: prop, computed: true, optional: false, span: spanOf(node, close) };
            });
          }
        },
        {
          ALT: () => {
            const args = this.SUBRULE2(this.arguments);
            this.ACTION(() => {
              node = { type: "CallExpression", callee: node, arguments: args.list, optional: false, span: spanOf(node, args.close) };
            });
          }
        },
        {
          ALT: () => {
            const quasi = this.SUBRULE(this.templateLiteral);
            this.ACTION(() => {
              node = { type: "TaggedTemplateExpression", tag: node, quasi, span: spanOf(node, quasi) };
            });
          }
        }
      ]);
    });
    return this.ACTION(() => {
      if (optionalSeen && (node.type === "MemberExpression" || node.type === "CallExpression")) {
        return { type: "ChainExpression", expression: node, span: node.span };
      }
      return node;
    });
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  newExpression = this.RULE("newExpression", () => {
    const kw = this.CONSUME(New);
    let callee = this.OR([
      { GATE: () => this.LA(1).tokenType === New, ALT: () => this.SUBRULE(this.newExpression) },
      { ALT: () => this.SUBRULE(this.primary) }
    ]);
    this.MANY(() => {
      this.CONSUME(Dot);
      const name = this.CONSUME(IdentifierName);
      this.ACTION(() => {
        callee = { type: "MemberExpression", object: callee, property: this.ident(name), computed: false, optional: false, span: spanOf(callee, name) };
      });
    });
    let args;
    this.OPTION(() => args = this.SUBRULE(this.arguments));
    return this.ACTION(() => ({ type: "NewExpression", callee, arguments: args?.list ?? [], span: spanOf(kw, args?.close ?? callee) }));
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  arguments = this.RULE("arguments", () => {
    this.CONSUME(LParen);
    const list = [];
    this.MANY(() => {
      const a = this.SUBRULE(this.elementOrSpread);
      this.ACTION(() => list.push(a));
      this.OR([{ ALT: () => void this.CONSUME(Comma) }, { GATE: () => this.LA(1).tokenType === RParen, ALT: () => void 0 }]);
    });
    const close = this.CONSUME(RParen);
    return { list, close };
  }, { recoveryValueFunc: () => ({ list: [], close: { startOffset: 0, image: "" } }) });
  elementOrSpread = this.RULE("elementOrSpread", () => {
    return this.OR([
      {
        ALT: () => {
          const dots = this.CONSUME(Ellipsis);
          const argument = this.SUBRULE(this.assignment);
          return this.ACTION(() => ({ type: "SpreadElement", argument, span: spanOf(dots, argument) }));
        }
      },
      { ALT: () => this.SUBRULE2(this.assignment) }
    ]);
  }, { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) });
  primary = this.RULE(
    "primary",
    () => {
      return this.OR({ MAX_LOOKAHEAD: 1, DEF: [
        {
          GATE: () => this.LA(1).tokenType === FunctionKw || this.LA(1).tokenType === Async && this.LA(2).tokenType === FunctionKw,
          ALT: () => this.SUBRULE(this.functionExpression)
        },
        { ALT: () => this.ident(this.CONSUME(Identifier)) },
        {
          ALT: () => {
            const t3 = this.CONSUME(NumberLiteral);
            return this.ACTION(() => ({ type: "NumericLiteral", value: parseNumber(t3.image), raw: t3.image, span: spanOf(t3, t3) }));
          }
        },
        {
          ALT: () => {
            const t3 = this.CONSUME(StringLiteral);
            return this.ACTION(() => ({ type: "StringLiteral", value: cookString(t3.image.slice(1, -1)), raw: t3.image, span: spanOf(t3, t3) }));
          }
        },
        {
          ALT: () => {
            const t3 = this.CONSUME(RegExpLiteral);
            return this.ACTION(() => {
              const slash = t3.image.lastIndexOf("/");
              return { type: "RegExpLiteral", pattern: t3.image.slice(1, slash), flags: t3.image.slice(slash + 1), span: spanOf(t3, t3) };
            });
          }
        },
        {
          ALT: () => {
            const t3 = this.OR2([{ ALT: () => this.CONSUME(True) }, { ALT: () => this.CONSUME(False) }]);
            return this.ACTION(() => ({ type: "BooleanLiteral", value: t3.image === "true", span: spanOf(t3, t3) }));
          }
        },
        {
          ALT: () => {
            const t3 = this.CONSUME(Null);
            return this.ACTION(() => ({ type: "NullLiteral", span: spanOf(t3, t3) }));
          }
        },
        {
          ALT: () => {
            const t3 = this.CONSUME(This);
            return this.ACTION(() => ({ type: "ThisExpression", span: spanOf(t3, t3) }));
          }
        },
        { ALT: () => this.SUBRULE(this.templateLiteral) },
        { ALT: () => this.SUBRULE(this.arrayLiteral) },
        { ALT: () => this.SUBRULE(this.objectLiteral) },
        {
          ALT: () => {
            this.CONSUME(LParen);
            const e = this.SUBRULE(this.expression);
            this.CONSUME(RParen);
            return e;
          }
        },
        {
          ALT: () => {
            const kw = this.OR3([{ ALT: () => this.CONSUME(Class) }, { ALT: () => this.CONSUME(Super) }, { ALT: () => this.CONSUME(Import) }]);
            this.ACTION(() => {
              if (kw.tokenType === Class) this.skipBalancedBlock();
            });
            return this.ACTION(() => {
              const construct = kw.tokenType === Class ? "class" : kw.tokenType === Super ? "super" : this.LA(1).tokenType === Dot ? "import-meta" : "dynamic-import";
              return { type: "UnsupportedExpression", construct, span: spanOf(kw, this.LA(0)) };
            });
          }
        }
      ] });
    },
    { recoveryValueFunc: () => ({ type: "Identifier", name: "", span: SPAN0 }) }
  );
  functionExpression = this.RULE("functionExpression", () => {
    let asyncTok;
    this.OPTION(() => asyncTok = this.CONSUME(Async));
    const kw = this.CONSUME(FunctionKw);
    let id2;
    this.OPTION2(() => id2 = this.CONSUME(Identifier));
    const params = this.SUBRULE(this.formalParameters);
    const body = this.SUBRULE(this.block);
    return this.ACTION(() => ({
      type: "FunctionExpression",
      id: id2 ? this.ident(id2) : null,
      params,
      body,
      async: !!asyncTok,
      span: spanOf(asyncTok ?? kw, body)
    }));
  }, { recoveryValueFunc: () => ({ type: "FunctionExpression", id: null, params: [], body: { type: "BlockStatement", body: [], span: SPAN0 }, async: false, span: SPAN0 }) });
  templateLiteral = this.RULE("templateLiteral", () => {
    const open = this.CONSUME(Backtick);
    const parts = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => void parts.push(this.CONSUME(TemplateChars)) },
        {
          ALT: () => {
            this.CONSUME(TemplateExprStart);
            const e = this.SUBRULE(this.expression);
            this.CONSUME(RCurly);
            this.ACTION(() => parts.push(e));
          }
        }
      ]);
    });
    const close = this.CONSUME(BacktickEnd);
    return this.ACTION(() => {
      const quasis = [];
      const expressions = [];
      let pending;
      let cursor = open.startOffset + 1;
      const pushQuasi = (end) => {
        const raw = pending ? pending.image : "";
        quasis.push({ type: "TemplateElement", raw, cooked: cookTemplate(raw), span: { start: cursor, end } });
        pending = void 0;
      };
      for (const p of parts) {
        if ("tokenType" in p) {
          pending = p;
        } else {
          pushQuasi(p.span.start - 2);
          expressions.push(p);
          cursor = p.span.end + 1;
        }
      }
      pushQuasi(close.startOffset);
      return { type: "TemplateLiteral", quasis, expressions, span: spanOf(open, close) };
    });
  }, { recoveryValueFunc: () => ({ type: "TemplateLiteral", quasis: [{ type: "TemplateElement", raw: "", cooked: "", span: SPAN0 }], expressions: [], span: SPAN0 }) });
  arrayLiteral = this.RULE("arrayLiteral", () => {
    const open = this.CONSUME(LBracket);
    const elements = [];
    this.MANY(() => {
      this.OR([
        { ALT: () => void (this.CONSUME(Comma), this.ACTION(() => elements.push(null))) },
        {
          ALT: () => {
            const e = this.SUBRULE(this.elementOrSpread);
            this.ACTION(() => elements.push(e));
            this.OR2([{ ALT: () => void this.CONSUME2(Comma) }, { GATE: () => this.LA(1).tokenType === RBracket, ALT: () => void 0 }]);
          }
        }
      ]);
    });
    const close = this.CONSUME(RBracket);
    return this.ACTION(() => ({ type: "ArrayExpression", elements, span: spanOf(open, close) }));
  }, { recoveryValueFunc: () => ({ type: "ArrayExpression", elements: [], span: SPAN0 }) });
  objectLiteral = this.RULE("objectLiteral", () => {
    const open = this.CONSUME(LCurly);
    const properties = [];
    this.MANY(() => {
      const p = this.SUBRULE(this.objectMember);
      this.ACTION(() => properties.push(p));
      this.OR([{ ALT: () => void this.CONSUME(Comma) }, { GATE: () => this.LA(1).tokenType === RCurly, ALT: () => void 0 }]);
    });
    const close = this.CONSUME(RCurly);
    return this.ACTION(() => ({ type: "ObjectExpression", properties, span: spanOf(open, close) }));
  }, { recoveryValueFunc: () => ({ type: "ObjectExpression", properties: [], span: SPAN0 }) });
  objectMember = this.RULE("objectMember", () => {
    return this.OR({ MAX_LOOKAHEAD: 1, DEF: [
      {
        ALT: () => {
          const dots = this.CONSUME(Ellipsis);
          const argument = this.SUBRULE(this.assignment);
          return this.ACTION(() => ({ type: "SpreadElement", argument, span: spanOf(dots, argument) }));
        }
      },
      {
        // `get x() {}`, `set x(v) {}`, `async x() {}`, `*x() {}`: methods, parsed to be reported.
        GATE: () => this.isAccessorOrModifiedMethod(),
        ALT: () => {
          const mod = this.OR2([{ ALT: () => this.CONSUME(Identifier) }, { ALT: () => this.CONSUME(Multiplicative) }]);
          const key = this.SUBRULE(this.propertyKey);
          const params = this.SUBRULE(this.formalParameters);
          const body = this.SUBRULE(this.block);
          return this.ACTION(() => ({
            type: "Property",
            key: key.key,
            computed: key.computed,
            shorthand: false,
            method: true,
            value: { type: "FunctionExpression", id: null, params, body, async: mod.image === "async", span: spanOf(key.span, body) },
            span: spanOf(mod, body)
          }));
        }
      },
      {
        ALT: () => {
          const key = this.SUBRULE2(this.propertyKey);
          return this.OR3([
            {
              ALT: () => {
                this.CONSUME(Colon);
                const value = this.SUBRULE2(this.assignment);
                return this.ACTION(() => ({ type: "Property", key: key.key, computed: key.computed, shorthand: false, method: false, value, span: spanOf(key.span, value) }));
              }
            },
            {
              ALT: () => {
                const params = this.SUBRULE2(this.formalParameters);
                const body = this.SUBRULE2(this.block);
                return this.ACTION(() => ({
                  type: "Property",
                  key: key.key,
                  computed: key.computed,
                  shorthand: false,
                  method: true,
                  value: { type: "FunctionExpression", id: null, params, body, async: false, span: spanOf(key.span, body) },
                  span: spanOf(key.span, body)
                }));
              }
            },
            {
              // Shorthand `{ a }`; `{ a = 1 }` only in patterns (reported when used as a value).
              ALT: () => {
                let dflt;
                this.OPTION(() => {
                  this.CONSUME(Equals);
                  dflt = this.SUBRULE3(this.assignment);
                });
                return this.ACTION(() => {
                  const value = key.key.type === "Identifier" ? { ...key.key } : key.key;
                  const v3 = dflt ? { type: "AssignmentExpression", operator: "=", left: value, right: dflt, span: spanOf(value, dflt) } : value;
                  return { type: "Property", key: key.key, computed: false, shorthand: true, method: false, value: v3, span: spanOf(key.span, v3) };
                });
              }
            }
          ]);
        }
      }
    ] });
  }, { recoveryValueFunc: () => ({ type: "SpreadElement", argument: { type: "Identifier", name: "", span: SPAN0 }, span: SPAN0 }) });
  propertyKey = this.RULE("propertyKey", () => {
    return this.OR([
      {
        ALT: () => {
          const t3 = this.CONSUME(IdentifierName);
          return this.ACTION(() => ({ key: this.ident(t3), computed: false, span: spanOf(t3, t3) }));
        }
      },
      {
        ALT: () => {
          const t3 = this.CONSUME(StringLiteral);
          return this.ACTION(() => ({
            key: { type: "StringLiteral", value: cookString(t3.image.slice(1, -1)), raw: t3.image, span: spanOf(t3, t3) },
            computed: false,
            span: spanOf(t3, t3)
          }));
        }
      },
      {
        ALT: () => {
          const t3 = this.CONSUME(NumberLiteral);
          return this.ACTION(() => ({
            key: { type: "NumericLiteral", value: parseNumber(t3.image), raw: t3.image, span: spanOf(t3, t3) },
            computed: false,
            span: spanOf(t3, t3)
          }));
        }
      },
      {
        ALT: () => {
          const open = this.CONSUME(LBracket);
          const key = this.SUBRULE(this.assignment);
          const close = this.CONSUME(RBracket);
          return this.ACTION(() => ({ key, computed: true, span: spanOf(open, close) }));
        }
      }
    ]);
  }, { recoveryValueFunc: () => ({ key: { type: "Identifier", name: "", span: SPAN0 }, computed: false, span: SPAN0 }) });
  // ============================================================== lookahead helpers
  ident(t3) {
    return { type: "Identifier", name: t3.image, span: { start: t3.startOffset, end: t3.startOffset + t3.image.length } };
  }
  isDeclarationHead() {
    const t3 = this.LA(1).tokenType;
    if (t3 === Const || t3 === Var) return true;
    return t3 === Let;
  }
  isAccessorOrModifiedMethod() {
    const a = this.LA(1);
    if (a.tokenType === Multiplicative && a.image === "*") return true;
    if (a.tokenType !== Identifier && a.tokenType !== Async) return false;
    if (a.image !== "get" && a.image !== "set" && a.image !== "async") return false;
    const b = this.LA(2).tokenType;
    return b !== Colon && b !== LParen && b !== Comma && b !== RCurly && b !== Equals;
  }
  /** `x =>`, `async x =>`, `(…) =>`, `async (…) =>`: scan to the matching `)` and look for `=>`. */
  isArrowAhead() {
    let k2 = 1;
    let t3 = this.LA(k2);
    if (t3.tokenType === Async && this.LA(2).tokenType !== Arrow) {
      if (this.newlineBetween(t3, this.LA(2))) return false;
      k2 = 2;
      t3 = this.LA(k2);
    }
    if (t3.tokenType === Identifier || t3.tokenType === Async || t3.tokenType === Of2) return this.LA(k2 + 1).tokenType === Arrow;
    if (t3.tokenType !== LParen) return false;
    let depth = 0;
    for (; ; k2++) {
      const tok = this.LA(k2);
      const type = tok.tokenType;
      if (type === be) return false;
      if (type === LParen || type === LBracket || type === LCurly || type === TemplateExprStart) depth++;
      else if (type === RParen || type === RBracket || type === RCurly) {
        depth--;
        if (depth === 0) return this.LA(k2 + 1).tokenType === Arrow;
      }
    }
  }
  /** Skip the rest of an excluded statement: to the end of its line at bracket depth 0, or past its block. */
  skipStatementTokens() {
    let depth = 0;
    let prev = this.LA(0);
    for (; ; ) {
      const next = this.LA(1);
      const type = next.tokenType;
      if (type === be) return;
      if (depth === 0) {
        if (type === Semicolon) {
          this.SKIP_TOKEN();
          return;
        }
        if (type === RCurly) return;
        if (prev && this.newlineBetween(prev, next) && prev.tokenType !== Comma && prev.tokenType !== LCurly) {
          return;
        }
      }
      if (type === LParen || type === LBracket || type === LCurly || type === TemplateExprStart) depth++;
      else if (type === RParen || type === RBracket || type === RCurly) {
        depth--;
        if (depth === 0 && type === RCurly) {
          this.SKIP_TOKEN();
          if (this.LA(1).tokenType === Semicolon) this.SKIP_TOKEN();
          return;
        }
      }
      prev = next;
      this.SKIP_TOKEN();
    }
  }
  /** Skip `Name? (extends X)? { … }` after `class` in an expression. */
  skipBalancedBlock() {
    let depth = 0;
    for (; ; ) {
      const type = this.LA(1).tokenType;
      if (type === be) return;
      if (type === LCurly || type === TemplateExprStart) depth++;
      else if (type === RCurly) {
        depth--;
        if (depth <= 0) {
          this.SKIP_TOKEN();
          return;
        }
      }
      this.SKIP_TOKEN();
    }
  }
};
function foldBinary(operands, operators) {
  if (operators.length === 0) return operands[0];
  let pos = 0;
  const parse2 = (minPrec) => {
    let left = operands[pos];
    while (pos < operators.length) {
      const op2 = operators[pos];
      const prec = binaryPrecedence[op2] ?? 0;
      if (prec < minPrec) break;
      pos++;
      const right = parse2(op2 === "**" ? prec : prec + 1);
      const span = spanOf(left, right);
      left = op2 === "&&" || op2 === "||" || op2 === "??" ? { type: "LogicalExpression", operator: op2, left, right, span } : { type: "BinaryExpression", operator: op2, left, right, span };
    }
    return left;
  };
  return parse2(0);
}
function parseNumber(raw) {
  const clean = raw.replace(/_/g, "").replace(/n$/, "");
  if (/^0[xX]/.test(clean)) return parseInt(clean.slice(2), 16);
  if (/^0[oO]/.test(clean)) return parseInt(clean.slice(2), 8);
  if (/^0[bB]/.test(clean)) return parseInt(clean.slice(2), 2);
  return Number(clean);
}
function toAssignTarget(e) {
  switch (e.type) {
    case "Identifier":
    case "MemberExpression":
      return e;
    case "ArrayExpression":
      return {
        type: "ArrayPattern",
        span: e.span,
        elements: e.elements.map((el2) => {
          if (el2 === null) return null;
          if (el2.type === "SpreadElement") return { type: "RestElement", argument: toAssignTarget(el2.argument), span: el2.span };
          return toAssignTarget(el2);
        })
      };
    case "ObjectExpression":
      return {
        type: "ObjectPattern",
        span: e.span,
        properties: e.properties.map((p) => {
          if (p.type === "SpreadElement") return { type: "RestElement", argument: toAssignTarget(p.argument), span: p.span };
          return { type: "PatternProperty", key: p.key, computed: p.computed, shorthand: p.shorthand, value: toAssignTarget(p.value), span: p.span };
        })
      };
    case "AssignmentExpression":
      return { type: "AssignmentPattern", left: e.left, right: e.right, span: e.span };
    default:
      return { type: "Identifier", name: "", span: e.span };
  }
}

// grammar/parse.ts
var parser;
function getParser() {
  return parser ??= new WfParser();
}
function parse(text) {
  const diagnostics = [];
  const lexed = WfLexer.tokenize(text);
  for (const e of lexed.errors) diagnostics.push(lexerDiagnostic(text, e));
  const comments = (lexed.groups["comments"] ?? []).map(toComment);
  const p = getParser();
  p.input = lexed.tokens;
  p.begin(text);
  let program;
  try {
    program = p.program();
  } catch (e) {
    if (e instanceof NestingTooDeep || e instanceof RangeError) {
      const tok = e instanceof NestingTooDeep ? e.token : p.input[Math.min(lexed.tokens.length - 1, 0)];
      diagnostics.push(nestingDiagnostic(tok, text));
      program = { type: "Program", body: [], comments, span: { start: 0, end: text.length } };
      return { program, diagnostics: sortDiagnostics(diagnostics) };
    }
    throw e;
  }
  program = program ?? { type: "Program", body: [], comments: [], span: { start: 0, end: text.length } };
  program.comments = comments;
  for (const err of p.errors) diagnostics.push(parserDiagnostic(err, text));
  for (const t3 of p.terminatorProblems) {
    diagnostics.push({
      code: "WF1011",
      severity: "error",
      message: `expected \`;\` or a line break before ${describeToken(t3.token)}`,
      span: tokenSpan(t3.token, text),
      label: "a new statement cannot start here",
      help: "end the previous statement with `;` or start this one on a new line"
    });
  }
  return { program, diagnostics: sortDiagnostics(dedupe(diagnostics)) };
}
function toComment(t3) {
  const block = t3.image.startsWith("/*");
  return {
    type: block ? "BlockComment" : "LineComment",
    value: block ? t3.image.slice(2, -2) : t3.image.slice(2),
    span: { start: t3.startOffset, end: t3.startOffset + t3.image.length }
  };
}
function tokenSpan(tok, text) {
  if (!tok || Number.isNaN(tok.startOffset) || tok.tokenType?.name === "EOF") return { start: text.length, end: text.length };
  return { start: tok.startOffset, end: tok.startOffset + Math.max(tok.image.length, 1) };
}
function lexerDiagnostic(text, e) {
  const ch2 = text.slice(e.offset, e.offset + Math.max(1, e.length));
  const first = text[e.offset] ?? "";
  const unterminated = first === "`" || first === '"' || first === "'";
  return {
    code: "WF1010",
    severity: "error",
    message: unterminated ? `unterminated ${first === "`" ? "template literal" : "string"}` : e.message.startsWith("Unable to pop") ? "unexpected `}` with no matching `{`" : `unexpected character \`${JSON.stringify(ch2).slice(1, -1)}\``,
    span: { start: e.offset, end: e.offset + Math.max(1, e.length) },
    label: unterminated ? "starts here and never ends" : "not part of the language",
    help: unterminated ? `close it with ${first}` : "remove it, or put it inside a string"
  };
}
function parserDiagnostic(err, text) {
  const tok = err.token;
  const span = tok.tokenType?.name === "EOF" || Number.isNaN(tok.startOffset) ? endOfInput(err, text) : tokenSpan(tok, text);
  return {
    code: "WF1001",
    severity: "error",
    message: err.message,
    span,
    label: tok.tokenType?.name === "EOF" ? "the file ends here" : "unexpected here"
  };
}
function endOfInput(err, text) {
  const prev = err.previousToken;
  let end = text.length;
  if (prev && !Number.isNaN(prev.startOffset)) end = prev.startOffset + prev.image.length;
  return { start: end, end };
}
function nestingDiagnostic(tok, text) {
  return {
    code: "WF1002",
    severity: "error",
    message: `nesting is deeper than ${MAX_NESTING} levels`,
    span: tokenSpan(tok, text),
    label: "too deep here",
    help: "split the expression: bind inner parts to `const`s or move them into a helper function"
  };
}
function dedupe(diags) {
  const seen = /* @__PURE__ */ new Set();
  return diags.filter((d) => {
    const k2 = `${d.code}:${d.span.start}:${d.message}`;
    if (seen.has(k2)) return false;
    seen.add(k2);
    return true;
  });
}
function sortDiagnostics(diags) {
  return diags.sort((a, b) => a.span.start - b.span.start || a.code.localeCompare(b.code));
}

// compiler/source.ts
var SourceFile = class {
  constructor(path, text) {
    this.path = path;
    this.text = text;
  }
  path;
  text;
  lineStarts;
  /** 1-based line and column (column in UTF-16 code units, like editors and SARIF). */
  position(offset) {
    const starts = this.starts();
    let lo2 = 0;
    let hi2 = starts.length - 1;
    while (lo2 < hi2) {
      const mid = lo2 + hi2 + 1 >> 1;
      if (starts[mid] <= offset) lo2 = mid;
      else hi2 = mid - 1;
    }
    return { line: lo2 + 1, column: offset - starts[lo2] + 1 };
  }
  /** The text of a 1-based line, without its line terminator. */
  lineText(line) {
    const starts = this.starts();
    const start = starts[line - 1];
    if (start === void 0) return "";
    const next = starts[line];
    let end = next === void 0 ? this.text.length : next;
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return this.text.slice(start, end);
  }
  get lineCount() {
    return this.starts().length;
  }
  starts() {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c2 = text.charCodeAt(i);
      if (c2 === 10) starts.push(i + 1);
      else if (c2 === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      } else if (c2 === 8232 || c2 === 8233) starts.push(i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
};

// compiler/report.ts
var Reporter = class {
  diagnostics = [];
  report(code, severity, span, message, extra = {}) {
    this.diagnostics.push({ code, severity, message, span, ...extra });
  }
  error(code, span, message, extra = {}) {
    this.report(code, "error", span, message, extra);
  }
  warning(code, span, message, extra = {}) {
    this.report(code, "warning", span, message, extra);
  }
  hasErrors() {
    return this.diagnostics.some((d) => d.severity === "error");
  }
};

// compiler/diagnostics/codes.ts
var codes = {
  // ---------------------------------------------------------------- WF0xxx config
  WF0101: { name: "config-syntax-error", severity: "error", summary: "wfc.config.json is not valid JSON" },
  WF0102: { name: "config-invalid-value", severity: "error", summary: "a setting in wfc.config.json has the wrong type or value" },
  WF0103: { name: "config-unknown-key", severity: "error", summary: "wfc.config.json names a setting or rule that wfc does not know" },
  WF0104: { name: "config-unreadable", severity: "error", summary: "the configuration file could not be read" },
  // ---------------------------------------------------------------- WF1xxx syntax and sandbox
  WF1001: { name: "syntax-error", severity: "error", summary: "the parser could not continue" },
  WF1002: { name: "nesting-too-deep", severity: "error", summary: "expressions or blocks nest deeper than the parser allows" },
  WF1003: { name: "unsupported-construct", severity: "error", summary: "valid JavaScript that workflow plans do not support" },
  WF1004: { name: "forbidden-global", severity: "error", summary: "a global that escapes the sandbox (eval, Function, process, require, fetch, fs\u2026)" },
  WF1005: { name: "nondeterminism", severity: "error", summary: "a source of nondeterminism (Date.now, Math.random, new Date()) that breaks replay" },
  WF1006: { name: "forbidden-import", severity: "error", summary: "plans cannot import modules" },
  WF1007: { name: "meta-not-first", severity: "error", summary: "`export const meta` must be the first statement" },
  WF1008: { name: "meta-not-literal", severity: "error", summary: "`meta` must be a literal object that wfc can read without running the plan" },
  WF1009: { name: "unbounded-while", severity: "error", summary: "a `while` loop with no static bound on its iterations" },
  WF1010: { name: "lexer-error", severity: "error", summary: "a character or token the lexer cannot read" },
  WF1011: { name: "missing-semicolon-or-newline", severity: "error", summary: "two statements on one line need a `;` or a line break between them" },
  WF1012: { name: "var-declaration", severity: "warning", summary: "`var` is function-scoped and hoisted; use `const` or `let`" },
  // ---------------------------------------------------------------- WF2xxx names and options
  WF2001: { name: "unknown-identifier", severity: "error", summary: "a name that no binding or global defines" },
  WF2002: { name: "unknown-option", severity: "error", summary: "an option or `meta` key that wfc does not know" },
  WF2003: { name: "invalid-option", severity: "error", summary: "an option or `meta` value of the wrong type, or not known before the run" },
  WF2004: { name: "parallel-needs-thunks", severity: "error", summary: "`parallel` and `pipeline` take functions, not started promises" },
  // ---------------------------------------------------------------- WF3xxx graph, bounds, budgets
  WF3001: { name: "call-cycle", severity: "error", summary: "helpers or workflows call each other in a loop" },
  WF3002: { name: "workflow-nesting", severity: "error", summary: "`workflow()` nested deeper than one level" },
  WF3003: { name: "workflow-not-found", severity: "error", summary: "`workflow(name)` names no plan file, or that plan has errors" },
  WF3101: { name: "unbounded-fan-out", severity: "error", summary: "no static bound on the items of a fan-out" },
  WF3102: { name: "fan-out-too-wide", severity: "error", summary: "more than 4,096 items in one `parallel` or `pipeline`" },
  WF3103: { name: "unbounded-loop", severity: "error", summary: "a loop with no static iteration bound" },
  WF3104: { name: "unbounded-retry", severity: "error", summary: "a retry without a static attempt bound (at most 10)" },
  WF3105: { name: "unbounded-prompt", severity: "error", summary: "a prompt interpolates a value of unknown size" },
  WF3201: { name: "budget-exceeded", severity: "error", summary: "the worst case exceeds the plan's declared budget or the CI policy" },
  WF3202: { name: "agent-cap", severity: "error", summary: "the worst case exceeds 1,000 agent calls in one run" },
  WF3203: { name: "concurrency-cap", severity: "error", summary: "declared concurrency above the platform's 16" },
  WF3204: { name: "effort-cap", severity: "error", summary: "a fan-out wider than the effort tier allows" },
  // ---------------------------------------------------------------- WF4xxx schemas
  WF4001: { name: "schema-root", severity: "error", summary: "an agent schema's root is not `{ type: 'object', properties }`" },
  WF4002: { name: "schema-required", severity: "error", summary: "`required` names a property the schema does not define" },
  WF4003: { name: "invalid-schema", severity: "error", summary: "a schema keyword with an invalid value, or a schema not known before the run" },
  WF4004: { name: "unknown-field", severity: "error", summary: "reading a field that the agent's schema does not define" },
  // ---------------------------------------------------------------- WF50xx lints
  WF5001: { name: "unused-result", severity: "warning", summary: "an agent's, fan-out's or gate's result is never read" },
  WF5002: { name: "unverified-output", severity: "warning", summary: "the plan returns agent output that no `gate` checked" },
  WF5003: { name: "sequential-awaits", severity: "warning", summary: "independent agents awaited one after another instead of in `parallel`" },
  WF5004: { name: "fan-out-without-model", severity: "warning", summary: "an agent in a fan-out names no `model` and inherits the session's" },
  WF5005: { name: "whole-value-in-prompt", severity: "warning", summary: "a prompt interpolates a whole array or object" },
  WF5006: { name: "silent-cap", severity: "warning", summary: "a `.slice(0, N)` cap with no `log` of what was dropped" },
  WF5007: { name: "undeclared-phase", severity: "warning", summary: "a phase title that `meta.phases` does not declare" },
  WF5008: { name: "unused-phase", severity: "warning", summary: "a `meta.phases` entry that no `phase()` or agent uses" },
  WF5009: { name: "duplicate-label", severity: "warning", summary: "two agent calls share a label" },
  WF5010: { name: "unparsed-json", severity: "warning", summary: "`JSON.parse` of an agent answer that has no `schema`" },
  WF5011: { name: "unfiltered-nulls", severity: "warning", summary: "a field of a fan-out result read before its `null`s are filtered" },
  WF5012: { name: "missing-label", severity: "warning", summary: "an agent call without a `label`" },
  WF5013: { name: "schema-without-max-items", severity: "warning", summary: "an array in an agent schema without `maxItems`" },
  WF5014: { name: "catch-swallows", severity: "warning", summary: "a `catch` that drops an error without logging it" },
  // ---------------------------------------------------------------- WF59xx suppressions
  WF5900: { name: "suppression-without-reason", severity: "warning", summary: "a `wfc-ignore` comment gives no reason after `:`" },
  WF5901: { name: "unused-suppression", severity: "warning", summary: "a `wfc-ignore` comment suppresses nothing" },
  WF5902: { name: "malformed-suppression", severity: "warning", summary: "a `wfc-ignore` comment wfc cannot read" },
  // ---------------------------------------------------------------- WF9xxx internal
  WF9001: { name: "internal-error", severity: "error", summary: "a bug in wfc; the message names the phase" }
};
function isCode(code) {
  return Object.hasOwn(codes, code);
}
function resolveCode(codeOrName) {
  if (isCode(codeOrName)) return codeOrName;
  return Object.keys(codes).find((code) => codes[code].name === codeOrName);
}
function allCodes() {
  return Object.keys(codes).sort();
}
function isConfigurable(code) {
  return isCode(code) && !/^WF[019]/.test(code);
}
function isSuppressible(code) {
  return isConfigurable(code) && !code.startsWith("WF59");
}

// compiler/diagnostics/bag.ts
function sortDiagnostics2(diagnostics) {
  return diagnostics.map((d, i) => ({ d, i })).sort(
    (a, b) => a.d.span.start - b.d.span.start || (a.d.code < b.d.code ? -1 : a.d.code > b.d.code ? 1 : 0) || a.d.span.end - b.d.span.end || a.i - b.i
  ).map(({ d }) => d);
}

// compiler/util/did-you-mean.ts
function editDistance(a, b) {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev2 = new Array(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j2) => j2);
  let cur = new Array(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j2 = 1; j2 <= b.length; j2++) {
      const cost = a[i - 1] === b[j2 - 1] ? 0 : 1;
      let d = Math.min(prev[j2] + 1, cur[j2 - 1] + 1, prev[j2 - 1] + cost);
      if (i > 1 && j2 > 1 && a[i - 1] === b[j2 - 2] && a[i - 2] === b[j2 - 1]) d = Math.min(d, prev2[j2 - 2] + 1);
      cur[j2] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length];
}
function didYouMean(word, candidates) {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== void 0 && bestDistance <= limit ? best : void 0;
}

// compiler/diagnostics/suppress.ts
var DIRECTIVE = /^\s*(?:\/\/|\/\*+)\s*(wfc-ignore(?:-file)?)(?=[\s:,]|\*\/|$)/;
function applySuppressions(file, comments, diagnostics) {
  const added = [];
  const directives = [];
  for (const comment of comments) {
    const directive = parseDirective(file, comment, added);
    if (directive) directives.push(directive);
  }
  if (directives.length === 0 && added.length === 0) return { diagnostics: sortDiagnostics2(diagnostics), suppressed: [] };
  const kept = [];
  const suppressed = [];
  for (const d of diagnostics) {
    const line = file.position(d.span.start).line;
    let hit = false;
    for (const directive of directives) {
      if (directive.scope === "line" && directive.line !== line) continue;
      for (const entry of directive.entries)
        if (entry.code === d.code) {
          entry.used = true;
          hit = true;
        }
    }
    (hit ? suppressed : kept).push(d);
  }
  for (const directive of directives)
    for (const entry of directive.entries)
      if (!entry.used)
        added.push({
          code: "WF5901",
          severity: codes.WF5901.severity,
          message: directive.scope === "file" ? `\`${entry.code}\` is ignored for the file but nothing in it reports \`${entry.code}\`` : `\`${entry.code}\` is ignored on line ${directive.line} but nothing there reports \`${entry.code}\``,
          span: entry.span,
          label: "suppresses nothing",
          help: "remove the code from the comment, or the comment if nothing is left"
        });
  return { diagnostics: sortDiagnostics2([...kept, ...added]), suppressed };
}
function parseDirective(file, comment, out) {
  const raw = file.text.slice(comment.span.start, comment.span.end);
  const head = DIRECTIVE.exec(raw);
  if (!head) return void 0;
  const keyword2 = head[1];
  const scope = keyword2 === "wfc-ignore-file" ? "file" : "line";
  const bodyStart = head[0].length;
  let body = raw.slice(bodyStart);
  if (comment.type === "BlockComment") body = body.replace(/\*+\/\s*$/, "");
  const at2 = (from, length) => ({
    start: comment.span.start + bodyStart + from,
    end: comment.span.start + bodyStart + from + length
  });
  const colon = body.indexOf(":");
  const list = colon < 0 ? body : body.slice(0, colon);
  const reason = colon < 0 ? "" : body.slice(colon + 1).trim();
  const entries = [];
  for (const match of list.matchAll(/[^\s,]+/g)) {
    const word = match[0];
    const span = at2(match.index, word.length);
    const code = resolveCode(word);
    if (code === void 0) {
      const suggestion = didYouMean(word, [...allCodes(), ...allCodes().map((c2) => codes[c2].name)]);
      out.push(malformed(span, `\`${word}\` is not a wfc code or rule name`, "not a code", suggestion ? `did you mean \`${suggestion}\`?` : "codes look like `WF5001`; `wfc explain` lists them"));
    } else if (!isSuppressible(code)) {
      out.push(malformed(span, `\`${code}\` (${codes[code].name}) cannot be suppressed`, "cannot be suppressed", "fix the code instead: wfc cannot check or run a plan with this problem"));
    } else if (!entries.some((e) => e.code === code)) entries.push({ code, span, used: false });
  }
  const whole = comment.span;
  if (list.trim() === "") {
    out.push(malformed(whole, `\`${keyword2}\` names no codes`, "no codes", `name what it silences, as in \`// ${keyword2} WF5001: the reason\``));
    return void 0;
  }
  if (reason === "")
    out.push({
      code: "WF5900",
      severity: codes.WF5900.severity,
      message: `\`${keyword2}\` gives no reason`,
      span: whole,
      label: "no reason after `:`",
      help: `say why after a colon, as in \`// ${keyword2} ${entries[0]?.code ?? "WF5001"}: the reason\``
    });
  if (entries.length === 0) return void 0;
  if (scope === "file") return { scope, line: 0, entries };
  const start = file.position(comment.span.start);
  const before = file.lineText(start.line).slice(0, start.column - 1);
  return { scope, line: before.trim() !== "" ? start.line : nextCodeLine(file, file.position(comment.span.end).line), entries };
}
function nextCodeLine(file, line) {
  let next = line + 1;
  while (next < file.lineCount) {
    const text = file.lineText(next).trim();
    if (text !== "" && !text.startsWith("//")) break;
    next++;
  }
  return next;
}
function malformed(span, message, label, help) {
  return { code: "WF5902", severity: codes.WF5902.severity, message, span, label, help };
}

// compiler/globals.ts
var primitives = ["agent", "parallel", "pipeline", "phase", "log", "args", "budget", "workflow", "gate", "retry"];
var builtins = [
  "console",
  "JSON",
  "Math",
  "String",
  "Number",
  "Boolean",
  "Array",
  "Object",
  "Set",
  "Map",
  "Error",
  "TypeError",
  "RangeError",
  "Promise",
  "Date",
  "RegExp",
  "parseInt",
  "parseFloat",
  "isNaN",
  "isFinite",
  "undefined",
  "NaN",
  "Infinity",
  "encodeURIComponent",
  "decodeURIComponent"
];
var allowedGlobals = /* @__PURE__ */ new Set([...primitives, ...builtins]);
var forbiddenGlobals = {
  eval: "runs arbitrary code",
  Function: "runs arbitrary code",
  process: "reaches the host process",
  globalThis: "reaches the host's globals",
  global: "reaches the host's globals",
  window: "reaches the host's globals",
  self: "reaches the host's globals",
  require: "loads modules",
  module: "reaches the module system",
  exports: "reaches the module system",
  fetch: "reaches the network: let an agent fetch what it needs",
  XMLHttpRequest: "reaches the network",
  WebSocket: "reaches the network",
  Deno: "reaches the host runtime",
  Bun: "reaches the host runtime",
  __dirname: "reaches the file system",
  __filename: "reaches the file system",
  fs: "reaches the file system: let an agent read files",
  setTimeout: "depends on wall-clock timing: use `retry(\u2026, { backoffMs })`",
  setInterval: "depends on wall-clock timing",
  setImmediate: "depends on host scheduling",
  queueMicrotask: "depends on host scheduling",
  Proxy: "intercepts the evaluator",
  Reflect: "reaches object internals",
  Symbol: "reaches object internals",
  WebAssembly: "runs native code",
  Buffer: "reaches host memory",
  crypto: "is non-deterministic",
  performance: "reads the clock",
  Atomics: "reaches shared memory",
  SharedArrayBuffer: "reaches shared memory"
};
var forbiddenProperties = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype", "__defineGetter__", "__defineSetter__", "__lookupGetter__", "__lookupSetter__"]);

// compiler/walk.ts
function children(node) {
  const out = [];
  const add = (n2) => {
    if (n2) out.push(n2);
  };
  switch (node.type) {
    case "Program":
    case "BlockStatement":
      node.body.forEach(add);
      break;
    case "VariableDeclaration":
      node.declarations.forEach(add);
      break;
    case "VariableDeclarator":
      add(node.id);
      add(node.init);
      break;
    case "FunctionDeclaration":
    case "FunctionExpression":
      node.params.forEach(add);
      add(node.body);
      break;
    case "ArrowFunctionExpression":
      node.params.forEach(add);
      add(node.body);
      break;
    case "ExportNamedDeclaration":
      add(node.declaration);
      break;
    case "ReturnStatement":
      add(node.argument);
      break;
    case "IfStatement":
      add(node.test);
      add(node.consequent);
      add(node.alternate);
      break;
    case "ForOfStatement":
      add(node.left);
      add(node.right);
      add(node.body);
      break;
    case "ForStatement":
      add(node.init);
      add(node.test);
      add(node.update);
      add(node.body);
      break;
    case "WhileStatement":
      add(node.test);
      add(node.body);
      break;
    case "ThrowStatement":
      add(node.argument);
      break;
    case "TryStatement":
      add(node.block);
      add(node.handler);
      add(node.finalizer);
      break;
    case "CatchClause":
      add(node.param);
      add(node.body);
      break;
    case "ExpressionStatement":
      add(node.expression);
      break;
    case "TemplateLiteral":
      for (let i = 0; i < node.quasis.length; i++) {
        add(node.quasis[i]);
        add(node.expressions[i]);
      }
      break;
    case "TaggedTemplateExpression":
      add(node.tag);
      add(node.quasi);
      break;
    case "ArrayExpression":
      node.elements.forEach(add);
      break;
    case "ObjectExpression":
      node.properties.forEach(add);
      break;
    case "Property":
      if (node.computed) add(node.key);
      add(node.value);
      break;
    case "SpreadElement":
      add(node.argument);
      break;
    case "UnaryExpression":
    case "UpdateExpression":
    case "AwaitExpression":
      add(node.argument);
      break;
    case "BinaryExpression":
    case "LogicalExpression":
      add(node.left);
      add(node.right);
      break;
    case "AssignmentExpression":
      add(node.left);
      add(node.right);
      break;
    case "ConditionalExpression":
      add(node.test);
      add(node.consequent);
      add(node.alternate);
      break;
    case "CallExpression":
    case "NewExpression":
      add(node.callee);
      node.arguments.forEach(add);
      break;
    case "MemberExpression":
      add(node.object);
      if (node.computed) add(node.property);
      break;
    case "ChainExpression":
      add(node.expression);
      break;
    case "SequenceExpression":
      node.expressions.forEach(add);
      break;
    case "AssignmentPattern":
      add(node.left);
      add(node.right);
      break;
    case "RestElement":
      add(node.argument);
      break;
    case "ObjectPattern":
      node.properties.forEach(add);
      break;
    case "PatternProperty":
      if (node.computed) add(node.key);
      add(node.value);
      break;
    case "ArrayPattern":
      node.elements.forEach(add);
      break;
    default:
      break;
  }
  return out;
}
function walk(root, enter) {
  const stack = [[root, null]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop();
    if (enter(node, parent) === false) continue;
    const kids = children(node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], node]);
  }
}
function patternNames(p, out = []) {
  switch (p.type) {
    case "Identifier":
      out.push(p);
      break;
    case "AssignmentPattern":
      patternNames(p.left, out);
      break;
    case "RestElement":
      patternNames(p.argument, out);
      break;
    case "ObjectPattern":
      for (const prop of p.properties) patternNames(prop.type === "RestElement" ? prop : prop.value, out);
      break;
    case "ArrayPattern":
      for (const el2 of p.elements) if (el2) patternNames(el2, out);
      break;
  }
  return out;
}
function memberPath(e) {
  if (e.type === "Identifier") return e.name;
  if (e.type === "MemberExpression" && !e.computed && e.property.type === "Identifier") {
    const base = memberPath(e.object);
    return base === void 0 ? void 0 : `${base}.${e.property.name}`;
  }
  return void 0;
}
function textOf(source, node) {
  return source.slice(node.span.start, node.span.end);
}

// compiler/checks/subset.ts
var unsupportedHelp = {
  class: ["classes are not part of the language", "use plain objects and helper functions"],
  import: ["`import` is not allowed: a plan cannot load modules", "everything a plan needs is a global (`agent`, `parallel`, \u2026); let an agent read files"],
  export: ["only `export const meta = {\u2026}` may be exported", "remove `export`; the plan's answer is what it `return`s"],
  "do-while": ["`do\u2026while` is not part of the language", "write a bounded loop: `for (let i = 0; i < N; i++) { \u2026 if (done) break }`"],
  "for-in": ["`for\u2026in` (and `for await`) is not part of the language", "iterate keys with `for (const k of Object.keys(obj))`"],
  switch: ["`switch` is not part of the language", "use `if \u2026 else if \u2026`"],
  label: ["labels are not part of the language", "move the inner loop into a helper or use a flag variable"],
  with: ["`with` is not part of the language", "name the object explicitly"],
  debugger: ["`debugger` is not part of the language", "use `log(\u2026)` to trace a plan"],
  generator: ["generators are not part of the language", "build an array and return it"],
  yield: ["`yield` is not part of the language", "build an array and return it"],
  super: ["`super` is not part of the language", "use plain objects and helper functions"],
  "dynamic-import": ["dynamic `import()` is not allowed: a plan cannot load modules", "nest another plan with `workflow(name, args)`"],
  "import-meta": ["`import.meta` is not allowed", "pass what you need in `args`"]
};
function checkSubset(program, r) {
  const root = { names: /* @__PURE__ */ new Set(), parent: null };
  declareHoisted(program.body, root);
  new SubsetChecker(r).statements(program.body, root);
}
function declareHoisted(body, scope) {
  for (const s of body) {
    if (s.type === "FunctionDeclaration") scope.names.add(s.id.name);
    else if (s.type === "VariableDeclaration") for (const d of s.declarations) for (const id2 of patternNames(d.id)) scope.names.add(id2.name);
    else if (s.type === "ExportNamedDeclaration") for (const d of s.declaration.declarations) for (const id2 of patternNames(d.id)) scope.names.add(id2.name);
  }
}
function isDeclared(name, scope) {
  for (let s = scope; s; s = s.parent) if (s.names.has(name)) return true;
  return false;
}
function allNames(scope) {
  const out = [...allowedGlobals];
  for (let s = scope; s; s = s.parent) out.push(...s.names);
  return out;
}
var SubsetChecker = class {
  constructor(r) {
    this.r = r;
  }
  r;
  statements(body, scope) {
    for (const s of body) this.statement(s, scope);
  }
  block(b, parent, extra = []) {
    const scope = { names: new Set(extra), parent };
    declareHoisted(b.body, scope);
    this.statements(b.body, scope);
  }
  statement(s, scope) {
    switch (s.type) {
      case "UnsupportedStatement": {
        const [msg, help] = unsupportedHelp[s.construct];
        this.r.error(s.construct === "import" ? "WF1006" : "WF1003", s.span, msg, { help });
        return;
      }
      case "VariableDeclaration":
        if (s.kind === "var") this.r.warning("WF1012", s.span, "`var` is function-scoped and hoisted", { help: "use `const`, or `let` for a value that changes" });
        for (const d of s.declarations) {
          this.pattern(d.id, scope);
          if (d.init) this.expr(d.init, scope);
        }
        return;
      case "ExportNamedDeclaration":
        for (const d of s.declaration.declarations) if (d.init) this.expr(d.init, scope);
        return;
      case "FunctionDeclaration":
        this.fn(s.params, s.body, scope);
        return;
      case "ReturnStatement":
      case "ThrowStatement":
        if (s.argument) this.expr(s.argument, scope);
        return;
      case "IfStatement":
        this.expr(s.test, scope);
        this.nested(s.consequent, scope);
        if (s.alternate) this.nested(s.alternate, scope);
        return;
      case "ForOfStatement": {
        const inner = { names: /* @__PURE__ */ new Set(), parent: scope };
        for (const d of s.left.declarations) for (const id2 of patternNames(d.id)) inner.names.add(id2.name);
        this.expr(s.right, scope);
        this.nested(s.body, inner);
        return;
      }
      case "ForStatement": {
        const inner = { names: /* @__PURE__ */ new Set(), parent: scope };
        if (s.init?.type === "VariableDeclaration") {
          for (const d of s.init.declarations) for (const id2 of patternNames(d.id)) inner.names.add(id2.name);
          this.statement(s.init, inner);
        } else if (s.init) this.expr(s.init, inner);
        if (s.test) this.expr(s.test, inner);
        if (s.update) this.expr(s.update, inner);
        if (!s.test) {
          this.r.error("WF1009", s.span, "`for` loop without a condition has no bound", {
            help: "give it a static bound: `for (let i = 0; i < 10; i++)`"
          });
        }
        this.nested(s.body, inner);
        return;
      }
      case "WhileStatement":
        this.expr(s.test, scope);
        if (!whileCounter(s)) {
          this.r.error("WF1009", s.test.span, "`while` loop has no provable bound", {
            label: "no counter bound in this condition",
            help: "add a counter conjunct: `while (\u2026 && round < 10) { round++; \u2026 }`, or use `for (let i = 0; i < 10; i++)`"
          });
        }
        this.nested(s.body, scope);
        return;
      case "TryStatement":
        this.block(s.block, scope);
        if (s.handler) this.block(s.handler.body, scope, s.handler.param ? patternNames(s.handler.param).map((i) => i.name) : []);
        if (s.finalizer) this.block(s.finalizer, scope);
        return;
      case "BlockStatement":
        this.block(s, scope);
        return;
      case "ExpressionStatement":
        this.expr(s.expression, scope);
        return;
      default:
        return;
    }
  }
  nested(s, scope) {
    if (s.type === "BlockStatement") this.block(s, scope);
    else this.statement(s, scope);
  }
  fn(params, body, scope) {
    const inner = { names: /* @__PURE__ */ new Set(), parent: scope };
    for (const p of params) for (const id2 of patternNames(p)) inner.names.add(id2.name);
    for (const p of params) this.pattern(p, inner);
    if (body.type === "BlockStatement") this.block(body, inner);
    else this.expr(body, inner);
  }
  pattern(p, scope) {
    switch (p.type) {
      case "AssignmentPattern":
        this.pattern(p.left, scope);
        this.expr(p.right, scope);
        return;
      case "RestElement":
        this.pattern(p.argument, scope);
        return;
      case "ObjectPattern":
        for (const prop of p.properties) {
          if (prop.type === "RestElement") this.pattern(prop, scope);
          else {
            if (prop.computed) this.expr(prop.key, scope);
            this.pattern(prop.value, scope);
          }
        }
        return;
      case "ArrayPattern":
        for (const el2 of p.elements) if (el2) this.pattern(el2, scope);
        return;
      default:
        return;
    }
  }
  expr(e, scope) {
    switch (e.type) {
      case "Identifier":
        this.identifier(e, scope);
        return;
      case "UnsupportedExpression": {
        const [msg, help] = unsupportedHelp[e.construct];
        this.r.error(e.construct === "dynamic-import" || e.construct === "import-meta" ? "WF1006" : "WF1003", e.span, msg, { help });
        return;
      }
      case "ThisExpression":
        this.r.error("WF1003", e.span, "`this` is not part of the language", { help: "pass values as function parameters" });
        return;
      case "TaggedTemplateExpression":
        this.r.error("WF1003", e.span, "tagged templates are not part of the language", { help: "call the function on a plain template literal: `f(`\u2026`)`" });
        this.expr(e.tag, scope);
        this.expr(e.quasi, scope);
        return;
      case "TemplateLiteral":
        for (const x of e.expressions) this.expr(x, scope);
        return;
      case "ArrayExpression":
        for (const el2 of e.elements) {
          if (el2 === null) this.r.error("WF1003", e.span, "sparse arrays (holes such as `[a, , b]`) are not part of the language", { help: "write `null` for an empty slot" });
          else this.expr(el2.type === "SpreadElement" ? el2.argument : el2, scope);
        }
        return;
      case "ObjectExpression":
        for (const p of e.properties) {
          if (p.type === "SpreadElement") this.expr(p.argument, scope);
          else {
            if (p.method) {
              this.r.error("WF1003", p.span, "methods, getters and setters in object literals are not part of the language", {
                help: "use an arrow-function property: `name: (x) => \u2026`"
              });
            }
            if (p.computed) this.expr(p.key, scope);
            else if (p.key.type === "Identifier" && forbiddenProperties.has(p.key.name)) {
              this.r.error("WF1004", p.key.span, `the key \`${p.key.name}\` is not allowed`, { help: "use another key name" });
            }
            if (p.shorthand && p.value.type === "AssignmentExpression") {
              this.r.error("WF1001", p.span, "`{ name = value }` is only valid in a destructuring pattern", { help: "write `{ name: value }`" });
            }
            if (p.value.type === "FunctionExpression") this.fn(p.value.params, p.value.body, scope);
            else this.expr(p.value, scope);
          }
        }
        return;
      case "ArrowFunctionExpression":
        this.fn(e.params, e.body, scope);
        return;
      case "FunctionExpression": {
        const inner = { names: new Set(e.id ? [e.id.name] : []), parent: scope };
        this.fn(e.params, e.body, inner);
        return;
      }
      case "UnaryExpression":
        if (e.operator === "delete") this.r.error("WF1003", e.span, "`delete` is not part of the language", { help: "build a new object without the key: `const { k, ...rest } = obj`" });
        this.expr(e.argument, scope);
        return;
      case "UpdateExpression":
      case "AwaitExpression":
        this.expr(e.argument, scope);
        return;
      case "BinaryExpression":
      case "LogicalExpression": {
        let cur = e;
        const rights = [];
        while (cur.type === "BinaryExpression" || cur.type === "LogicalExpression") {
          rights.push(cur.right);
          cur = cur.left;
        }
        this.expr(cur, scope);
        for (let i = rights.length - 1; i >= 0; i--) this.expr(rights[i], scope);
        return;
      }
      case "AssignmentExpression":
        if (e.left.type === "Identifier" && e.left.name === "") {
          this.r.error("WF1001", e.left.span, "the left side of this assignment is not assignable", { help: "assign to a variable or a property" });
        } else if (e.left.type === "MemberExpression") this.expr(e.left, scope);
        else this.pattern(e.left, scope);
        this.expr(e.right, scope);
        return;
      case "ConditionalExpression":
        this.expr(e.test, scope);
        this.expr(e.consequent, scope);
        this.expr(e.alternate, scope);
        return;
      case "CallExpression":
        this.call(e, scope);
        return;
      case "NewExpression":
        this.newExpr(e, scope);
        return;
      case "MemberExpression":
        this.member(e, scope);
        return;
      case "ChainExpression":
        this.expr(e.expression, scope);
        return;
      case "SequenceExpression":
        for (const x of e.expressions) this.expr(x, scope);
        return;
      default:
        return;
    }
  }
  identifier(e, scope) {
    if (e.name === "" || isDeclared(e.name, scope) || allowedGlobals.has(e.name)) return;
    const why = forbiddenGlobals[e.name];
    if (why !== void 0) {
      this.r.error("WF1004", e.span, `\`${e.name}\` is not available in a plan: it ${why}`, {
        help: "a plan only orchestrates agents; anything that touches the host belongs in an agent's task"
      });
      return;
    }
    const hint = didYouMean(e.name, allNames(scope));
    this.r.error("WF2001", e.span, `unknown name \`${e.name}\``, {
      label: "not declared",
      help: hint ? `did you mean \`${hint}\`?` : "declare it with `const` before use, or pass it in `args`"
    });
  }
  member(e, scope) {
    const prop = e.computed ? e.property.type === "StringLiteral" ? e.property.value : void 0 : e.property.name;
    if (prop !== void 0 && forbiddenProperties.has(prop)) {
      this.r.error("WF1004", e.property.span, `access to \`${prop}\` is not allowed`, { help: "read the value's own fields only" });
    }
    this.expr(e.object, scope);
    if (e.computed) this.expr(e.property, scope);
  }
  call(e, scope) {
    const path = memberPath(e.callee);
    if (path === "Date.now" || path === "Math.random" || path === "performance.now" || path === "crypto.randomUUID" || path === "crypto.getRandomValues") {
      if (!isDeclared(path.split(".")[0], scope)) {
        this.r.error("WF1005", e.span, `\`${path}()\` is non-deterministic, which breaks resume`, {
          help: path === "Math.random" ? "derive variety from the item's index, or pass a seed in `args`" : "pass the time or id in `args`",
          notes: ["a resumed run replays recorded results by the calls' content; a value that changes between runs changes every call after it"]
        });
        return;
      }
    }
    if (path === "Date" && !isDeclared("Date", scope)) {
      this.r.error("WF1005", e.span, "`Date()` reads the clock, which breaks resume", { help: "pass the time in `args`" });
      return;
    }
    if (path === "require" && !isDeclared("require", scope)) {
      this.r.error("WF1006", e.span, "`require` is not allowed: a plan cannot load modules", { help: "nest another plan with `workflow(name, args)`" });
      return;
    }
    this.expr(e.callee, scope);
    for (const a of e.arguments) this.expr(a.type === "SpreadElement" ? a.argument : a, scope);
  }
  newExpr(e, scope) {
    if (e.callee.type === "Identifier" && !isDeclared(e.callee.name, scope)) {
      if (e.callee.name === "Date" && e.arguments.length === 0) {
        this.r.error("WF1005", e.span, "`new Date()` without an argument reads the clock, which breaks resume", { help: "pass the time in `args`: `new Date(args.now)`" });
        return;
      }
      if (e.callee.name === "Promise") {
        this.r.error("WF1003", e.span, "`new Promise` is not part of the language", { help: "use `parallel([...thunks])` to run work concurrently, or `retry` to wait and try again" });
        return;
      }
      if (e.callee.name === "Function") {
        this.r.error("WF1004", e.span, "`Function` is not available in a plan: it runs arbitrary code", { help: "write a helper function" });
        return;
      }
    }
    this.expr(e.callee, scope);
    for (const a of e.arguments) this.expr(a.type === "SpreadElement" ? a.argument : a, scope);
  }
};
function whileCounter(s) {
  const conjuncts = [];
  const collect = (e) => {
    if (e.type === "LogicalExpression" && e.operator === "&&") {
      collect(e.left);
      collect(e.right);
    } else conjuncts.push(e);
  };
  collect(s.test);
  for (const c2 of conjuncts) {
    if (c2.type !== "BinaryExpression") continue;
    let counter;
    let limit;
    let inclusive = false;
    if ((c2.operator === "<" || c2.operator === "<=") && c2.left.type === "Identifier") {
      counter = c2.left.name;
      limit = c2.right;
      inclusive = c2.operator === "<=";
    } else if ((c2.operator === ">" || c2.operator === ">=") && c2.right.type === "Identifier") {
      counter = c2.right.name;
      limit = c2.left;
      inclusive = c2.operator === ">=";
    }
    if (!counter || !limit) continue;
    const body = s.body.type === "BlockStatement" ? s.body.body : [s.body];
    let increments = 0;
    for (const st2 of body) if (st2.type === "ExpressionStatement" && isIncrement(st2.expression, counter)) increments++;
    if (increments !== 1) continue;
    if (assignsElsewhere(s.body, counter)) continue;
    return { counter, limit, inclusive };
  }
  return void 0;
}
function isIncrement(e, name) {
  if (e.type === "UpdateExpression" && e.operator === "++" && e.argument.type === "Identifier" && e.argument.name === name) return true;
  if (e.type === "AssignmentExpression" && e.left.type === "Identifier" && e.left.name === name) {
    if (e.operator === "+=" && e.right.type === "NumericLiteral" && e.right.value >= 1) return true;
    if (e.operator === "=" && e.right.type === "BinaryExpression" && e.right.operator === "+" && e.right.left.type === "Identifier" && e.right.left.name === name && e.right.right.type === "NumericLiteral" && e.right.right.value >= 1)
      return true;
  }
  return false;
}
function assignsElsewhere(body, name) {
  let count = 0;
  const visit = (n2) => {
    if (n2.type === "AssignmentExpression" && n2.left.type === "Identifier" && n2.left.name === name || n2.type === "UpdateExpression" && n2.argument.type === "Identifier" && n2.argument.name === name) count++;
  };
  const stack = [body];
  while (stack.length) {
    const n2 = stack.pop();
    visit(n2);
    for (const c2 of children(n2)) stack.push(c2);
  }
  return count !== 1;
}

// compiler/checks/call-cycles.ts
function checkCallCycles(sites, r) {
  const names2 = [...sites.helpers.keys()];
  const calls = /* @__PURE__ */ new Map();
  for (const [name, fn2] of sites.helpers) calls.set(name, calleesOf(fn2, sites));
  const declared = (n2) => sites.helpers.get(n2).span.start;
  const reported = /* @__PURE__ */ new Set();
  for (const start of names2.sort((a, b) => declared(a) - declared(b))) {
    const stack = [{ name: start, path: [] }];
    const seen = /* @__PURE__ */ new Set();
    while (stack.length) {
      const { name, path } = stack.pop();
      for (const c2 of calls.get(name) ?? []) {
        if (c2.callee === start) {
          const cycle = [start, ...path.map((p) => p.name), start];
          const key = [...new Set(cycle)].sort().join(",");
          if (reported.has(key)) continue;
          reported.add(key);
          const first = path[0]?.span ?? c2.span;
          r.error("WF3001", first, `call cycle: ${cycle.map((n2) => "`" + n2 + "`").join(" \u2192 ")}`, {
            label: cycle.length === 2 ? "calls itself here" : "the cycle starts here",
            help: "plans cannot recurse: every helper is expanded where it is called; write the repetition as a bounded loop"
          });
          continue;
        }
        if (seen.has(c2.callee) || declared(c2.callee) < declared(start)) continue;
        seen.add(c2.callee);
        stack.push({ name: c2.callee, path: [...path, { name: c2.callee, span: c2.span }] });
      }
      if (path.length === 0 && name === start) {
      }
    }
  }
}
function calleesOf(fn2, sites) {
  const out = [];
  walk(fn2.body, (n2) => {
    if (n2 !== fn2.body && sites.helperName.has(n2)) return false;
    if (n2.type === "Identifier" && sites.helpers.has(n2.name)) out.push({ callee: n2.name, span: n2.span });
    return void 0;
  });
  return out;
}

// compiler/checks/budgets.ts
var PLATFORM_MAX_AGENTS = 1e3;
var PLATFORM_MAX_CONCURRENCY = 16;
var fmt = (n2) => Number.isInteger(n2) ? n2.toLocaleString("en-US") : n2.toFixed(2);
function checkBudgets(input, r) {
  const { bounds, meta } = input;
  const span = meta?.spans["budget"] ?? meta?.span ?? { start: 0, end: 0 };
  const budget = meta?.budget;
  const over = (what, worst, limit, where, help) => r.error("WF3201", span, `the worst case uses ${fmt(worst)} ${what}, over the ${where} of ${fmt(limit)}`, {
    notes: ["run `wfc plan` to see which stages contribute"],
    help
  });
  if (budget?.agents !== void 0 && bounds.agents > budget.agents) over("agent calls", bounds.agents, budget.agents, "declared `budget.agents`", "narrow a fan-out, lower `attempts`, or raise `budget.agents`");
  if (budget?.tokens !== void 0 && bounds.outputTokens > budget.tokens)
    over("output tokens", bounds.outputTokens, budget.tokens, "declared `budget.tokens`", "lower `maxTokens` on the widest fan-out, or raise `budget.tokens`");
  if (budget?.usd !== void 0 && bounds.usd > budget.usd) over("USD", bounds.usd, budget.usd, "declared `budget.usd`", "route mechanical stages to `haiku`, narrow fan-outs, or raise `budget.usd`");
  if (budget?.concurrency !== void 0 && budget.concurrency > PLATFORM_MAX_CONCURRENCY) {
    r.error("WF3203", span, `\`budget.concurrency\` is ${budget.concurrency}; at most ${PLATFORM_MAX_CONCURRENCY} agents run at once`, { help: `set it to ${PLATFORM_MAX_CONCURRENCY} or less` });
  }
  if (bounds.agents > PLATFORM_MAX_AGENTS) {
    r.error("WF3202", meta?.span ?? span, `the worst case makes ${fmt(bounds.agents)} agent calls; a run may make at most ${PLATFORM_MAX_AGENTS}`, {
      notes: ["attempts count: an agent with `attempts: 3` may be called 3 times"],
      help: "narrow fan-outs with `.slice(0, N)`, lower `attempts`, or split the work into several runs"
    });
  }
  const ci2 = input.ci;
  if (ci2?.maxUsd !== void 0 && bounds.usd > ci2.maxUsd) over("USD", bounds.usd, ci2.maxUsd, "CI policy's `budget.maxUsd` (wfc.config.json)", "lower the plan's cost or raise the policy");
  if (ci2?.maxAgents !== void 0 && bounds.agents > ci2.maxAgents) over("agent calls", bounds.agents, ci2.maxAgents, "CI policy's `budget.maxAgents` (wfc.config.json)", "lower the plan's fan-out or raise the policy");
  if (ci2?.maxTokens !== void 0 && bounds.inputTokens + bounds.outputTokens > ci2.maxTokens)
    over("tokens", bounds.inputTokens + bounds.outputTokens, ci2.maxTokens, "CI policy's `budget.maxTokens` (wfc.config.json)", "lower the plan's size or raise the policy");
}

// compiler/meta.ts
var metaKeys = ["name", "description", "whenToUse", "title", "phases", "args", "budget", "effort", "defaults"];
var budgetKeys = ["agents", "tokens", "usd", "concurrency"];
var defaultsKeys = ["model", "maxTokens", "timeoutMs", "attempts"];
var reservedKeys = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function extractMeta(program, r) {
  const first = program.body.find((s) => s.type !== "EmptyStatement");
  const metaIndex = program.body.findIndex(isMetaExport);
  if (metaIndex < 0) {
    r.error("WF1007", first?.span ?? { start: 0, end: 0 }, "the plan has no `export const meta = {\u2026}`", {
      label: "expected `export const meta` here",
      help: "start the plan with `export const meta = { name: '\u2026', description: '\u2026' }`"
    });
    return void 0;
  }
  const stmt = program.body[metaIndex];
  if (first !== stmt) {
    r.error("WF1007", stmt.span, "`export const meta` must be the first statement", {
      label: "move this to the top",
      secondary: first ? [{ span: first.span, message: "this comes first" }] : [],
      help: "put `export const meta = {\u2026}` before every other statement (comments may precede it)"
    });
  }
  const decl = stmt.declaration.declarations[0];
  if (stmt.declaration.kind !== "const") {
    r.error("WF1008", stmt.declaration.span, "`meta` must be declared with `const`", { help: "write `export const meta = {\u2026}`" });
  }
  const init = decl.init;
  if (!init || init.type !== "ObjectExpression") {
    r.error("WF1008", init?.span ?? decl.span, "`meta` must be an object literal", { help: "write `export const meta = { name: '\u2026', description: '\u2026' }`" });
    return void 0;
  }
  const value = literal(init, r);
  if (value === void 0 || value === null || typeof value !== "object" || Array.isArray(value)) return void 0;
  const spans = {};
  for (const p of init.properties) if (p.type === "Property") spans[keyName(p) ?? ""] = p.value.span;
  for (const p of init.properties) {
    if (p.type !== "Property") continue;
    const k2 = keyName(p);
    if (k2 && !metaKeys.includes(k2)) {
      const hint = didYouMean(k2, metaKeys);
      r.error("WF2002", p.key.span, `unknown \`meta\` key \`${k2}\``, {
        help: hint ? `did you mean \`${hint}\`?` : `\`meta\` keys are ${metaKeys.map((x) => "`" + x + "`").join(", ")}`
      });
    }
  }
  const obj = value;
  const str2 = (k2, required) => {
    const v3 = obj[k2];
    if (v3 === void 0) {
      if (required) r.error("WF2003", init.span, `\`meta.${k2}\` is required`, { help: `add \`${k2}: '\u2026'\`` });
      return void 0;
    }
    if (typeof v3 !== "string") {
      r.error("WF2003", spans[k2], `\`meta.${k2}\` must be a string`);
      return void 0;
    }
    return v3;
  };
  const name = str2("name", true) ?? "";
  const description = str2("description", true) ?? "";
  if (description.includes("\n")) r.warning("WF2003", spans["description"], "`meta.description` should be one line: it is shown in the permission dialog");
  const meta = { name, description, phases: [], spans, span: init.span };
  const whenToUse = str2("whenToUse", false);
  if (whenToUse !== void 0) meta.whenToUse = whenToUse;
  const title = str2("title", false);
  if (title !== void 0) meta.title = title;
  if (obj["phases"] !== void 0) {
    const phasesNode = findProp(init, "phases")?.value;
    if (!Array.isArray(obj["phases"]) || phasesNode?.type !== "ArrayExpression") {
      r.error("WF2003", spans["phases"], "`meta.phases` must be an array of `{ title, detail? }`");
    } else {
      obj["phases"].forEach((ph2, i) => {
        const node = phasesNode.elements[i] ?? phasesNode;
        if (!ph2 || typeof ph2 !== "object" || Array.isArray(ph2) || typeof ph2["title"] !== "string") {
          r.error("WF2003", node.span, "each `meta.phases` entry must be an object with a string `title`");
          return;
        }
        const entry = { title: ph2["title"], span: node.span };
        if (typeof ph2["detail"] === "string") entry.detail = ph2["detail"];
        if (typeof ph2["model"] === "string") entry.model = ph2["model"];
        for (const k2 of Object.keys(ph2)) {
          if (!["title", "detail", "model"].includes(k2)) r.error("WF2002", node.span, `unknown phase key \`${k2}\``, { help: "phase entries take `title`, `detail` and `model`" });
        }
        meta.phases.push(entry);
      });
    }
  }
  if (obj["args"] !== void 0) {
    if (!obj["args"] || typeof obj["args"] !== "object" || Array.isArray(obj["args"])) r.error("WF4001", spans["args"], "`meta.args` must be a JSON Schema object");
    else meta.args = obj["args"];
  }
  if (obj["budget"] !== void 0) meta.budget = numberRecord(obj["budget"], "budget", budgetKeys, spans["budget"], r);
  if (obj["defaults"] !== void 0) {
    const d = obj["defaults"];
    if (!d || typeof d !== "object" || Array.isArray(d)) r.error("WF2003", spans["defaults"], "`meta.defaults` must be an object");
    else {
      const out = {};
      for (const [k2, v3] of Object.entries(d)) {
        if (!defaultsKeys.includes(k2)) {
          const hint = didYouMean(k2, defaultsKeys);
          r.error("WF2002", spans["defaults"], `unknown \`meta.defaults\` key \`${k2}\``, hint ? { help: `did you mean \`${hint}\`?` } : {});
        } else if (k2 === "model" ? typeof v3 !== "string" : typeof v3 !== "number" || !(v3 > 0)) {
          r.error("WF2003", spans["defaults"], `\`meta.defaults.${k2}\` must be ${k2 === "model" ? "a string" : "a positive number"}`);
        } else out[k2] = v3;
      }
      meta.defaults = out;
    }
  }
  if (obj["effort"] !== void 0) {
    if (obj["effort"] === "low" || obj["effort"] === "medium" || obj["effort"] === "high") meta.effort = obj["effort"];
    else r.error("WF2003", spans["effort"], "`meta.effort` must be `'low'`, `'medium'` or `'high'`");
  }
  return meta;
}
function numberRecord(v3, what, keys, span, r) {
  if (!v3 || typeof v3 !== "object" || Array.isArray(v3)) {
    r.error("WF2003", span, `\`meta.${what}\` must be an object`);
    return void 0;
  }
  const out = {};
  for (const [k2, x] of Object.entries(v3)) {
    if (!keys.includes(k2)) {
      const hint = didYouMean(k2, keys);
      r.error("WF2002", span, `unknown \`meta.${what}\` key \`${k2}\``, { help: hint ? `did you mean \`${hint}\`?` : `keys are ${keys.join(", ")}` });
    } else if (typeof x !== "number" || !(x > 0) || !Number.isFinite(x)) {
      r.error("WF2003", span, `\`meta.${what}.${k2}\` must be a positive number`);
    } else out[k2] = x;
  }
  return out;
}
function isMetaExport(s) {
  return s.type === "ExportNamedDeclaration" && s.declaration.declarations.length === 1 && s.declaration.declarations[0].id.type === "Identifier" && s.declaration.declarations[0].id.name === "meta";
}
function findProp(obj, name) {
  return obj.properties.find((p) => p.type === "Property" && keyName(p) === name);
}
function keyName(p) {
  if (p.computed) return void 0;
  if (p.key.type === "Identifier") return p.key.name;
  if (p.key.type === "StringLiteral") return p.key.value;
  if (p.key.type === "NumericLiteral") return String(p.key.value);
  return void 0;
}
function literal(e, r) {
  switch (e.type) {
    case "StringLiteral":
      return e.value;
    case "NumericLiteral":
      return e.value;
    case "BooleanLiteral":
      return e.value;
    case "NullLiteral":
      return null;
    case "UnaryExpression":
      if (e.operator === "-" && e.argument.type === "NumericLiteral") return -e.argument.value;
      break;
    case "TemplateLiteral":
      if (e.expressions.length === 0) return e.quasis[0].cooked;
      r.error("WF1008", e.expressions[0].span, "template interpolation is not allowed in `meta`", { help: "`meta` must be a pure literal: write the text out" });
      return void 0;
    case "ArrayExpression": {
      const out = [];
      for (const el2 of e.elements) {
        if (el2 === null) {
          r.error("WF1008", e.span, "sparse arrays are not allowed in `meta`");
          return void 0;
        }
        if (el2.type === "SpreadElement") {
          r.error("WF1008", el2.span, "spread is not allowed in `meta`", { help: "`meta` must be a pure literal" });
          return void 0;
        }
        const v3 = literal(el2, r);
        if (v3 === void 0) return void 0;
        out.push(v3);
      }
      return out;
    }
    case "ObjectExpression": {
      const out = {};
      for (const p of e.properties) {
        if (p.type === "SpreadElement") {
          r.error("WF1008", p.span, "spread is not allowed in `meta`", { help: "`meta` must be a pure literal" });
          return void 0;
        }
        if (p.computed) {
          r.error("WF1008", p.key.span, "computed keys are not allowed in `meta`");
          return void 0;
        }
        if (p.method) {
          r.error("WF1008", p.span, "methods are not allowed in `meta`");
          return void 0;
        }
        if (p.shorthand) {
          r.error("WF1008", p.span, `\`meta\` must be a pure literal, but \`${keyName(p)}\` refers to a variable`, { help: `write the value out: \`${keyName(p)}: \u2026\`` });
          return void 0;
        }
        const k2 = keyName(p);
        if (reservedKeys.has(k2)) {
          r.error("WF1008", p.key.span, `reserved key name not allowed in \`meta\`: \`${k2}\``);
          return void 0;
        }
        const v3 = literal(p.value, r);
        if (v3 === void 0) return void 0;
        out[k2] = v3;
      }
      return out;
    }
    default:
      break;
  }
  r.error("WF1008", e.span, "`meta` must be a pure literal: no variables, calls or expressions", {
    label: "not a literal",
    help: "write the value out as a string, number, boolean, array or object literal"
  });
  return void 0;
}

// compiler/stage-ids.ts
var primitiveSites = /* @__PURE__ */ new Set(["agent", "parallel", "pipeline", "gate", "retry", "workflow"]);
function joinId(prefix, rel) {
  return prefix ? `${prefix}/${rel}` : rel;
}
function staticLabel(e) {
  if (!e) return void 0;
  if (e.type === "StringLiteral") return e.value;
  if (e.type === "TemplateLiteral") return e.quasis.map((q2) => q2.cooked).join("*");
  return void 0;
}
function optionValue(call, argIndex, key) {
  const opts = call.arguments[argIndex];
  if (!opts || opts.type !== "ObjectExpression") return void 0;
  for (const p of opts.properties) {
    if (p.type === "Property" && !p.computed && p.key.type === "Identifier" && p.key.name === key) return p.value;
  }
  return void 0;
}
function sanitize(s) {
  return s.replace(/[/\s]+/g, "-").replace(/[^\w.:*#@-]/g, "").slice(0, 60) || "_";
}
function indexSites(program) {
  const index = { rel: /* @__PURE__ */ new WeakMap(), helpers: /* @__PURE__ */ new Map(), helperName: /* @__PURE__ */ new WeakMap() };
  const stack = [program];
  while (stack.length) {
    const n2 = stack.pop();
    if (n2.type === "FunctionDeclaration") {
      index.helpers.set(n2.id.name, n2);
      index.helperName.set(n2, n2.id.name);
    } else if (n2.type === "VariableDeclarator" && n2.id.type === "Identifier" && n2.init && (n2.init.type === "ArrowFunctionExpression" || n2.init.type === "FunctionExpression")) {
      index.helpers.set(n2.id.name, n2.init);
      index.helperName.set(n2.init, n2.id.name);
    }
    for (const c2 of children(n2)) stack.push(c2);
  }
  const used = /* @__PURE__ */ new Map();
  const visit = (node, path, boundName) => {
    let nextPath = path;
    const seg = siteSegment(node, boundName, index);
    if (seg !== void 0) {
      let key = joinId(path, seg);
      const n2 = (used.get(key) ?? 0) + 1;
      used.set(key, n2);
      if (n2 > 1) key = `${key}#${n2}`;
      index.rel.set(node, key);
      nextPath = key;
    }
    if (index.helperName.has(node)) nextPath = "";
    for (const c2 of children(node)) visit(c2, nextPath, bindingNameFor(node, c2) ?? (node.type === "AwaitExpression" ? boundName : void 0));
  };
  visit(program, "", void 0);
  return index;
}
function bindingNameFor(parent, child) {
  if (parent.type === "VariableDeclarator" && child === parent.init && parent.id.type === "Identifier") return parent.id.name;
  if (parent.type === "AssignmentExpression" && child === parent.right && parent.left.type === "Identifier") return parent.left.name;
  if (parent.type === "AwaitExpression") return void 0;
  return void 0;
}
function siteSegment(node, boundName, index) {
  switch (node.type) {
    case "AwaitExpression":
      return void 0;
    case "ForOfStatement": {
      const id2 = node.left.declarations[0]?.id;
      return id2?.type === "Identifier" ? `loop:${id2.name}` : "loop";
    }
    case "ForStatement": {
      const d = node.init?.type === "VariableDeclaration" ? node.init.declarations[0]?.id : void 0;
      return d?.type === "Identifier" ? `loop:${d.name}` : "loop";
    }
    case "WhileStatement":
      return "loop";
    case "CallExpression": {
      const callee = node.callee;
      if (callee.type !== "Identifier") return void 0;
      const name = callee.name;
      if (primitiveSites.has(name) && !index.helpers.has(name)) {
        if (name === "agent") {
          const label = staticLabel(optionValue(node, 1, "label"));
          return label !== void 0 ? `agent:${sanitize(label)}` : "agent";
        }
        if (name === "gate") {
          const label = staticLabel(optionValue(node, 2, "label"));
          return `gate:${sanitize(label ?? boundName ?? "")}`.replace(/:$/, "");
        }
        if (name === "workflow") {
          const wf2 = staticLabel(node.arguments[0]?.type === "SpreadElement" ? void 0 : node.arguments[0]);
          return `workflow:${sanitize(wf2 ?? "")}`.replace(/:$/, "");
        }
        return boundName ? `${name}:${sanitize(boundName)}` : name;
      }
      if (index.helpers.has(name)) return `call:${name}`;
      return void 0;
    }
    default:
      return void 0;
  }
}

// compiler/pricing.ts
var SOURCE = "platform.claude.com/docs/en/about-claude/pricing (as recorded in shared/reference/perf-anchors.md \xA75.1)";
var DEFAULT_PRICES = {
  "claude-opus-4-8": { inputPerMTok: 5, outputPerMTok: 25, cacheReadPerMTok: 0.5, cacheWritePerMTok: 6.25, source: SOURCE, date: "2026-11-01" },
  "claude-sonnet-4-6": { inputPerMTok: 3, outputPerMTok: 15, cacheReadPerMTok: 0.3, cacheWritePerMTok: 3.75, source: SOURCE, date: "2026-11-01" },
  "claude-haiku-4-5": { inputPerMTok: 1, outputPerMTok: 5, cacheReadPerMTok: 0.1, cacheWritePerMTok: 1.25, source: SOURCE, date: "2026-11-01" }
};
var DEFAULT_ALIASES = {
  opus: "claude-opus-4-8",
  sonnet: "claude-sonnet-4-6",
  haiku: "claude-haiku-4-5"
};
var DEFAULT_PRICING = { prices: DEFAULT_PRICES, aliases: DEFAULT_ALIASES };
function resolveModel(pricing, model) {
  return pricing.aliases[model] ?? model;
}
function mostExpensive(pricing) {
  let best = "";
  let cost = -1;
  for (const [id2, p] of Object.entries(pricing.prices)) {
    const c2 = p.inputPerMTok + p.outputPerMTok;
    if (c2 > cost) {
      cost = c2;
      best = id2;
    }
  }
  return best;
}
function priceOf(pricing, modelId) {
  return pricing.prices[modelId];
}
function usdFor(price, inputTokens, outputTokens, cacheRead = 0, cacheWrite = 0) {
  if (!price) return 0;
  return (inputTokens * price.inputPerMTok + outputTokens * price.outputPerMTok + cacheRead * (price.cacheReadPerMTok ?? price.inputPerMTok) + cacheWrite * (price.cacheWritePerMTok ?? price.inputPerMTok)) / 1e6;
}

// compiler/analysis/stage.ts
function newStage(kind, id2, label, parent, span, phase) {
  const s = { id: id2, kind, label, parent, children: [], phase, span, derivations: [], reads: /* @__PURE__ */ new Set() };
  if (parent) parent.children.push(s);
  return s;
}
function hasAgents(s) {
  if (s.kind === "agent" || s.kind === "workflow") return true;
  return s.children.some(hasAgents);
}
function detachIfEmpty(s) {
  if (hasAgents(s) || !s.parent) return false;
  const i = s.parent.children.indexOf(s);
  if (i >= 0) s.parent.children.splice(i, 1);
  return true;
}

// compiler/analysis/values.ts
var Env = class {
  constructor(parent) {
    this.parent = parent;
  }
  parent;
  vars = /* @__PURE__ */ new Map();
  declare(name, av, kind) {
    this.vars.set(name, { av, kind });
  }
  lookup(name) {
    for (let e = this; e; e = e.parent) {
      const b = e.vars.get(name);
      if (b) return b;
    }
    return void 0;
  }
  assign(name, av) {
    for (let e = this; e; e = e.parent) {
      const b = e.vars.get(name);
      if (b) {
        b.av = av;
        return;
      }
    }
  }
  /** Every binding visible here that can change: `let`/`var`, and any array (`push` mutates a `const` array). */
  mutable() {
    const out = /* @__PURE__ */ new Map();
    for (let e = this; e; e = e.parent) for (const [k2, b] of e.vars) if (!out.has(k2) && (b.kind === "let" || b.kind === "var" || b.av.k === "arr" || b.av.k === "obj")) out.set(k2, b);
    return out;
  }
};
var CHARS_PER_TOKEN = 3;
var MAX_CHARS_PER_TOKEN = 16;
var ANY = (why) => ({ k: "any", why });
var num = (v3) => v3 === void 0 ? { k: "num", max: Infinity } : { k: "num", v: v3, max: v3 };
var str = (v3) => ({ k: "str", v: v3, chars: v3.length, tokens: Math.ceil(v3.length / CHARS_PER_TOKEN) });
var strBound = (chars, tokens2, why, from) => ({ k: "str", chars, tokens: tokens2, ...why ? { why } : {}, ...from ? { from } : {} });
var BOOL = { k: "bool" };
var NULL = { k: "null" };
var UNDEF = { k: "undef" };
function fromOf(...vs2) {
  const out = /* @__PURE__ */ new Set();
  for (const v3 of vs2) for (const f of v3?.from ?? []) out.add(f);
  return out.size ? [...out] : void 0;
}
function withFrom(v3, from) {
  if (!from || from.length === 0) return v3;
  const merged = fromOf(v3, { k: "null", from });
  return { ...v3, from: merged };
}
function textBound(v3, json = false) {
  switch (v3.k) {
    case "str":
      return { chars: v3.chars + (json ? 2 : 0), tokens: v3.tokens + (json ? 1 : 0), why: v3.why ?? (v3.v !== void 0 ? "a literal" : "a bounded string") };
    case "num":
      return { chars: 24, tokens: 8, why: "a number" };
    case "bool":
      return { chars: 5, tokens: 1, why: "a boolean" };
    case "null":
    case "undef":
      return { chars: 9, tokens: 2, why: "null" };
    case "arr": {
      if (v3.max === Infinity) return { chars: Infinity, tokens: Infinity, why: `an array with no bound (${v3.why})` };
      if (v3.max === 0) return { chars: 2, tokens: 1, why: "an empty array" };
      if (!json) {
      }
      const e = textBound(v3.elem, json);
      return { chars: 2 + v3.max * (e.chars + 1), tokens: 1 + v3.max * (e.tokens + 1), why: `at most ${v3.max} items (${v3.why}) of ${e.why}` };
    }
    case "obj": {
      if (!json) return { chars: 15, tokens: 5, why: "`[object Object]`" };
      let chars = 2;
      let tokens2 = 1;
      for (const [k2, p] of Object.entries(v3.props)) {
        const b = textBound(p, true);
        chars += k2.length + 4 + b.chars;
        tokens2 += Math.ceil(k2.length / CHARS_PER_TOKEN) + 2 + b.tokens;
      }
      if (!v3.closed) return { chars: Infinity, tokens: Infinity, why: "an object with unknown fields" };
      return { chars, tokens: tokens2, why: v3.schemaOf ? `the schema of ${v3.schemaOf}` : "an object literal" };
    }
    case "promise":
      return { chars: 18, tokens: 5, why: "`[object Promise]`" };
    case "fn":
      return { chars: Infinity, tokens: Infinity, why: "a function's source" };
    case "any":
      return { chars: Infinity, tokens: Infinity, why: v3.why };
  }
}
function join(a, b) {
  if (a === b) return a;
  const from = fromOf(a, b);
  if (a.k === "num" && b.k === "num") return withFrom({ k: "num", max: Math.max(a.max, b.max), ...a.v === b.v && a.v !== void 0 ? { v: a.v } : {} }, from);
  if (a.k === "str" && b.k === "str") return withFrom({ k: "str", chars: Math.max(a.chars, b.chars), tokens: Math.max(a.tokens, b.tokens), ...a.v === b.v && a.v !== void 0 ? { v: a.v } : {} }, from);
  if (a.k === "arr" && b.k === "arr") return withFrom({ k: "arr", max: Math.max(a.max, b.max), elem: join(a.elem, b.elem), why: a.max >= b.max ? a.why : b.why }, from);
  if (a.k === "obj" && b.k === "obj") {
    const props = { ...a.props };
    for (const [k2, v3] of Object.entries(b.props)) props[k2] = props[k2] ? join(props[k2], v3) : v3;
    return withFrom({ k: "obj", props, closed: a.closed && b.closed, ...a.schemaOf && a.schemaOf === b.schemaOf ? { schemaOf: a.schemaOf } : {} }, from);
  }
  if (a.k === "promise" && b.k === "promise") return withFrom({ k: "promise", value: join(a.value, b.value) }, from);
  if (a.k === "null" || a.k === "undef") return withFrom(b, from);
  if (b.k === "null" || b.k === "undef") return withFrom(a, from);
  if (a.k === "bool" && b.k === "bool") return withFrom(BOOL, from);
  if (a.k === "str" && b.k === "num") return withFrom(strBound(Math.max(a.chars, 24), Math.max(a.tokens, 8)), from);
  if (a.k === "num" && b.k === "str") return join(b, a);
  if (a.k === "fn") return a;
  if (b.k === "fn") return b;
  return withFrom({ k: "any", why: "a value of mixed type" }, from);
}
function fromSchema(schema, maxTokens, where, from) {
  const outChars = maxTokens * MAX_CHARS_PER_TOKEN;
  const cap = (chars, tokens2) => strBound(Math.min(chars, outChars), Math.min(tokens2, maxTokens), where, from);
  const s = schema ?? {};
  const type = Array.isArray(s["type"]) ? s["type"].find((t3) => t3 !== "null") : s["type"];
  if (Array.isArray(s["enum"]) && s["enum"].every((x) => typeof x === "string")) {
    const longest = Math.max(0, ...s["enum"].map((x) => x.length));
    return strBound(longest, Math.ceil(longest / CHARS_PER_TOKEN) + 1, `${where}: one of its enum values`, from);
  }
  switch (type) {
    case "object": {
      const props = {};
      const p = s["properties"] ?? {};
      for (const [k2, v3] of Object.entries(p)) props[k2] = fromSchema(v3, maxTokens, `${where}.${k2}`, from);
      return withFrom({ k: "obj", props, closed: true, schemaOf: where }, from);
    }
    case "array": {
      const max2 = typeof s["maxItems"] === "number" ? s["maxItems"] : Infinity;
      return withFrom({ k: "arr", max: max2, elem: fromSchema(s["items"], maxTokens, `${where}[]`, from), why: max2 === Infinity ? `the schema of ${where} sets no maxItems` : `the schema of ${where} says maxItems: ${max2}` }, from);
    }
    case "string": {
      const ml2 = typeof s["maxLength"] === "number" ? s["maxLength"] : Infinity;
      return ml2 === Infinity ? cap(outChars, maxTokens) : cap(ml2, Math.ceil(ml2 / CHARS_PER_TOKEN) + 1);
    }
    case "number":
    case "integer":
      return withFrom({ k: "num", max: typeof s["maximum"] === "number" ? s["maximum"] : Infinity }, from);
    case "boolean":
      return withFrom(BOOL, from);
    case "null":
      return withFrom(NULL, from);
    default:
      return cap(outChars, maxTokens);
  }
}
function fromArgsSchema(schema, where = "args") {
  const s = schema ?? {};
  const type = Array.isArray(s["type"]) ? s["type"].find((t3) => t3 !== "null") : s["type"];
  if (Array.isArray(s["enum"]) && s["enum"].every((x) => typeof x === "string")) {
    const longest = Math.max(0, ...s["enum"].map((x) => x.length));
    return strBound(longest, Math.ceil(longest / CHARS_PER_TOKEN) + 1, `\`${where}\`: one of its enum values`);
  }
  switch (type) {
    case "object": {
      const props = {};
      for (const [k2, v3] of Object.entries(s["properties"] ?? {})) props[k2] = fromArgsSchema(v3, `${where}.${k2}`);
      return { k: "obj", props, closed: s["additionalProperties"] === false, schemaOf: `\`${where}\`` };
    }
    case "array": {
      const max2 = typeof s["maxItems"] === "number" ? s["maxItems"] : Infinity;
      return { k: "arr", max: max2, elem: fromArgsSchema(s["items"], `${where}[]`), why: max2 === Infinity ? `the schema of \`${where}\` sets no maxItems` : `\`${where}\` has maxItems: ${max2}` };
    }
    case "string": {
      const ml2 = typeof s["maxLength"] === "number" ? s["maxLength"] : Infinity;
      return ml2 === Infinity ? strBound(Infinity, Infinity, `\`${where}\` has no maxLength`) : strBound(ml2, Math.ceil(ml2 / CHARS_PER_TOKEN) + 1, `\`${where}\` has maxLength: ${ml2}`);
    }
    case "number":
    case "integer":
      return { k: "num", max: typeof s["maximum"] === "number" ? s["maximum"] : Infinity };
    case "boolean":
      return BOOL;
    default:
      return { k: "any", why: `\`${where}\` has no schema type` };
  }
}

// compiler/analysis/schema.ts
var types = /* @__PURE__ */ new Set(["object", "array", "string", "number", "integer", "boolean", "null"]);
var sizeKeys = ["maxItems", "minItems", "maxLength", "minLength", "maxProperties", "minProperties"];
function checkSchema(schema, span, r, once) {
  const s = schema;
  if (!s || typeof s !== "object" || Array.isArray(s) || s["type"] !== "object" || typeof s["properties"] !== "object" || s["properties"] === null) {
    once(
      "WF4001",
      span,
      () => r.error("WF4001", span, "an agent's schema must have `type: 'object'` and `properties` at its root", {
        help: "wrap the value: `{ type: 'object', properties: { items: { type: 'array', \u2026 } }, required: ['items'] }`"
      })
    );
    return;
  }
  walk2(s, "", span, r, once);
}
function walk2(s, path, span, r, once) {
  const where = path || "the root";
  const t3 = s["type"];
  const ts2 = Array.isArray(t3) ? t3 : t3 === void 0 ? [] : [t3];
  for (const x of ts2) {
    if (typeof x !== "string" || !types.has(x)) {
      once("WF4003", span, () => r.error("WF4003", span, `schema type \`${String(x)}\` at ${where} is not a JSON Schema type`, { help: `use one of ${[...types].join(", ")}` }));
    }
  }
  for (const k2 of sizeKeys) {
    const v3 = s[k2];
    if (v3 !== void 0 && (typeof v3 !== "number" || !Number.isInteger(v3) || v3 < 0)) {
      once("WF4003", span, () => r.error("WF4003", span, `\`${k2}\` at ${where} must be a whole number`));
    }
  }
  if (typeof s["minItems"] === "number" && typeof s["maxItems"] === "number" && s["minItems"] > s["maxItems"]) {
    once("WF4003", span, () => r.error("WF4003", span, `\`minItems\` is greater than \`maxItems\` at ${where}: no value can satisfy it`));
  }
  const props = s["properties"];
  if (props !== void 0) {
    if (typeof props !== "object" || props === null || Array.isArray(props)) {
      once("WF4003", span, () => r.error("WF4003", span, `\`properties\` at ${where} must be an object`));
    } else {
      const req = s["required"];
      if (req !== void 0) {
        if (!Array.isArray(req)) once("WF4002", span, () => r.error("WF4002", span, `\`required\` at ${where} must be an array of property names`));
        else
          for (const name of req) {
            if (typeof name !== "string" || !(name in props)) {
              once(
                "WF4002",
                span,
                () => r.error("WF4002", span, `\`required\` at ${where} names \`${String(name)}\`, which is not in \`properties\``, { help: `define \`${String(name)}\` under \`properties\` or remove it from \`required\`` })
              );
            }
          }
      }
      for (const [k2, v3] of Object.entries(props)) if (v3 && typeof v3 === "object" && !Array.isArray(v3)) walk2(v3, path ? `${path}.${k2}` : k2, span, r, once);
    }
  }
  const items = s["items"];
  if (items && typeof items === "object" && !Array.isArray(items)) walk2(items, `${path}[]`, span, r, once);
}

// compiler/analysis/analyze.ts
var MAX_PARALLEL_ITEMS = 4096;
var arrayMethodNames = /* @__PURE__ */ new Set(["slice", "map", "flatMap", "filter", "forEach", "some", "every", "find", "findIndex", "sort", "reduce", "join", "concat", "flat", "includes", "indexOf", "at", "entries"]);
var EFFORT_CAPS = { low: { fanOut: 8, concurrency: 4 }, medium: { fanOut: 64, concurrency: 8 }, high: { fanOut: 1e3, concurrency: 16 } };
var AGENT_DEFAULTS = { maxTokens: 4096, timeoutMs: 3e5, attempts: 3 };
var REQUEST_OVERHEAD_TOKENS = 100;
var agentOptionNames = ["label", "phase", "schema", "model", "effort", "isolation", "agentType", "maxTokens", "timeoutMs", "attempts", "inputTokens", "system", "disallowedTools", "bashCommandClamp", "stallMs"];
var gateOptionNames = ["onFail", "attempts", "each", "label", "phase"];
var retryOptionNames = ["attempts", "backoffMs", "factor", "label"];
function analyze(program, source, meta, sites, r, options) {
  return new Analyzer(program, source, meta, sites, r, options).run();
}
var Analyzer = class {
  constructor(program, source, meta, sites, r, options) {
    this.program = program;
    this.source = source;
    this.meta = meta;
    this.sites = sites;
    this.r = r;
    this.options = options;
    this.root = newStage("serial", "plan", meta?.name || "plan", null, program.span, null);
    const effort = options.effort ?? meta?.effort;
    const caps = effort ? EFFORT_CAPS[effort] : EFFORT_CAPS.high;
    this.fanOutCap = caps.fanOut;
    this.concurrency = Math.min(caps.concurrency, meta?.budget?.concurrency ?? 16, 16);
    this.defaults = { ...AGENT_DEFAULTS, ...meta?.defaults ?? {} };
  }
  program;
  source;
  meta;
  sites;
  r;
  options;
  root;
  fanOutCap;
  concurrency;
  defaults;
  /** Reported spans, so a body interpreted under several call paths reports each problem once. */
  reported = /* @__PURE__ */ new Set();
  run() {
    const env = new Env(null);
    env.declare("args", this.meta?.args ? fromArgsSchema(this.meta.args) : ANY("`args` has no schema in `meta.args`"), "const");
    env.declare("budget", { k: "obj", props: { total: num() }, closed: false }, "const");
    const ctx = { container: this.root, prefix: "", phase: null, calls: [], returns: [] };
    this.block(this.program.body, env, ctx, true);
    const returnFrom = fromOf(...ctx.returns) ?? [];
    return { root: this.root, returnFrom, fanOutCap: this.fanOutCap, concurrency: this.concurrency };
  }
  // ------------------------------------------------------------------ reporting
  /** While > 0, the analysis is exploring (a loop's first pass): nothing is reported. */
  muted = 0;
  once(code, span, f) {
    if (this.muted > 0) return;
    const key = `${code}:${span.start}:${span.end}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    f();
  }
  text(n2) {
    const t3 = textOf(this.source, n2);
    return t3.length > 60 ? t3.slice(0, 57) + "\u2026" : t3;
  }
  // ------------------------------------------------------------------ statements
  block(body, parent, ctx, isRoot = false) {
    const env = isRoot ? parent : new Env(parent);
    for (const s of body) if (s.type === "FunctionDeclaration") env.declare(s.id.name, this.closure(s, env, ctx, s.id.name), "fn");
    for (const s of body) this.stmt(s, env, ctx);
    return env;
  }
  stmt(s, env, ctx) {
    switch (s.type) {
      case "ExportNamedDeclaration":
        return;
      // meta: data, not work
      case "VariableDeclaration":
        for (const d of s.declarations) {
          const v3 = d.init ? this.expr(d.init, env, ctx) : UNDEF;
          this.bind(d.id, v3, env, s.kind, ctx);
        }
        return;
      case "FunctionDeclaration":
        return;
      // hoisted
      case "ExpressionStatement":
        this.expr(s.expression, env, ctx);
        return;
      case "ReturnStatement":
        ctx.returns.push(s.argument ? this.await(this.expr(s.argument, env, ctx)) : UNDEF);
        return;
      case "ThrowStatement":
        this.expr(s.argument, env, ctx);
        return;
      case "BlockStatement":
        this.block(s.body, env, ctx);
        return;
      case "IfStatement":
        this.ifStmt(s, env, ctx);
        return;
      case "ForOfStatement":
        this.forOf(s, env, ctx);
        return;
      case "ForStatement":
        this.forCounted(s, env, ctx);
        return;
      case "WhileStatement":
        this.whileLoop(s, env, ctx);
        return;
      case "TryStatement": {
        this.block(s.block.body, env, ctx);
        if (s.handler) {
          const henv = new Env(env);
          if (s.handler.param) this.bind(s.handler.param, { k: "obj", props: { message: strBound(2e3, 700, "an error message") }, closed: false }, henv, "let", ctx);
          this.block(s.handler.body.body, henv, ctx);
        }
        if (s.finalizer) this.block(s.finalizer.body, env, ctx);
        return;
      }
      default:
        return;
    }
  }
  bind(p, v3, env, kind, ctx) {
    switch (p.type) {
      case "Identifier":
        env.declare(p.name, v3, kind);
        return;
      case "AssignmentPattern": {
        const d = this.expr(p.right, env, ctx);
        this.bind(p.left, v3.k === "undef" ? d : join(v3, d), env, kind, ctx);
        return;
      }
      case "ObjectPattern":
        for (const prop of p.properties) {
          if (prop.type === "RestElement") this.bind(prop.argument, v3, env, kind, ctx);
          else {
            const key = !prop.computed && prop.key.type === "Identifier" ? prop.key.name : prop.key.type === "StringLiteral" ? prop.key.value : void 0;
            this.bind(prop.value, key !== void 0 ? this.prop(v3, key, prop.key.span) : withFrom(ANY("a computed key"), v3.from), env, kind, ctx);
          }
        }
        return;
      case "ArrayPattern":
        p.elements.forEach((el2, i) => {
          if (!el2) return;
          if (el2.type === "RestElement") this.bind(el2.argument, v3, env, kind, ctx);
          else this.bind(el2, this.index(v3, i), env, kind, ctx);
        });
        return;
      case "RestElement":
        this.bind(p.argument, v3, env, kind, ctx);
        return;
    }
  }
  ifStmt(s, env, ctx) {
    this.expr(s.test, env, ctx);
    this.branches(s.span, ctx, env, [(c2, e) => this.stmt(s.consequent, e, c2), ...s.alternate ? [(c2, e) => this.stmt(s.alternate, e, c2)] : []]);
  }
  /** Runs each arm in its own child of a branch stage, then joins the variables the arms assigned. */
  branches(span, ctx, env, arms) {
    const branch = newStage("branch", joinId(ctx.prefix, `branch@${span.start}`), "branch", ctx.container, span, ctx.phase);
    const before = snapshot(env);
    const results = [];
    const after = [];
    arms.forEach((arm, i) => {
      restore(env, before);
      const armStage = newStage("serial", `${branch.id}/arm${i}`, i === 0 ? "then" : "else", branch, span, ctx.phase);
      const v3 = arm({ ...ctx, container: armStage }, new Env(env));
      if (v3) results.push(v3);
      after.push(snapshot(env));
    });
    for (const [name, av] of before) {
      let joined = av;
      for (const a of after) joined = join(joined, a.get(name) ?? av);
      env.assign(name, joined);
    }
    if (!hasAgents(branch)) detachIfEmpty(branch);
    else this.rekeyBranch(branch, ctx);
    return results;
  }
  /** Branch ids use the statement's offset while building; give them a structural key instead. */
  rekeyBranch(branch, ctx) {
    const siblings = branch.parent.children.filter((c2) => c2.kind === "branch" && c2 !== branch).length;
    const id2 = joinId(ctx.prefix, siblings ? `branch#${siblings + 1}` : "branch");
    const old = branch.id;
    const fix = (s) => {
      if (s.id.startsWith(old)) s.id = id2 + s.id.slice(old.length);
      s.children.forEach(fix);
    };
    if (branch.parent.children.some((c2) => c2 !== branch && c2.id === id2)) return;
    fix(branch);
  }
  loopStage(node, iterations, why, ctx) {
    const id2 = joinId(ctx.prefix, this.sites.rel.get(node) ?? "loop");
    const loop = newStage("loop", id2, id2.split("/").pop(), ctx.container, node.span, ctx.phase);
    loop.iterations = iterations;
    loop.derivations.push({ quantity: "iterations", value: iterations, because: why });
    return loop;
  }
  /** Interprets a loop body once and scales what `let` accumulators gained by the iteration bound. */
  loopBody(loop, iterations, env, ctx, run) {
    const before = snapshot(env);
    const scratch2 = newStage("serial", `${loop.id}/scratch`, "scratch", null, loop.span, ctx.phase);
    this.muted++;
    try {
      run({ ...ctx, container: scratch2, returns: [] }, new Env(env));
    } finally {
      this.muted--;
    }
    const widened = /* @__PURE__ */ new Map();
    for (const [name, old] of before) {
      const now = env.lookup(name)?.av;
      widened.set(name, now ? scaleGrowth(old, now, iterations) : old);
    }
    restore(env, widened);
    const body = newStage("serial", `${loop.id}/body`, "body", loop, loop.span, ctx.phase);
    run({ ...ctx, container: body }, new Env(env));
    if (!hasAgents(loop)) detachIfEmpty(loop);
  }
  forOf(s, env, ctx) {
    const arr = this.await(this.expr(s.right, env, ctx));
    const bound = arr.k === "arr" ? arr.max : arr.k === "str" ? arr.chars : Infinity;
    const why = arr.k === "arr" ? arr.why : `\`${this.text(s.right)}\` is not a bounded array`;
    if (bound === Infinity) {
      this.once(
        "WF3103",
        s.right.span,
        () => this.r.error("WF3103", s.right.span, `loop over \`${this.text(s.right)}\` has no bound`, {
          label: "length unknown",
          notes: [why],
          help: "bound the array: add `maxItems` to its schema, or iterate `.slice(0, N)` (and log what was dropped)"
        })
      );
    }
    const iterations = Number.isFinite(bound) ? bound : 1;
    const loop = this.loopStage(s, iterations, why, ctx);
    this.loopBody(loop, iterations, env, ctx, (c2, e) => {
      const elem = arr.k === "arr" ? withFrom(arr.elem, arr.from) : strBound(1, 1);
      for (const d of s.left.declarations) this.bind(d.id, elem, e, s.left.kind === "const" ? "const" : "let", c2);
      this.stmt(s.body, e, c2);
    });
  }
  forCounted(s, env, ctx) {
    const loopEnv = new Env(env);
    let start;
    let counter;
    if (s.init?.type === "VariableDeclaration") {
      for (const d of s.init.declarations) {
        const v3 = d.init ? this.expr(d.init, loopEnv, ctx) : UNDEF;
        this.bind(d.id, v3, loopEnv, "let", ctx);
        if (d.id.type === "Identifier" && counter === void 0) {
          counter = d.id.name;
          start = v3.k === "num" ? v3.v : void 0;
        }
      }
    } else if (s.init) this.expr(s.init, loopEnv, ctx);
    const { iterations, why } = this.countedBound(s, counter, start, loopEnv, ctx);
    if (iterations === Infinity) {
      this.once(
        "WF3103",
        (s.test ?? s).span,
        () => this.r.error("WF3103", (s.test ?? s).span, "loop has no static iteration bound", {
          notes: [why],
          help: "write `for (let i = 0; i < N; i++)` with a literal or `const` N"
        })
      );
    }
    const n2 = Number.isFinite(iterations) ? iterations : 1;
    const loop = this.loopStage(s, n2, why, ctx);
    this.loopBody(loop, n2, loopEnv, ctx, (c2, e) => {
      if (counter) e.declare(counter, { k: "num", max: start !== void 0 && Number.isFinite(iterations) ? start + iterations : Infinity }, "let");
      this.stmt(s.body, e, c2);
      if (s.update) this.expr(s.update, e, c2);
    });
  }
  countedBound(s, counter, start, env, ctx) {
    const t3 = s.test;
    if (!t3 || t3.type !== "BinaryExpression" || !counter) return { iterations: Infinity, why: "the condition is not `counter < N`" };
    const up2 = (t3.operator === "<" || t3.operator === "<=") && t3.left.type === "Identifier" && t3.left.name === counter;
    if (!up2) return { iterations: Infinity, why: `the condition is not \`${counter} < N\`` };
    const limit = this.expr(t3.right, env, ctx);
    const step = s.update && isStep(s.update, counter);
    if (!step) return { iterations: Infinity, why: `the update does not increase \`${counter}\`` };
    if (limit.k !== "num" || limit.max === Infinity || start === void 0) {
      return { iterations: Infinity, why: `\`${this.text(t3.right)}\` is not a static number` };
    }
    const n2 = Math.max(0, Math.ceil((limit.max - start + (t3.operator === "<=" ? 1 : 0)) / step));
    return { iterations: n2, why: `\`${counter}\` runs from ${start} while ${this.text(t3)} in steps of ${step}` };
  }
  whileLoop(s, env, ctx) {
    this.expr(s.test, env, ctx);
    const c2 = whileCounter(s);
    let iterations = Infinity;
    let why = "no counter bound in the condition";
    if (c2) {
      const limit = this.expr(c2.limit, env, ctx);
      const cur = env.lookup(c2.counter)?.av;
      const startV = cur?.k === "num" ? cur.v : void 0;
      if (limit.k === "num" && Number.isFinite(limit.max) && startV !== void 0) {
        iterations = Math.max(0, limit.max - startV + (c2.inclusive ? 1 : 0));
        why = `\`${c2.counter}\` starts at ${startV}, rises by at least 1 each iteration, and the loop stops at ${c2.inclusive ? "above " : ""}${limit.max}`;
      } else {
        why = `\`${this.text(c2.limit)}\` is not a static number, or \`${c2.counter}\` has no static start`;
        this.once("WF3103", c2.limit.span, () => this.r.error("WF3103", c2.limit.span, "`while` loop has no static iteration bound", { notes: [why], help: "compare the counter with a literal or a `const` number" }));
      }
    }
    const n2 = Number.isFinite(iterations) ? iterations : 1;
    const loop = this.loopStage(s, n2, why, ctx);
    this.loopBody(loop, n2, env, ctx, (c22, e) => this.stmt(s.body, e, c22));
  }
  // ------------------------------------------------------------------ expressions
  await(v3) {
    return v3.k === "promise" ? withFrom(v3.value, v3.from) : v3;
  }
  expr(e, env, ctx) {
    switch (e.type) {
      case "NumericLiteral":
        return num(e.value);
      case "StringLiteral":
        return str(e.value);
      case "BooleanLiteral":
        return { k: "bool", v: e.value };
      case "NullLiteral":
        return NULL;
      case "RegExpLiteral":
        return { k: "obj", props: {}, closed: false };
      case "Identifier":
        return this.ident(e, env);
      case "TemplateLiteral":
        return this.template(e, env, ctx);
      case "ArrayExpression":
        return this.arrayLit(e, env, ctx);
      case "ObjectExpression":
        return this.objectLit(e, env, ctx);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
        return this.closure(e, env, ctx, this.sites.helperName.get(e));
      case "AwaitExpression":
        return this.await(this.expr(e.argument, env, ctx));
      case "UnaryExpression": {
        const a = this.expr(e.argument, env, ctx);
        if (e.operator === "-" && a.k === "num") return a.v !== void 0 ? num(-a.v) : num();
        if (e.operator === "typeof") return strBound(9, 2);
        if (e.operator === "!") return withFrom(BOOL, a.from);
        return withFrom(num(), a.from);
      }
      case "UpdateExpression": {
        const a = this.expr(e.argument, env, ctx);
        if (e.argument.type === "Identifier" && a.k === "num") env.assign(e.argument.name, { k: "num", max: a.max + 1, ...a.v !== void 0 ? { v: a.v + (e.operator === "++" ? 1 : -1) } : {} });
        return a.k === "num" ? a : num();
      }
      case "BinaryExpression":
        return this.binary(e, env, ctx);
      case "LogicalExpression": {
        const l = this.expr(e.left, env, ctx);
        const [rv] = this.conditionalArms(e.span, ctx, env, [(c2, en2) => this.expr(e.right, en2, c2)], true);
        return join(l, rv ?? UNDEF);
      }
      case "ConditionalExpression": {
        this.expr(e.test, env, ctx);
        const arms = this.conditionalArms(e.span, ctx, env, [(c2, en2) => this.expr(e.consequent, en2, c2), (c2, en2) => this.expr(e.alternate, en2, c2)]);
        return arms.reduce((a, b) => join(a, b));
      }
      case "AssignmentExpression":
        return this.assign(e, env, ctx);
      case "SequenceExpression": {
        let last = UNDEF;
        for (const x of e.expressions) last = this.expr(x, env, ctx);
        return last;
      }
      case "ChainExpression":
        return this.expr(e.expression, env, ctx);
      case "MemberExpression":
        return this.member(e, env, ctx);
      case "CallExpression":
        return this.call(e, env, ctx);
      case "NewExpression":
        return this.newExpr(e, env, ctx);
      default:
        return ANY("an expression outside the language");
    }
  }
  /** Arms of `?:`/`&&`/`||` that do agent work become a branch stage; pure arms are just evaluated. */
  conditionalArms(span, ctx, env, arms, optional = false) {
    const out = this.branches(span, ctx, env, optional ? [...arms, () => UNDEF] : arms);
    return out.length ? out : [UNDEF];
  }
  ident(e, env) {
    const b = env.lookup(e.name);
    if (b) return b.av;
    if (e.name === "undefined") return UNDEF;
    if (e.name === "NaN" || e.name === "Infinity") return num();
    return { k: "any", why: `\`${e.name}\`` };
  }
  template(e, env, ctx) {
    let chars = 0;
    let tokens2 = 0;
    let exact = "";
    const from = [];
    e.quasis.forEach((q2, i) => {
      chars += q2.cooked.length;
      tokens2 += q2.cooked.length / CHARS_PER_TOKEN;
      if (exact !== void 0) exact += q2.cooked;
      const x = e.expressions[i];
      if (!x) return;
      const v3 = this.await(this.expr(x, env, ctx));
      from.push(...v3.from ?? []);
      const b = textBound(v3);
      chars += b.chars;
      tokens2 += b.tokens;
      exact = v3.k === "str" && v3.v !== void 0 && exact !== void 0 ? exact + v3.v : v3.k === "num" && v3.v !== void 0 && exact !== void 0 ? exact + String(v3.v) : void 0;
    });
    const out = { k: "str", chars, tokens: Math.ceil(tokens2), ...exact !== void 0 ? { v: exact } : {} };
    return withFrom(out, from.length ? from : void 0);
  }
  arrayLit(e, env, ctx) {
    const items = [];
    let extra = 0;
    let spreadElem;
    let why = `an array literal of ${e.elements.length} items`;
    let from;
    for (const el2 of e.elements) {
      if (!el2) continue;
      if (el2.type === "SpreadElement") {
        const v3 = this.await(this.expr(el2.argument, env, ctx));
        from = fromOf({ k: "null", ...from ? { from } : {} }, v3);
        if (v3.k === "arr") {
          extra += v3.max;
          spreadElem = spreadElem ? join(spreadElem, v3.elem) : v3.elem;
          why = `an array literal with spread of ${v3.why}`;
        } else {
          extra = Infinity;
          why = `a spread of \`${this.text(el2.argument)}\`, which is not a bounded array`;
        }
      } else items.push(this.expr(el2, env, ctx));
    }
    let elem = items.length ? items.reduce((a, b) => join(a, b)) : spreadElem ?? UNDEF;
    if (spreadElem && items.length) elem = join(elem, spreadElem);
    const out = { k: "arr", max: items.length + extra, elem, why, ...extra === 0 ? { items } : {} };
    return withFrom(out, fromOf(...items, { k: "null", ...from ? { from } : {} }));
  }
  objectLit(e, env, ctx) {
    const props = {};
    let closed = true;
    for (const p of e.properties) {
      if (p.type === "SpreadElement") {
        const v4 = this.await(this.expr(p.argument, env, ctx));
        if (v4.k === "obj") Object.assign(props, v4.props);
        if (v4.k !== "obj" || !v4.closed) closed = false;
        continue;
      }
      const key = !p.computed ? p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : p.key.type === "NumericLiteral" ? String(p.key.value) : void 0 : void 0;
      if (p.computed) this.expr(p.key, env, ctx);
      const v3 = p.value.type === "FunctionExpression" ? this.closure(p.value, env, ctx) : this.expr(p.value, env, ctx);
      if (key === void 0) closed = false;
      else props[key] = v3;
    }
    return { k: "obj", props, closed };
  }
  closure(node, env, ctx, helper) {
    return { k: "fn", node, env, prefix: ctx.prefix, ...helper ? { helper } : {} };
  }
  binary(e, env, ctx) {
    const l = this.await(this.expr(e.left, env, ctx));
    const rr2 = this.await(this.expr(e.right, env, ctx));
    const from = fromOf(l, rr2);
    if (e.operator === "+") {
      if (l.k === "num" && rr2.k === "num") return withFrom(l.v !== void 0 && rr2.v !== void 0 ? num(l.v + rr2.v) : { k: "num", max: l.max + Math.max(rr2.max, 0) }, from);
      if (l.k === "str" || rr2.k === "str") {
        const a = textBound(l);
        const b = textBound(rr2);
        const exact = l.k === "str" && rr2.k === "str" && l.v !== void 0 && rr2.v !== void 0 ? l.v + rr2.v : void 0;
        return withFrom({ k: "str", chars: a.chars + b.chars, tokens: a.tokens + b.tokens, ...exact !== void 0 ? { v: exact } : {} }, from);
      }
      return withFrom(num(), from);
    }
    if (["-", "*", "/", "%", "**"].includes(e.operator)) {
      if (l.k === "num" && rr2.k === "num" && l.v !== void 0 && rr2.v !== void 0) {
        const f = { "-": l.v - rr2.v, "*": l.v * rr2.v, "/": l.v / rr2.v, "%": l.v % rr2.v, "**": l.v ** rr2.v };
        return num(f[e.operator]);
      }
      if (e.operator === "*" && l.k === "num" && rr2.k === "num") return { k: "num", max: l.max * rr2.max };
      if (e.operator === "-" && l.k === "num") return { k: "num", max: l.max };
      return withFrom(num(), from);
    }
    return withFrom(BOOL, from);
  }
  assign(e, env, ctx) {
    const right = this.expr(e.right, env, ctx);
    if (e.left.type === "Identifier") {
      const cur = env.lookup(e.left.name)?.av ?? UNDEF;
      let v3 = right;
      if (e.operator === "+=") {
        v3 = this.binary({ type: "BinaryExpression", operator: "+", left: e.left, right: e.right, span: e.span }, env, ctx);
      } else if (e.operator !== "=") v3 = join(cur, right);
      env.assign(e.left.name, v3);
      return v3;
    }
    if (e.left.type === "MemberExpression") {
      const base = e.left.object.type === "Identifier" ? env.lookup(e.left.object.name)?.av : void 0;
      if (base?.k === "obj" && !e.left.computed && e.left.property.type === "Identifier") base.props[e.left.property.name] = base.props[e.left.property.name] ? join(base.props[e.left.property.name], right) : right;
      else if (base?.k === "obj") base.closed = false;
      return right;
    }
    this.bind(e.left, right, env, "let", ctx);
    return right;
  }
  prop(v3, key, span, optional = false) {
    switch (v3.k) {
      case "obj": {
        const p = v3.props[key];
        if (p) return withFrom(p, v3.from);
        if (v3.closed && v3.schemaOf && !optional) {
          const hint = didYouMean(key, Object.keys(v3.props));
          this.once(
            "WF4004",
            span,
            () => this.r.error("WF4004", span, `\`${key}\` is not a field of ${v3.schemaOf}`, {
              label: "not in the schema",
              help: hint ? `did you mean \`${hint}\`?` : `its fields are ${Object.keys(v3.props).map((k2) => "`" + k2 + "`").join(", ") || "none"}`
            })
          );
        }
        return withFrom(v3.closed ? UNDEF : ANY(`the field \`${key}\``), v3.from);
      }
      case "arr":
        if (key === "length") return withFrom({ k: "num", max: v3.max }, v3.from);
        return withFrom(ANY(`\`.${key}\` of an array`), v3.from);
      case "str":
        if (key === "length") return withFrom({ k: "num", max: v3.chars, ...v3.v !== void 0 ? { v: v3.v.length } : {} }, v3.from);
        return withFrom(ANY(`\`.${key}\` of a string`), v3.from);
      case "promise":
        return ANY("a field of a promise: did you forget `await`?");
      default:
        return withFrom(ANY(`the field \`${key}\``), v3.from);
    }
  }
  index(v3, i) {
    if (v3.k === "arr") {
      if (i !== void 0 && v3.items && v3.items[i]) return withFrom(v3.items[i], v3.from);
      return withFrom(join(v3.elem, UNDEF), v3.from);
    }
    if (v3.k === "str") return withFrom(strBound(2, 1), v3.from);
    if (v3.k === "obj") return withFrom(Object.values(v3.props).reduce((a, b) => join(a, b), v3.closed ? UNDEF : ANY("an indexed field")), v3.from);
    return withFrom(ANY("an indexed value"), v3.from);
  }
  member(e, env, ctx) {
    const obj = this.expr(e.object, env, ctx);
    if (e.computed) {
      const k2 = this.expr(e.property, env, ctx);
      if (k2.k === "str" && k2.v !== void 0) return this.prop(obj, k2.v, e.property.span, e.optional);
      return this.index(obj, k2.k === "num" ? k2.v : void 0);
    }
    return this.prop(obj, e.property.name, e.property.span, e.optional);
  }
  newExpr(e, env, ctx) {
    const args = e.arguments.map((a) => this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx));
    if (e.callee.type === "Identifier" && (e.callee.name === "Set" || e.callee.name === "Map")) {
      const src = args[0];
      return { k: "obj", props: { size: { k: "num", max: src?.k === "arr" ? src.max : Infinity } }, closed: false, ...src?.k === "arr" ? { schemaOf: void 0 } : {} };
    }
    if (e.callee.type === "Identifier" && e.callee.name === "Error") return { k: "obj", props: { message: args[0] ?? str("") }, closed: false };
    return ANY(`\`new ${this.text(e.callee)}\``);
  }
  // ------------------------------------------------------------------ calls
  call(e, env, ctx) {
    const callee = e.callee;
    if (callee.type === "Identifier" && !env.lookup(callee.name)) {
      switch (callee.name) {
        case "agent":
          return this.agentCall(e, env, ctx);
        case "parallel":
          return this.parallelCall(e, env, ctx);
        case "pipeline":
          return this.pipelineCall(e, env, ctx);
        case "gate":
          return this.gateCall(e, env, ctx);
        case "retry":
          return this.retryCall(e, env, ctx);
        case "workflow":
          return this.workflowCall(e, env, ctx);
        case "phase": {
          const t3 = this.expr(e.arguments[0], env, ctx);
          ctx.phase = t3.k === "str" && t3.v !== void 0 ? t3.v : ctx.phase;
          return UNDEF;
        }
        case "log":
          e.arguments.forEach((a) => this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx));
          return UNDEF;
        case "String":
          return this.stringOf(this.expr(e.arguments[0], env, ctx));
        case "Number":
        case "parseInt":
        case "parseFloat":
          e.arguments.forEach((a) => this.expr(a, env, ctx));
          return num();
        case "Boolean":
          return BOOL;
      }
    }
    if (callee.type === "MemberExpression" && !callee.computed) {
      const path = memberPath(callee);
      const name = callee.property.name;
      if (path && /^(JSON|Math|Object|Array|Number|Promise|console)\./.test(path) && !env.lookup(path.split(".")[0])) return this.builtin(path, e, env, ctx);
      const recv = this.expr(callee.object, env, ctx);
      return this.method(recv, name, e, env, ctx);
    }
    const fn2 = this.expr(callee, env, ctx);
    const args = e.arguments.map((a) => a.type === "SpreadElement" ? this.expr(a.argument, env, ctx) : this.expr(a, env, ctx));
    if (fn2.k === "fn") {
      const siteKey = this.sites.rel.get(e);
      const prefix = fn2.helper && siteKey !== void 0 ? joinId(ctx.prefix, siteKey) : fn2.prefix;
      return this.invoke(fn2, args, ctx, prefix);
    }
    return withFrom(ANY(`the result of \`${this.text(callee)}()\``), fromOf(...args));
  }
  /** Runs a closure's body with bound parameters; helpers are expanded with recursion detection. */
  invoke(fn2, args, ctx, prefix) {
    if (fn2.helper && ctx.calls.includes(fn2.helper)) return ANY("a recursive call");
    if (ctx.calls.length > 32) return ANY("helpers nested too deeply");
    const env = new Env(fn2.env);
    fn2.node.params.forEach((p, i) => this.bind(p, args[i] ?? UNDEF, env, "param", ctx));
    const inner = { ...ctx, prefix, calls: fn2.helper ? [...ctx.calls, fn2.helper] : ctx.calls, returns: [] };
    let result;
    if (fn2.node.body.type === "BlockStatement") {
      this.block(fn2.node.body.body, env, inner);
      result = inner.returns.length ? inner.returns.reduce((a, b) => join(a, b)) : UNDEF;
    } else result = this.expr(fn2.node.body, env, inner);
    ctx.phase = inner.phase;
    return fn2.node.async ? { k: "promise", value: this.await(result), ...result.from ? { from: result.from } : {} } : result;
  }
  stringOf(v3) {
    const b = textBound(this.await(v3));
    return withFrom({ k: "str", chars: b.chars, tokens: b.tokens }, v3.from);
  }
  opts(e, index, env, ctx, known, what) {
    const a = e.arguments[index];
    const values = {};
    const literals = {};
    if (!a) return { values, literals };
    if (a.type !== "ObjectExpression") {
      const v3 = this.expr(a, env, ctx);
      if (v3.k === "obj") Object.assign(values, v3.props);
      return { values, literals };
    }
    for (const p of a.properties) {
      if (p.type === "SpreadElement") {
        const v3 = this.expr(p.argument, env, ctx);
        if (v3.k === "obj") Object.assign(values, v3.props);
        continue;
      }
      const key = !p.computed && p.key.type === "Identifier" ? p.key.name : !p.computed && p.key.type === "StringLiteral" ? p.key.value : void 0;
      if (key === void 0) continue;
      if (!known.includes(key)) {
        const hint = didYouMean(key, known);
        this.once(
          "WF2002",
          p.key.span,
          () => this.r.error("WF2002", p.key.span, `unknown ${what} option \`${key}\``, { help: hint ? `did you mean \`${hint}\`?` : `${what} options are ${known.join(", ")}` })
        );
      }
      values[key] = this.expr(p.value, env, ctx);
      const lit = literalValue(p.value, env);
      if (lit !== void 0) literals[key] = lit;
    }
    return { values, literals, node: a };
  }
  agentCall(e, env, ctx) {
    const promptNode = e.arguments[0];
    const promptAv = promptNode && promptNode.type !== "SpreadElement" ? this.await(this.expr(promptNode, env, ctx)) : str("");
    const { values, literals } = this.opts(e, 1, env, ctx, agentOptionNames, "`agent`");
    const id2 = joinId(ctx.prefix, this.sites.rel.get(e) ?? "agent");
    const labelV = values["label"];
    const label = labelV?.k === "str" && labelV.v !== void 0 ? labelV.v : staticLabel(optionNode(e, 1, "label")) ?? id2.split("/").pop();
    const phaseV = values["phase"];
    const phase = phaseV?.k === "str" && phaseV.v !== void 0 ? phaseV.v : ctx.phase;
    const stage = newStage("agent", id2, label, ctx.container, e.span, phase);
    const numOpt = (k2, max2) => {
      const v3 = values[k2];
      if (!v3) return void 0;
      if (v3.k !== "num" || v3.v === void 0 || !(v3.v > 0) || !Number.isInteger(v3.v)) {
        this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, k2)?.span ?? e.span, `\`${k2}\` must be a positive whole number known before the run`, { help: `write a literal, e.g. \`${k2}: ${AGENT_DEFAULTS[k2] ?? 1e3}\`` }));
        return void 0;
      }
      if (max2 !== void 0 && v3.v > max2) {
        this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, k2)?.span ?? e.span, `\`${k2}\` is at most ${max2}`));
        return max2;
      }
      return v3.v;
    };
    const maxTokens = numOpt("maxTokens") ?? this.defaults.maxTokens;
    const timeoutMs = numOpt("timeoutMs") ?? this.defaults.timeoutMs;
    const attempts = numOpt("attempts", 10) ?? this.defaults.attempts;
    const declaredInput = numOpt("inputTokens");
    const modelV = values["model"];
    const written = modelV?.k === "str" && modelV.v !== void 0 ? modelV.v : modelV ? void 0 : this.defaults.model;
    if (modelV && !(modelV.k === "str" && modelV.v !== void 0)) {
      this.once("WF2003", e.span, () => this.r.error("WF2003", optionNode(e, 1, "model")?.span ?? e.span, "`model` must be a string known before the run", { help: "write `model: 'haiku'`, `'sonnet'` or `'opus'`" }));
    }
    const pricing = this.options.pricing;
    const priced = written ? resolveModel(pricing, written) : mostExpensive(pricing);
    if (written && !pricing.prices[priced]) {
      const hint = didYouMean(written, [...Object.keys(pricing.aliases), ...Object.keys(pricing.prices)]);
      this.once(
        "WF2003",
        e.span,
        () => this.r.error("WF2003", optionNode(e, 1, "model")?.span ?? e.span, `unknown model \`${written}\``, { help: hint ? `did you mean \`${hint}\`?` : "use an alias (`opus`, `sonnet`, `haiku`) or add the model to `pricing` in wfc.config.json" })
      );
    }
    const effortV = values["effort"];
    stage.model = modelV ? written ?? null : this.defaults.model ?? null;
    stage.pricedModel = priced;
    stage.effort = effortV?.k === "str" && effortV.v !== void 0 ? effortV.v : null;
    stage.attempts = attempts;
    stage.timeoutMs = timeoutMs;
    stage.outTokens = maxTokens;
    let schema = null;
    if (values["schema"]) {
      const lit = literals["schema"] ?? literalFromAv(values["schema"]);
      if (lit === void 0) {
        this.once("WF4003", e.span, () => this.r.error("WF4003", optionNode(e, 1, "schema")?.span ?? e.span, "`schema` must be a literal object (or a `const` bound to one)", { help: "declare the schema as a `const` object literal" }));
      } else {
        schema = lit;
        checkSchema(lit, optionNode(e, 1, "schema")?.span ?? e.span, this.r, (code, span, f) => this.once(code, span, f));
      }
    }
    stage.schema = schema;
    const options = {};
    for (const [k2, v3] of Object.entries(literals)) if (k2 !== "schema" && k2 !== "label") options[k2] = v3;
    stage.options = options;
    const prompt = this.promptInfo(promptNode, env, ctx, promptAv);
    stage.prompt = prompt.info;
    for (const f of promptAv.from ?? []) stage.reads.add(f);
    const schemaTokens = schema ? Math.ceil(JSON.stringify(schema).length / CHARS_PER_TOKEN) : 0;
    let inTokens = prompt.tokens + schemaTokens + REQUEST_OVERHEAD_TOKENS;
    let why = `${prompt.info.staticChars} static characters at ${CHARS_PER_TOKEN} per token, ${prompt.info.holes.length} interpolated value(s), ${schemaTokens} for the schema, ${REQUEST_OVERHEAD_TOKENS} for the request framing`;
    if (declaredInput !== void 0) {
      inTokens = declaredInput;
      why = `declared with \`inputTokens: ${declaredInput}\``;
    } else if (!Number.isFinite(inTokens)) {
      const hole = prompt.info.holes.find((h2) => !Number.isFinite(h2.maxChars));
      this.once(
        "WF3105",
        promptNode?.span ?? e.span,
        () => this.r.error("WF3105", hole ? holeSpan(promptNode, hole) ?? e.span : e.span, `the prompt's size has no bound: \`${hole?.expression ?? "?"}\` can be any length`, {
          label: "size unknown",
          notes: [hole?.because ?? "an interpolated value has no bound"],
          help: "bound it: `maxLength` in its schema, `.slice(0, N)`, or declare the prompt size with `inputTokens: N`"
        })
      );
      inTokens = REQUEST_OVERHEAD_TOKENS + schemaTokens + Math.ceil(prompt.info.staticChars / CHARS_PER_TOKEN);
      why += " (unbounded values counted as 0: the bound is not sound until they are bounded)";
    }
    stage.inTokens = inTokens;
    stage.derivations.push(
      { quantity: "inputTokens", value: inTokens, because: why },
      { quantity: "outputTokens", value: maxTokens, because: values["maxTokens"] ? "`maxTokens` as written" : `the default maxTokens (${maxTokens})` },
      { quantity: "attempts", value: attempts, because: values["attempts"] ? "`attempts` as written" : `the default (${attempts}): schema-invalid or transiently failed answers are re-asked` },
      { quantity: "latencyMs", value: timeoutMs * attempts, because: `timeout ${timeoutMs} ms per attempt \xD7 ${attempts} attempts` },
      { quantity: "model", value: 0, because: written ? `\`${written}\` priced as ${priced}` : `inherits the session model: priced as ${priced}, the most expensive known model` }
    );
    const value = schema ? fromSchema(schema, maxTokens, `the output of \`${label}\``, [id2]) : strBound(maxTokens * MAX_CHARS_PER_TOKEN, maxTokens, `the text output of \`${label}\` (at most ${maxTokens} tokens)`, [id2]);
    return { k: "promise", value: join(value, NULL), stage, from: [id2] };
  }
  promptInfo(node, env, ctx, av) {
    if (!node || node.type === "SpreadElement") return { info: { template: "", staticChars: 0, holes: [] }, tokens: 0 };
    const holes = [];
    let staticChars = 0;
    let template = "";
    const parts = flattenConcat(node);
    for (const part of parts) {
      if (part.type === "StringLiteral") {
        staticChars += part.value.length;
        template += part.value;
      } else if (part.type === "TemplateLiteral") {
        part.quasis.forEach((q2, i) => {
          staticChars += q2.cooked.length;
          template += q2.cooked;
          const x = part.expressions[i];
          if (x) {
            const v3 = this.await(this.exprQuiet(x, env, ctx));
            const b = textBound(v3);
            const exprText = textOf(this.source, x);
            holes.push({ expression: exprText, maxChars: b.chars, because: b.why });
            template += "${" + exprText + "}";
          }
        });
      } else {
        const v3 = this.await(this.exprQuiet(part, env, ctx));
        const b = textBound(v3);
        const exprText = textOf(this.source, part);
        holes.push({ expression: exprText, maxChars: b.chars, because: b.why });
        template += "${" + exprText + "}";
      }
    }
    void av;
    const holeTokens = holes.reduce((s, h2) => s + (Number.isFinite(h2.maxChars) ? boundTokens(h2, av) : Infinity), 0);
    return { info: { template, staticChars, holes }, tokens: Math.ceil(staticChars / CHARS_PER_TOKEN) + holeTokens };
  }
  /** Re-evaluates a prompt part for its bound without re-recording agent stages it contains. */
  exprQuiet(e, env, ctx) {
    const scratch2 = newStage("serial", "scratch", "scratch", null, e.span, null);
    return this.expr(e, env, { ...ctx, container: scratch2 });
  }
  thunksOf(v3, callSpan, what) {
    if (v3.k === "any") {
      this.once(
        "WF3101",
        callSpan,
        () => this.r.error("WF3101", callSpan, `\`${what}\` over a value with no known bound`, {
          label: "length unknown",
          notes: [`it comes from ${v3.why}`],
          help: "declare the input's schema in `meta.args` with `maxItems`, or take `.slice(0, N)` (and `log` what was dropped)"
        })
      );
      return void 0;
    }
    if (v3.k !== "arr") {
      this.once("WF2004", callSpan, () => this.r.error("WF2004", callSpan, `\`${what}\` takes an array of thunks`, { help: "write `parallel(items.map((x) => () => agent(\u2026)))`" }));
      return void 0;
    }
    const elems = v3.items ?? [v3.elem];
    const fns = elems.filter((x) => x.k === "fn");
    if (fns.length === 0 && (v3.max > 0 || elems.length > 0)) {
      const promises = elems.some((x) => x.k === "promise");
      this.once(
        "WF2004",
        callSpan,
        () => this.r.error("WF2004", callSpan, promises ? `\`${what}\` takes thunks, but these are already-started promises` : `\`${what}\` takes an array of thunks`, {
          help: "wrap each call in a thunk: `() => agent(\u2026)`, so the runtime can schedule it"
        })
      );
      return void 0;
    }
    const distinct = new Set(fns.map((f) => f.node));
    return { width: v3.max, why: v3.why, fns: distinct.size > 1 ? fns : fns.slice(0, 1), hetero: distinct.size > 1 };
  }
  checkWidth(width, why, node, what) {
    if (width === Infinity) {
      this.once(
        "WF3101",
        node.span,
        () => this.r.error("WF3101", node.span, `${what} over \`${this.text(node)}\` has no bound`, {
          label: "length unknown",
          notes: [why],
          help: "add `maxItems` to the schema it comes from, or take `.slice(0, N)` (and `log` what was dropped)"
        })
      );
      return 1;
    }
    if (width > MAX_PARALLEL_ITEMS) {
      this.once("WF3102", node.span, () => this.r.error("WF3102", node.span, `${what} can have ${width} items; one fan-out takes at most ${MAX_PARALLEL_ITEMS}`, { help: "split the work into batches" }));
    }
    if (width > this.fanOutCap) {
      this.once(
        "WF3204",
        node.span,
        () => this.r.error("WF3204", node.span, `${what} can have ${width} items, above the effort tier's cap of ${this.fanOutCap}`, { notes: [why], help: `slice it to ${this.fanOutCap} items, or raise \`meta.effort\`` })
      );
      return this.fanOutCap;
    }
    return width;
  }
  parallelCall(e, env, ctx) {
    const argNode = e.arguments[0];
    const arr = argNode && argNode.type !== "SpreadElement" ? this.expr(argNode, env, ctx) : ANY("no argument");
    const id2 = joinId(ctx.prefix, this.sites.rel.get(e) ?? "parallel");
    const stage = newStage("parallel", id2, id2.split("/").pop(), ctx.container, e.span, ctx.phase);
    const t3 = this.thunksOf(arr, argNode?.span ?? e.span, "parallel");
    if (!t3) return { k: "promise", value: { k: "arr", max: Infinity, elem: ANY("parallel's results"), why: "invalid parallel" } };
    const width = this.checkWidth(t3.width, t3.why, argNode ?? e, "`parallel`");
    stage.width = width;
    stage.derivations.push({ quantity: "width", value: width, because: t3.why });
    const results = [];
    if (t3.hetero) {
      t3.fns.forEach((fn2, i) => {
        const child = newStage("serial", `${id2}/${i}`, `thunk ${i + 1}`, stage, fn2.node.span, ctx.phase);
        results.push(this.await(this.invoke(fn2, [], { ...ctx, container: child }, fn2.prefix)));
      });
      stage.label = `${stage.label}`;
      stage.hetero = true;
    } else {
      const child = newStage("serial", `${id2}/item`, "item", stage, e.span, ctx.phase);
      for (const fn2 of t3.fns) results.push(this.await(this.invoke(fn2, [], { ...ctx, container: child }, fn2.prefix)));
    }
    const elem = join(results.length ? results.reduce((a, b) => join(a, b)) : UNDEF, NULL);
    const items = t3.hetero ? results.map((x) => join(x, NULL)) : void 0;
    return { k: "promise", value: { k: "arr", max: width, elem, why: `the results of \`parallel\` (${t3.why})`, ...items ? { items } : {}, ...elem.from ? { from: elem.from } : {} } };
  }
  pipelineCall(e, env, ctx) {
    const [itemsNode, ...stageNodes] = e.arguments;
    const items = itemsNode && itemsNode.type !== "SpreadElement" ? this.await(this.expr(itemsNode, env, ctx)) : ANY("no items");
    const id2 = joinId(ctx.prefix, this.sites.rel.get(e) ?? "pipeline");
    const stage = newStage("pipeline", id2, id2.split("/").pop(), ctx.container, e.span, ctx.phase);
    const rawWidth = items.k === "arr" ? items.max : Infinity;
    const why = items.k === "arr" ? items.why : `\`${itemsNode ? this.text(itemsNode) : "?"}\` is not a bounded array`;
    const width = this.checkWidth(rawWidth, why, itemsNode ?? e, "`pipeline`");
    stage.width = width;
    stage.derivations.push({ quantity: "width", value: width, because: why });
    const child = newStage("serial", `${id2}/item`, "item", stage, e.span, ctx.phase);
    const elem = items.k === "arr" ? withFrom(items.elem, items.from) : ANY("an item");
    let prev = elem;
    stageNodes.forEach((sn2) => {
      if (sn2.type === "SpreadElement") return;
      const fn2 = this.expr(sn2, env, ctx);
      if (fn2.k !== "fn") {
        this.once("WF2004", sn2.span, () => this.r.error("WF2004", sn2.span, "each `pipeline` stage must be a function `(prev, item, index) => \u2026`"));
        return;
      }
      const prefix = fn2.helper ? joinId(id2, `call:${fn2.helper}`) : fn2.prefix;
      prev = join(this.await(this.invoke(fn2, [prev, elem, { k: "num", max: width }], { ...ctx, container: child }, prefix)), NULL);
    });
    return { k: "promise", value: { k: "arr", max: width, elem: prev, why: `the results of \`pipeline\` (${why})`, ...prev.from ? { from: prev.from } : {} } };
  }
  gateCall(e, env, ctx) {
    const [valueNode, checkNode] = e.arguments;
    const { values, literals } = this.opts(e, 2, env, ctx, gateOptionNames, "`gate`");
    const onFail = literals["onFail"];
    if (onFail !== "drop" && onFail !== "abort" && onFail !== "retry") {
      this.once(
        "WF2003",
        e.span,
        () => this.r.error("WF2003", optionNode(e, 2, "onFail")?.span ?? e.span, "`gate` needs a static `onFail`: `'drop'`, `'abort'` or `'retry'`", { help: "e.g. `gate(x, check, { onFail: 'drop' })`" })
      );
    }
    const policy = onFail === "abort" || onFail === "retry" ? onFail : "drop";
    const each = literals["each"] === true;
    let attempts = 1;
    if (policy === "retry") {
      const a = values["attempts"];
      if (!a || a.k !== "num" || a.v === void 0 || a.v < 1) {
        this.once("WF3104", e.span, () => this.r.error("WF3104", e.span, "`gate` with `onFail: 'retry'` needs a static `attempts`", { help: "add `attempts: 3` (at most 10)" }));
      } else attempts = Math.min(a.v, 10);
    }
    const id2 = joinId(ctx.prefix, this.sites.rel.get(e) ?? "gate");
    const stage = newStage("gate", id2, staticLabel(optionNode(e, 2, "label")) ?? id2.split("/").pop(), ctx.container, e.span, ctx.phase);
    const checkFn = checkNode && checkNode.type !== "SpreadElement" ? this.expr(checkNode, env, ctx) : ANY("no check");
    const checkUsesAgents = () => stage.children.some(hasAgents);
    let value = valueNode && valueNode.type !== "SpreadElement" ? this.expr(valueNode, env, ctx) : UNDEF;
    let result;
    if (policy === "retry") {
      stage.attempts = attempts;
      stage.derivations.push({ quantity: "attempts", value: attempts, because: "`attempts` as written" });
      const body = newStage("serial", `${id2}/attempt`, "attempt", stage, e.span, ctx.phase);
      if (value.k === "fn") value = this.await(this.invoke(value, [], { ...ctx, container: body }, value.prefix));
      else this.once("WF2003", e.span, () => this.r.error("WF2003", valueNode?.span ?? e.span, "with `onFail: 'retry'` the gate's value must be a thunk `() => \u2026` that produces it again"));
      if (checkFn.k === "fn") this.invoke(checkFn, [value], { ...ctx, container: body }, checkFn.helper ? joinId(id2, `call:${checkFn.helper}`) : checkFn.prefix);
      result = join(value, NULL);
    } else if (each) {
      value = this.await(value);
      const rawWidth = value.k === "arr" ? value.max : Infinity;
      const why = value.k === "arr" ? value.why : "the gated value is not a bounded array";
      const body = newStage("serial", `${id2}/item`, "item", stage, e.span, ctx.phase);
      const elem = value.k === "arr" ? withFrom(value.elem, value.from) : ANY("an item");
      if (checkFn.k === "fn") this.invoke(checkFn, [elem, { k: "num", max: rawWidth }], { ...ctx, container: body }, checkFn.helper ? joinId(id2, `call:${checkFn.helper}`) : checkFn.prefix);
      const width = hasAgents(body) ? this.checkWidth(rawWidth, why, valueNode ?? e, "`gate` with `each`") : Number.isFinite(rawWidth) ? rawWidth : 1;
      stage.width = width;
      stage.derivations.push({ quantity: "width", value: width, because: why });
      result = value.k === "arr" ? { ...value, why: `the items that passed \`${stage.label}\` (${value.why})` } : value;
    } else {
      value = this.await(value);
      const body = newStage("serial", `${id2}/check`, "check", stage, e.span, ctx.phase);
      if (checkFn.k === "fn") this.invoke(checkFn, [value], { ...ctx, container: body }, checkFn.helper ? joinId(id2, `call:${checkFn.helper}`) : checkFn.prefix);
      result = policy === "drop" ? join(value, NULL) : value;
    }
    if (checkFn.k !== "fn") this.once("WF2003", e.span, () => this.r.error("WF2003", checkNode?.span ?? e.span, "`gate` needs a check function `(value) => boolean`"));
    stage.gate = { check: checkUsesAgents() ? "agent" : "predicate", onFail: policy, attempts: policy === "retry" ? attempts : 1 };
    for (const f of value.from ?? []) stage.reads.add(f);
    return { k: "promise", value: withFrom({ ...result, from: [id2] }, void 0), stage, from: [id2] };
  }
  retryCall(e, env, ctx) {
    const thunk = e.arguments[0] && e.arguments[0].type !== "SpreadElement" ? this.expr(e.arguments[0], env, ctx) : ANY("no thunk");
    const { values } = this.opts(e, 1, env, ctx, retryOptionNames, "`retry`");
    const a = values["attempts"];
    let attempts = 1;
    if (!a || a.k !== "num" || a.v === void 0 || a.v < 1) {
      this.once("WF3104", e.span, () => this.r.error("WF3104", e.span, "`retry` needs a static `attempts`", { help: "write `retry(() => \u2026, { attempts: 3 })` (at most 10)" }));
    } else if (a.v > 10) {
      this.once("WF3104", e.span, () => this.r.error("WF3104", e.span, "`retry` allows at most 10 attempts"));
      attempts = 10;
    } else attempts = a.v;
    const id2 = joinId(ctx.prefix, this.sites.rel.get(e) ?? "retry");
    const stage = newStage("retry", id2, id2.split("/").pop(), ctx.container, e.span, ctx.phase);
    stage.attempts = attempts;
    stage.derivations.push({ quantity: "attempts", value: attempts, because: "`attempts` as written" });
    const body = newStage("serial", `${id2}/attempt`, "attempt", stage, e.span, ctx.phase);
    const v3 = thunk.k === "fn" ? this.await(this.invoke(thunk, [], { ...ctx, container: body }, thunk.helper ? joinId(id2, `call:${thunk.helper}`) : thunk.prefix)) : ANY("not a thunk");
    if (thunk.k !== "fn") this.once("WF2003", e.span, () => this.r.error("WF2003", e.arguments[0]?.span ?? e.span, "`retry` takes a thunk `() => \u2026`"));
    return { k: "promise", value: join(v3, NULL), stage, ...v3.from ? { from: v3.from } : {} };
  }
  workflowCall(e, env, ctx) {
    const nameNode = e.arguments[0];
    const nameV = nameNode && nameNode.type !== "SpreadElement" ? this.expr(nameNode, env, ctx) : UNDEF;
    if (e.arguments[1] && e.arguments[1].type !== "SpreadElement") this.expr(e.arguments[1], env, ctx);
    const id2 = joinId(ctx.prefix, this.sites.rel.get(e) ?? "workflow");
    const stage = newStage("workflow", id2, id2.split("/").pop(), ctx.container, e.span, ctx.phase);
    if (nameV.k !== "str" || nameV.v === void 0) {
      this.once("WF2003", e.span, () => this.r.error("WF2003", nameNode?.span ?? e.span, "`workflow` needs the plan's name as a string literal"));
      return { k: "promise", value: ANY("a nested workflow's answer"), stage };
    }
    stage.workflow = nameV.v;
    if ((this.options.depth ?? 0) >= 1) {
      this.once("WF3002", e.span, () => this.r.error("WF3002", e.span, `\`workflow('${nameV.v}')\` nests a second level; workflows nest one level at most`, { help: "call it from the top-level plan instead" }));
    }
    const loaded = this.options.loadWorkflow?.(nameV.v);
    if (!loaded) {
      this.once("WF3003", e.span, () => this.r.error("WF3003", nameNode.span, `no plan named \`${nameV.v}\` (looked for \`${nameV.v}.wf.js\` beside this plan)`, { help: "check the name, or add the plan file" }));
    } else if (loaded.error) {
      this.once("WF3003", e.span, () => this.r.error(loaded.error.startsWith("cycle") ? "WF3001" : "WF3003", nameNode.span, loaded.error));
    } else {
      stage.nested = loaded.bounds;
      stage.derivations.push({ quantity: "agents", value: loaded.bounds.agents, because: `the worst case of \`${nameV.v}.wf.js\`` });
    }
    return { k: "promise", value: withFrom(ANY(`the answer of workflow \`${nameV.v}\``), [id2]), stage, from: [id2] };
  }
  // ------------------------------------------------------------------ builtins and methods
  builtin(path, e, env, ctx) {
    const args = e.arguments.map((a) => this.await(this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx)));
    const a0 = args[0] ?? UNDEF;
    switch (path) {
      case "JSON.stringify": {
        const b = textBound(a0, true);
        const pretty = args[2] !== void 0 ? 2 : 1;
        return withFrom({ k: "str", chars: b.chars * pretty, tokens: b.tokens * pretty, why: `JSON of ${b.why}` }, a0.from);
      }
      case "JSON.parse": {
        const argsAv = env.lookup("args")?.av;
        if (argsAv && a0 === argsAv) return argsAv;
        return withFrom(ANY("parsed JSON"), a0.from);
      }
      case "Object.keys":
        return withFrom({ k: "arr", max: a0.k === "obj" && a0.closed ? Object.keys(a0.props).length : Infinity, elem: strBound(200, 70), why: a0.k === "obj" && a0.closed ? "the keys of a known object" : "the keys of an object with unknown fields" }, a0.from);
      case "Object.values":
      case "Object.entries": {
        const vals = a0.k === "obj" ? Object.values(a0.props) : [];
        const elem = vals.length ? vals.reduce((a, b) => join(a, b)) : ANY("a field");
        const max2 = a0.k === "obj" && a0.closed ? vals.length : Infinity;
        return withFrom({ k: "arr", max: max2, elem: path === "Object.entries" ? { k: "arr", max: 2, elem: join(strBound(200, 70), elem), why: "an entry" } : elem, why: max2 === Infinity ? "the fields of an object with unknown fields" : "the fields of a known object" }, a0.from);
      }
      case "Object.fromEntries":
      case "Object.assign":
        return withFrom({ k: "obj", props: {}, closed: false }, fromOf(...args));
      case "Array.isArray":
      case "Number.isFinite":
      case "Number.isInteger":
        return BOOL;
      case "Array.from":
        return a0.k === "arr" ? a0 : a0.k === "obj" && a0.props["length"]?.k === "num" ? { k: "arr", max: a0.props["length"].max, elem: num(), why: "`Array.from({ length })`" } : withFrom({ k: "arr", max: Infinity, elem: ANY("an element"), why: "`Array.from` of an unbounded value" }, a0.from);
      case "Math.min": {
        const ms2 = args.map((a) => a.k === "num" ? a.max : Infinity);
        const vs2 = args.map((a) => a.k === "num" ? a.v : void 0);
        return vs2.every((v3) => v3 !== void 0) ? num(Math.min(...vs2)) : { k: "num", max: Math.min(...ms2) };
      }
      case "Math.max": {
        const vs2 = args.map((a) => a.k === "num" ? a.v : void 0);
        return vs2.every((v3) => v3 !== void 0) ? num(Math.max(...vs2)) : { k: "num", max: Math.max(...args.map((a) => a.k === "num" ? a.max : Infinity)) };
      }
      case "Math.ceil":
      case "Math.floor":
      case "Math.round":
      case "Math.abs": {
        if (a0.k === "num" && a0.v !== void 0) return num(Math[path.slice(5)](a0.v));
        return a0.k === "num" ? { k: "num", max: Math.ceil(a0.max) } : num();
      }
      case "Promise.all":
        ctx.container.concurrent = true;
        if (a0.k === "arr") return { k: "promise", value: { ...a0, elem: this.await(a0.elem), ...a0.items ? { items: a0.items.map((x) => this.await(x)) } : {} } };
        return { k: "promise", value: ANY("Promise.all of an unknown value") };
      default:
        if (path.startsWith("console.")) return UNDEF;
        if (path.startsWith("Math.")) return num();
        return withFrom(ANY(`\`${path}()\``), fromOf(...args));
    }
  }
  method(recv, name, e, env, ctx) {
    const argNodes = e.arguments;
    const argAv = (i) => {
      const a = argNodes[i];
      return a ? this.expr(a.type === "SpreadElement" ? a.argument : a, env, ctx) : UNDEF;
    };
    if (recv.k === "promise") {
      if (name === "then" || name === "catch" || name === "finally") {
        const cb = argAv(0);
        if (name === "then" && cb.k === "fn") {
          const out = this.invoke(cb, [recv.value], ctx, cb.helper ? joinId(ctx.prefix, `call:${cb.helper}`) : cb.prefix);
          return { k: "promise", value: this.await(out), ...out.from ? { from: out.from } : {} };
        }
        if (cb.k === "fn") this.invoke(cb, [{ k: "obj", props: { message: strBound(2e3, 700) }, closed: false }], ctx, cb.prefix);
        return recv;
      }
      return ANY("a method of a promise");
    }
    if (recv.k === "arr") return this.arrayMethod(recv, name, e, argAv, ctx);
    if (recv.k === "any" && arrayMethodNames.has(name)) {
      return this.arrayMethod({ k: "arr", max: Infinity, elem: ANY(`an element of ${recv.why}`), why: `${recv.why} is not known to be a bounded array`, ...recv.from ? { from: recv.from } : {} }, name, e, argAv, ctx);
    }
    if (recv.k === "str") {
      const args = argNodes.map((_, i) => argAv(i));
      switch (name) {
        case "slice":
        case "substring":
        case "substr": {
          const a = args[0];
          const b = args[1];
          if (a?.k === "num" && a.v !== void 0 && b?.k === "num" && b.v !== void 0) {
            const n2 = Math.max(0, b.v - Math.max(0, a.v));
            return withFrom({ k: "str", chars: Math.min(recv.chars, n2), tokens: Math.min(recv.tokens, Math.ceil(n2 / 1)), why: `\`.slice(${a.v}, ${b.v})\`` }, recv.from);
          }
          return recv;
        }
        case "split":
          return withFrom({ k: "arr", max: Infinity, elem: { ...recv, v: void 0 }, why: "`.split()` has no bound: take `.slice(0, N)`" }, recv.from);
        case "trim":
        case "toLowerCase":
        case "toUpperCase":
        case "trimStart":
        case "trimEnd":
        case "normalize":
          return { ...recv, v: void 0 };
        case "replace":
        case "replaceAll":
          return withFrom({ k: "str", chars: Infinity, tokens: Infinity, why: "`.replace` can grow a string" }, recv.from);
        case "padStart":
        case "padEnd": {
          const n2 = args[0]?.k === "num" ? args[0].max : Infinity;
          return withFrom({ k: "str", chars: Math.max(recv.chars, n2), tokens: recv.tokens + Math.ceil(n2 / CHARS_PER_TOKEN) }, recv.from);
        }
        case "repeat": {
          const n2 = args[0]?.k === "num" ? args[0].max : Infinity;
          return withFrom({ k: "str", chars: recv.chars * n2, tokens: recv.tokens * n2 }, recv.from);
        }
        case "includes":
        case "startsWith":
        case "endsWith":
          return BOOL;
        case "indexOf":
        case "charCodeAt":
        case "localeCompare":
          return num();
        case "match":
          return withFrom({ k: "arr", max: Infinity, elem: recv, why: "`.match()` results" }, recv.from);
        case "concat":
          return args.reduce((acc, a) => {
            const b = textBound(a);
            return acc.k === "str" ? { k: "str", chars: acc.chars + b.chars, tokens: acc.tokens + b.tokens } : acc;
          }, recv);
        default:
          return withFrom(strBound(recv.chars, recv.tokens), recv.from);
      }
    }
    if (recv.k === "obj" && (name === "has" || name === "add" || name === "get" || name === "set" || name === "delete")) {
      argNodes.forEach((_, i) => argAv(i));
      return name === "has" ? BOOL : name === "get" ? ANY("a Map value") : recv;
    }
    argNodes.forEach((_, i) => argAv(i));
    if (recv.k === "num" && (name === "toFixed" || name === "toString")) return strBound(24, 8);
    return withFrom(ANY(`\`.${name}()\``), recv.from);
  }
  arrayMethod(arr, name, e, argAv, ctx) {
    const from = arr.from;
    const elem = withFrom(arr.elem, from);
    const callback = () => {
      const cb = argAv(0);
      return { fn: cb.k === "fn" ? cb : void 0 };
    };
    const runCallback = (fn2, args) => {
      const id2 = joinId(ctx.prefix, `map@${e.span.start}`);
      const fan = newStage("parallel", id2, `.${name}`, ctx.container, e.span, ctx.phase);
      const width = arr.max;
      const child = newStage("serial", `${id2}/item`, "item", fan, e.span, ctx.phase);
      const out = this.invoke(fn2, args, { ...ctx, container: child }, fn2.helper ? joinId(ctx.prefix, `call:${fn2.helper}`) : fn2.prefix);
      if (detachIfEmpty(fan)) return out;
      const w2 = this.checkWidth(width, arr.why, e.callee.type === "MemberExpression" ? e.callee.object : e, `\`.${name}\``);
      fan.width = w2;
      fan.id = joinId(ctx.prefix, `${name}@${this.sites.rel.get(e) ?? ""}`.replace(/@$/, "")).replace(`@`, ":");
      this.rekeyChildren(fan, id2);
      fan.derivations.push({ quantity: "width", value: w2, because: arr.why });
      return out;
    };
    switch (name) {
      case "slice": {
        const a = argAv(0);
        const b = argAv(1);
        const start = a.k === "num" && a.v !== void 0 ? a.v : 0;
        if (b.k === "num" && b.v !== void 0 && b.v >= 0) {
          const n2 = Math.max(0, b.v - Math.max(0, start));
          return withFrom({ k: "arr", max: Math.min(arr.max, n2), elem: arr.elem, why: arr.max <= n2 ? arr.why : `\`.slice(${start}, ${b.v})\`` }, from);
        }
        return { ...arr, ...arr.items ? {} : {} };
      }
      case "map":
      case "flatMap":
      case "filter":
      case "forEach":
      case "some":
      case "every":
      case "find":
      case "findIndex":
      case "sort":
      case "reduce": {
        const { fn: fn2 } = callback();
        let out = UNDEF;
        if (fn2) {
          const args = name === "reduce" ? [argAv(1), elem, { k: "num", max: arr.max }] : name === "sort" ? [elem, elem] : [elem, { k: "num", max: arr.max }];
          out = runCallback(fn2, args);
        }
        if (name === "map") {
          if (arr.items && fn2) return withFrom({ k: "arr", max: arr.max, elem: out, why: arr.why, items: arr.items.map(() => out) }, fromOf(out, arr));
          return withFrom({ k: "arr", max: arr.max, elem: out, why: arr.why }, fromOf(out, arr));
        }
        if (name === "flatMap") {
          const o = this.await(out);
          if (o.k === "arr") return withFrom({ k: "arr", max: arr.max * o.max, elem: o.elem, why: `${arr.why}, each giving at most ${o.max} (${o.why})` }, fromOf(o, arr));
          return withFrom({ k: "arr", max: arr.max, elem: o, why: arr.why }, fromOf(o, arr));
        }
        if (name === "filter" || name === "sort") return { ...arr, items: void 0 };
        if (name === "find") return join(elem, UNDEF);
        if (name === "some" || name === "every") return BOOL;
        if (name === "findIndex") return num();
        if (name === "reduce") return withFrom(join(argAv(1), this.await(out)), fromOf(out, arr));
        return UNDEF;
      }
      case "join": {
        const sep = argAv(0);
        const sepLen = sep.k === "str" ? sep.chars : 1;
        const b = textBound(arr.elem);
        if (arr.max === Infinity) return withFrom({ k: "str", chars: Infinity, tokens: Infinity, why: `\`.join\` of ${arr.why}` }, from);
        if (arr.max === 0) return withFrom(str(""), from);
        return withFrom({ k: "str", chars: arr.max * (b.chars + sepLen), tokens: arr.max * (b.tokens + 1), why: `${arr.max} items (${arr.why}) of ${b.why}` }, from);
      }
      case "concat": {
        let max2 = arr.max;
        let el2 = arr.elem;
        for (let i = 0; i < e.arguments.length; i++) {
          const a = this.await(argAv(i));
          if (a.k === "arr") {
            max2 += a.max;
            el2 = join(el2, a.elem);
          } else {
            max2 += 1;
            el2 = join(el2, a);
          }
        }
        return withFrom({ k: "arr", max: max2, elem: el2, why: `${arr.why} plus concatenated items` }, from);
      }
      case "push":
      case "unshift": {
        const pushed = e.arguments.map((_, i) => this.await(argAv(i)));
        arr.max += pushed.length;
        for (const p of pushed) arr.elem = join(arr.elem, p);
        arr.why = `${arr.why}, plus pushed items`;
        delete arr.items;
        const f = fromOf(arr, ...pushed);
        if (f) arr.from = f;
        return { k: "num", max: arr.max };
      }
      case "flat":
        return arr.elem.k === "arr" ? withFrom({ k: "arr", max: arr.max * arr.elem.max, elem: arr.elem.elem, why: `${arr.why}, flattened` }, from) : arr;
      case "pop":
      case "shift":
      case "at":
        return join(elem, UNDEF);
      case "includes":
        argAv(0);
        return BOOL;
      case "indexOf":
        return num();
      case "reverse":
        return arr;
      case "entries":
        return { k: "arr", max: arr.max, elem: { k: "arr", max: 2, elem: join(num(), arr.elem), why: "an entry" }, why: arr.why };
      case "toString":
        return this.stringOf(arr);
      default:
        return withFrom(ANY(`\`.${name}()\` of an array`), from);
    }
  }
  rekeyChildren(fan, oldId) {
    const fix = (s) => {
      if (s !== fan && s.id.startsWith(oldId)) s.id = fan.id + s.id.slice(oldId.length);
      s.children.forEach(fix);
    };
    fix(fan);
  }
};
function isStep(u, counter) {
  if (u.type === "UpdateExpression" && u.operator === "++" && u.argument.type === "Identifier" && u.argument.name === counter) return 1;
  if (u.type === "AssignmentExpression" && u.left.type === "Identifier" && u.left.name === counter && u.operator === "+=" && u.right.type === "NumericLiteral" && u.right.value > 0) return u.right.value;
  return void 0;
}
function snapshot(env) {
  const m = /* @__PURE__ */ new Map();
  for (const [k2, b] of env.mutable()) m.set(k2, cloneAv(b.av));
  return m;
}
function restore(env, snap) {
  for (const [k2, v3] of snap) env.assign(k2, cloneAv(v3));
}
function cloneAv(v3) {
  if (v3.k === "arr") return { ...v3, ...v3.items ? { items: [...v3.items] } : {} };
  if (v3.k === "obj") return { ...v3, props: { ...v3.props } };
  return v3;
}
function scaleGrowth(old, now, n2) {
  if (old.k === "arr" && now.k === "arr") {
    const delta = now.max - old.max;
    if (delta <= 0) return now;
    return { ...now, max: old.max + delta * n2, why: `${old.why}, plus at most ${delta} per iteration \xD7 ${n2} iterations`, items: void 0 };
  }
  if (old.k === "str" && now.k === "str") {
    const dc2 = now.chars - old.chars;
    const dt2 = now.tokens - old.tokens;
    if (dc2 <= 0) return now;
    return { k: "str", chars: old.chars + dc2 * n2, tokens: old.tokens + dt2 * n2, why: `grows by at most ${dc2} characters per iteration \xD7 ${n2}`, ...now.from ? { from: now.from } : {} };
  }
  if (old.k === "num" && now.k === "num") {
    const d = now.max - old.max;
    if (d <= 0) return now;
    return { k: "num", max: old.max + d * n2 };
  }
  return now;
}
function flattenConcat(e) {
  if (e.type === "BinaryExpression" && e.operator === "+") return [...flattenConcat(e.left), ...flattenConcat(e.right)];
  return [e];
}
function boundTokens(h2, av) {
  void av;
  return Math.ceil(h2.maxChars / CHARS_PER_TOKEN);
}
function holeSpan(node, hole) {
  if (!node || node.type !== "TemplateLiteral") return node?.span;
  return node.span;
  void hole;
}
function optionNode(e, index, key) {
  const o = e.arguments[index];
  if (!o || o.type !== "ObjectExpression") return void 0;
  for (const p of o.properties) if (p.type === "Property" && !p.computed && (p.key.type === "Identifier" && p.key.name === key || p.key.type === "StringLiteral" && p.key.value === key)) return p.value;
  return void 0;
}
function literalValue(e, env) {
  void env;
  switch (e.type) {
    case "StringLiteral":
    case "NumericLiteral":
    case "BooleanLiteral":
      return e.value;
    case "NullLiteral":
      return null;
    case "TemplateLiteral":
      return e.expressions.length === 0 ? e.quasis[0].cooked : void 0;
    case "UnaryExpression":
      return e.operator === "-" && e.argument.type === "NumericLiteral" ? -e.argument.value : void 0;
    case "ArrayExpression": {
      const out = [];
      for (const el2 of e.elements) {
        if (!el2 || el2.type === "SpreadElement") return void 0;
        const v3 = literalValue(el2, env);
        if (v3 === void 0) return void 0;
        out.push(v3);
      }
      return out;
    }
    case "ObjectExpression": {
      const out = {};
      for (const p of e.properties) {
        if (p.type !== "Property" || p.computed || p.method) return void 0;
        const k2 = p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : void 0;
        if (k2 === void 0) return void 0;
        const v3 = literalValue(p.value, env);
        if (v3 === void 0) return void 0;
        out[k2] = v3;
      }
      return out;
    }
    default:
      return void 0;
  }
}
function literalFromAv(v3) {
  switch (v3.k) {
    case "str":
      return v3.v;
    case "num":
      return v3.v;
    case "bool":
      return v3.v;
    case "null":
      return null;
    case "arr": {
      if (!v3.items) return void 0;
      const out = [];
      for (const x of v3.items) {
        const l = literalFromAv(x);
        if (l === void 0) return void 0;
        out.push(l);
      }
      return out;
    }
    case "obj": {
      if (!v3.closed) return void 0;
      const out = {};
      for (const [k2, x] of Object.entries(v3.props)) {
        const l = literalFromAv(x);
        if (l === void 0) return void 0;
        out[k2] = l;
      }
      return out;
    }
    default:
      return void 0;
  }
}

// compiler/bounds.ts
var ZERO = { agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0, work: 0 };
function computeBounds(root, pricing, concurrency) {
  const perStage = /* @__PURE__ */ new Map();
  const multiplicity = /* @__PURE__ */ new Map();
  const C2 = Math.max(1, concurrency);
  const cost = (s) => {
    const kids = s.children.map(cost);
    let c2;
    switch (s.kind) {
      case "agent": {
        const a = s.attempts ?? 1;
        const inT = (s.inTokens ?? 0) * a;
        const outT = (s.outTokens ?? 0) * a;
        const lat = (s.timeoutMs ?? 0) * a;
        c2 = { agents: a, inputTokens: inT, outputTokens: outT, usd: usdFor(priceOf(pricing, s.pricedModel ?? ""), inT, outT), latencyMs: lat, peakConcurrency: 1, work: lat };
        break;
      }
      case "workflow": {
        const n2 = s.nested ?? ZERO;
        c2 = { ...n2, work: n2.latencyMs * Math.max(1, n2.peakConcurrency) };
        break;
      }
      case "parallel":
      case "pipeline": {
        const hetero = s.hetero === true;
        if (hetero) c2 = fanOut(kids, 1, C2);
        else c2 = fanOut(kids.length ? [seq(kids)] : [], s.width ?? 0, C2);
        break;
      }
      case "gate": {
        const body = seq(kids);
        if (s.gate?.onFail === "retry") c2 = times(body, s.attempts ?? 1);
        else if (s.width !== void 0) c2 = fanOut([body], s.width, C2);
        else c2 = body;
        break;
      }
      case "retry":
        c2 = times(seq(kids), s.attempts ?? 1);
        break;
      case "loop":
        c2 = times(seq(kids), s.iterations ?? 1);
        break;
      case "branch":
        c2 = kids.reduce(max, ZERO);
        break;
      case "serial":
      default:
        c2 = s.concurrent ? concurrentSeq(kids, C2) : seq(kids);
        break;
    }
    c2.peakConcurrency = Math.min(c2.peakConcurrency, C2);
    perStage.set(s, c2);
    return c2;
  };
  const mult = (s, m) => {
    multiplicity.set(s, m);
    let inner = m;
    if ((s.kind === "parallel" || s.kind === "pipeline") && !s.hetero) inner = m * (s.width ?? 0);
    else if (s.kind === "loop") inner = m * (s.iterations ?? 1);
    else if (s.kind === "retry" || s.kind === "gate" && s.gate?.onFail === "retry") inner = m * (s.attempts ?? 1);
    else if (s.kind === "gate" && s.width !== void 0) inner = m * s.width;
    for (const k2 of s.children) mult(k2, inner);
  };
  const total = cost(root);
  mult(root, 1);
  return { perStage, multiplicity, total };
}
function seq(kids) {
  const out = { ...ZERO };
  for (const k2 of kids) {
    out.agents += k2.agents;
    out.inputTokens += k2.inputTokens;
    out.outputTokens += k2.outputTokens;
    out.usd += k2.usd;
    out.latencyMs += k2.latencyMs;
    out.work += k2.work;
    out.peakConcurrency = Math.max(out.peakConcurrency, k2.peakConcurrency);
  }
  return out;
}
function concurrentSeq(kids, C2) {
  const s = seq(kids);
  s.peakConcurrency = Math.min(C2, kids.reduce((a, k2) => a + k2.peakConcurrency, 0));
  return s;
}
function fanOut(items, width, C2) {
  const n2 = items.length === 1 && width !== 1 ? width : 1;
  const each = items.length === 1 ? items[0] : seq(items);
  if (n2 === 0 || items.length === 0) return { ...ZERO };
  const work = items.length === 1 ? each.work * n2 : items.reduce((a, k2) => a + k2.work, 0);
  const longest = items.length === 1 ? each.latencyMs : Math.max(...items.map((k2) => k2.latencyMs));
  const serialTime = items.length === 1 ? each.latencyMs * n2 : items.reduce((a, k2) => a + k2.latencyMs, 0);
  const peak = items.length === 1 ? each.peakConcurrency * n2 : items.reduce((a, k2) => a + k2.peakConcurrency, 0);
  return {
    agents: each.agents * n2,
    inputTokens: each.inputTokens * n2,
    outputTokens: each.outputTokens * n2,
    usd: each.usd * n2,
    latencyMs: Math.min(serialTime, Math.ceil(work / C2) + longest),
    peakConcurrency: Math.min(C2, peak),
    work
  };
}
function times(c2, n2) {
  return {
    agents: c2.agents * n2,
    inputTokens: c2.inputTokens * n2,
    outputTokens: c2.outputTokens * n2,
    usd: c2.usd * n2,
    latencyMs: c2.latencyMs * n2,
    peakConcurrency: c2.peakConcurrency,
    work: c2.work * n2
  };
}
function max(a, b) {
  return {
    agents: Math.max(a.agents, b.agents),
    inputTokens: Math.max(a.inputTokens, b.inputTokens),
    outputTokens: Math.max(a.outputTokens, b.outputTokens),
    usd: Math.max(a.usd, b.usd),
    latencyMs: Math.max(a.latencyMs, b.latencyMs),
    peakConcurrency: Math.max(a.peakConcurrency, b.peakConcurrency),
    work: Math.max(a.work, b.work)
  };
}
function toBounds(c2) {
  return {
    agents: c2.agents,
    inputTokens: Math.ceil(c2.inputTokens),
    outputTokens: Math.ceil(c2.outputTokens),
    usd: Math.round(c2.usd * 1e6) / 1e6,
    latencyMs: Math.ceil(c2.latencyMs),
    peakConcurrency: c2.peakConcurrency
  };
}

// node_modules/graphology/dist/graphology.mjs
import { EventEmitter } from "events";
function assignPolyfill() {
  const target = arguments[0];
  for (let i = 1, l = arguments.length; i < l; i++) {
    if (!arguments[i]) continue;
    for (const k2 in arguments[i]) target[k2] = arguments[i][k2];
  }
  return target;
}
var assign = assignPolyfill;
if (typeof Object.assign === "function") assign = Object.assign;
function getMatchingEdge(graph, source, target, type) {
  const sourceData = graph._nodes.get(source);
  let edge = null;
  if (!sourceData) return edge;
  if (type === "mixed") {
    edge = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target];
  } else if (type === "directed") {
    edge = sourceData.out && sourceData.out[target];
  } else {
    edge = sourceData.undirected && sourceData.undirected[target];
  }
  return edge;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null;
}
function isEmpty(o) {
  let k2;
  for (k2 in o) return false;
  return true;
}
function privateProperty(target, name, value) {
  Object.defineProperty(target, name, {
    enumerable: false,
    configurable: false,
    writable: true,
    value
  });
}
function readOnlyProperty(target, name, value) {
  const descriptor = {
    enumerable: true,
    configurable: true
  };
  if (typeof value === "function") {
    descriptor.get = value;
  } else {
    descriptor.value = value;
    descriptor.writable = false;
  }
  Object.defineProperty(target, name, descriptor);
}
function validateHints(hints) {
  if (!isPlainObject(hints)) return false;
  if (hints.attributes && !Array.isArray(hints.attributes)) return false;
  return true;
}
function incrementalIdStartingFromRandomByte() {
  let i = Math.floor(Math.random() * 256) & 255;
  return () => {
    return i++;
  };
}
function chain() {
  const iterables = arguments;
  let current = null;
  let i = -1;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      let step = null;
      do {
        if (current === null) {
          i++;
          if (i >= iterables.length) return { done: true };
          current = iterables[i][Symbol.iterator]();
        }
        step = current.next();
        if (step.done) {
          current = null;
          continue;
        }
        break;
      } while (true);
      return step;
    }
  };
}
function emptyIterator() {
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      return { done: true };
    }
  };
}
var GraphError = class extends Error {
  constructor(message) {
    super();
    this.name = "GraphError";
    this.message = message;
  }
};
var InvalidArgumentsGraphError = class _InvalidArgumentsGraphError extends GraphError {
  constructor(message) {
    super(message);
    this.name = "InvalidArgumentsGraphError";
    if (typeof Error.captureStackTrace === "function")
      Error.captureStackTrace(
        this,
        _InvalidArgumentsGraphError.prototype.constructor
      );
  }
};
var NotFoundGraphError = class _NotFoundGraphError extends GraphError {
  constructor(message) {
    super(message);
    this.name = "NotFoundGraphError";
    if (typeof Error.captureStackTrace === "function")
      Error.captureStackTrace(this, _NotFoundGraphError.prototype.constructor);
  }
};
var UsageGraphError = class _UsageGraphError extends GraphError {
  constructor(message) {
    super(message);
    this.name = "UsageGraphError";
    if (typeof Error.captureStackTrace === "function")
      Error.captureStackTrace(this, _UsageGraphError.prototype.constructor);
  }
};
function MixedNodeData(key, attributes) {
  this.key = key;
  this.attributes = attributes;
  this.clear();
}
MixedNodeData.prototype.clear = function() {
  this.inDegree = 0;
  this.outDegree = 0;
  this.undirectedDegree = 0;
  this.undirectedLoops = 0;
  this.directedLoops = 0;
  this.in = {};
  this.out = {};
  this.undirected = {};
};
function DirectedNodeData(key, attributes) {
  this.key = key;
  this.attributes = attributes;
  this.clear();
}
DirectedNodeData.prototype.clear = function() {
  this.inDegree = 0;
  this.outDegree = 0;
  this.directedLoops = 0;
  this.in = {};
  this.out = {};
};
function UndirectedNodeData(key, attributes) {
  this.key = key;
  this.attributes = attributes;
  this.clear();
}
UndirectedNodeData.prototype.clear = function() {
  this.undirectedDegree = 0;
  this.undirectedLoops = 0;
  this.undirected = {};
};
function EdgeData(undirected, key, source, target, attributes) {
  this.key = key;
  this.attributes = attributes;
  this.undirected = undirected;
  this.source = source;
  this.target = target;
}
EdgeData.prototype.attach = function() {
  let outKey = "out";
  let inKey = "in";
  if (this.undirected) outKey = inKey = "undirected";
  const source = this.source.key;
  const target = this.target.key;
  this.source[outKey][target] = this;
  if (this.undirected && source === target) return;
  this.target[inKey][source] = this;
};
EdgeData.prototype.attachMulti = function() {
  let outKey = "out";
  let inKey = "in";
  const source = this.source.key;
  const target = this.target.key;
  if (this.undirected) outKey = inKey = "undirected";
  const adj = this.source[outKey];
  const head = adj[target];
  if (typeof head === "undefined") {
    adj[target] = this;
    if (!(this.undirected && source === target)) {
      this.target[inKey][source] = this;
    }
    return;
  }
  head.previous = this;
  this.next = head;
  adj[target] = this;
  this.target[inKey][source] = this;
};
EdgeData.prototype.detach = function() {
  const source = this.source.key;
  const target = this.target.key;
  let outKey = "out";
  let inKey = "in";
  if (this.undirected) outKey = inKey = "undirected";
  delete this.source[outKey][target];
  delete this.target[inKey][source];
};
EdgeData.prototype.detachMulti = function() {
  const source = this.source.key;
  const target = this.target.key;
  let outKey = "out";
  let inKey = "in";
  if (this.undirected) outKey = inKey = "undirected";
  if (this.previous === void 0) {
    if (this.next === void 0) {
      delete this.source[outKey][target];
      delete this.target[inKey][source];
    } else {
      this.next.previous = void 0;
      this.source[outKey][target] = this.next;
      this.target[inKey][source] = this.next;
    }
  } else {
    this.previous.next = this.next;
    if (this.next !== void 0) {
      this.next.previous = this.previous;
    }
  }
};
var NODE = 0;
var SOURCE2 = 1;
var TARGET = 2;
var OPPOSITE = 3;
function findRelevantNodeData(graph, method, mode, nodeOrEdge, nameOrEdge, add1, add2) {
  let nodeData, edgeData, arg1, arg2;
  nodeOrEdge = "" + nodeOrEdge;
  if (mode === NODE) {
    nodeData = graph._nodes.get(nodeOrEdge);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.${method}: could not find the "${nodeOrEdge}" node in the graph.`
      );
    arg1 = nameOrEdge;
    arg2 = add1;
  } else if (mode === OPPOSITE) {
    nameOrEdge = "" + nameOrEdge;
    edgeData = graph._edges.get(nameOrEdge);
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.${method}: could not find the "${nameOrEdge}" edge in the graph.`
      );
    const source = edgeData.source.key;
    const target = edgeData.target.key;
    if (nodeOrEdge === source) {
      nodeData = edgeData.target;
    } else if (nodeOrEdge === target) {
      nodeData = edgeData.source;
    } else {
      throw new NotFoundGraphError(
        `Graph.${method}: the "${nodeOrEdge}" node is not attached to the "${nameOrEdge}" edge (${source}, ${target}).`
      );
    }
    arg1 = add1;
    arg2 = add2;
  } else {
    edgeData = graph._edges.get(nodeOrEdge);
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.${method}: could not find the "${nodeOrEdge}" edge in the graph.`
      );
    if (mode === SOURCE2) {
      nodeData = edgeData.source;
    } else {
      nodeData = edgeData.target;
    }
    arg1 = nameOrEdge;
    arg2 = add1;
  }
  return [nodeData, arg1, arg2];
}
function attachNodeAttributeGetter(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, name] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    return data.attributes[name];
  };
}
function attachNodeAttributesGetter(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge) {
    const [data] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge
    );
    return data.attributes;
  };
}
function attachNodeAttributeChecker(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, name] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    return data.attributes.hasOwnProperty(name);
  };
}
function attachNodeAttributeSetter(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
    const [data, name, value] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1,
      add2
    );
    data.attributes[name] = value;
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "set",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachNodeAttributeUpdater(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
    const [data, name, updater] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1,
      add2
    );
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: updater should be a function.`
      );
    const attributes = data.attributes;
    const value = updater(attributes[name]);
    attributes[name] = value;
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "set",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachNodeAttributeRemover(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, name] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    delete data.attributes[name];
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "remove",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachNodeAttributesReplacer(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, attributes] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided attributes are not a plain object.`
      );
    data.attributes = attributes;
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "replace",
      attributes: data.attributes
    });
    return this;
  };
}
function attachNodeAttributesMerger(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, attributes] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided attributes are not a plain object.`
      );
    assign(data.attributes, attributes);
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "merge",
      attributes: data.attributes,
      data: attributes
    });
    return this;
  };
}
function attachNodeAttributesUpdater(Class2, method, mode) {
  Class2.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, updater] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided updater is not a function.`
      );
    data.attributes = updater(data.attributes);
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "update",
      attributes: data.attributes
    });
    return this;
  };
}
var NODE_ATTRIBUTES_METHODS = [
  {
    name: (element) => `get${element}Attribute`,
    attacher: attachNodeAttributeGetter
  },
  {
    name: (element) => `get${element}Attributes`,
    attacher: attachNodeAttributesGetter
  },
  {
    name: (element) => `has${element}Attribute`,
    attacher: attachNodeAttributeChecker
  },
  {
    name: (element) => `set${element}Attribute`,
    attacher: attachNodeAttributeSetter
  },
  {
    name: (element) => `update${element}Attribute`,
    attacher: attachNodeAttributeUpdater
  },
  {
    name: (element) => `remove${element}Attribute`,
    attacher: attachNodeAttributeRemover
  },
  {
    name: (element) => `replace${element}Attributes`,
    attacher: attachNodeAttributesReplacer
  },
  {
    name: (element) => `merge${element}Attributes`,
    attacher: attachNodeAttributesMerger
  },
  {
    name: (element) => `update${element}Attributes`,
    attacher: attachNodeAttributesUpdater
  }
];
function attachNodeAttributesMethods(Graph2) {
  NODE_ATTRIBUTES_METHODS.forEach(function({ name, attacher }) {
    attacher(Graph2, name("Node"), NODE);
    attacher(Graph2, name("Source"), SOURCE2);
    attacher(Graph2, name("Target"), TARGET);
    attacher(Graph2, name("Opposite"), OPPOSITE);
  });
}
function attachEdgeAttributeGetter(Class2, method, type) {
  Class2.prototype[method] = function(element, name) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    return data.attributes[name];
  };
}
function attachEdgeAttributesGetter(Class2, method, type) {
  Class2.prototype[method] = function(element) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 1) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element, target = "" + arguments[1];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    return data.attributes;
  };
}
function attachEdgeAttributeChecker(Class2, method, type) {
  Class2.prototype[method] = function(element, name) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    return data.attributes.hasOwnProperty(name);
  };
}
function attachEdgeAttributeSetter(Class2, method, type) {
  Class2.prototype[method] = function(element, name, value) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 3) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      value = arguments[3];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    data.attributes[name] = value;
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "set",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachEdgeAttributeUpdater(Class2, method, type) {
  Class2.prototype[method] = function(element, name, updater) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 3) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      updater = arguments[3];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: updater should be a function.`
      );
    data.attributes[name] = updater(data.attributes[name]);
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "set",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachEdgeAttributeRemover(Class2, method, type) {
  Class2.prototype[method] = function(element, name) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    delete data.attributes[name];
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "remove",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachEdgeAttributesReplacer(Class2, method, type) {
  Class2.prototype[method] = function(element, attributes) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element, target = "" + attributes;
      attributes = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided attributes are not a plain object.`
      );
    data.attributes = attributes;
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "replace",
      attributes: data.attributes
    });
    return this;
  };
}
function attachEdgeAttributesMerger(Class2, method, type) {
  Class2.prototype[method] = function(element, attributes) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element, target = "" + attributes;
      attributes = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided attributes are not a plain object.`
      );
    assign(data.attributes, attributes);
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "merge",
      attributes: data.attributes,
      data: attributes
    });
    return this;
  };
}
function attachEdgeAttributesUpdater(Class2, method, type) {
  Class2.prototype[method] = function(element, updater) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element, target = "" + updater;
      updater = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided updater is not a function.`
      );
    data.attributes = updater(data.attributes);
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "update",
      attributes: data.attributes
    });
    return this;
  };
}
var EDGE_ATTRIBUTES_METHODS = [
  {
    name: (element) => `get${element}Attribute`,
    attacher: attachEdgeAttributeGetter
  },
  {
    name: (element) => `get${element}Attributes`,
    attacher: attachEdgeAttributesGetter
  },
  {
    name: (element) => `has${element}Attribute`,
    attacher: attachEdgeAttributeChecker
  },
  {
    name: (element) => `set${element}Attribute`,
    attacher: attachEdgeAttributeSetter
  },
  {
    name: (element) => `update${element}Attribute`,
    attacher: attachEdgeAttributeUpdater
  },
  {
    name: (element) => `remove${element}Attribute`,
    attacher: attachEdgeAttributeRemover
  },
  {
    name: (element) => `replace${element}Attributes`,
    attacher: attachEdgeAttributesReplacer
  },
  {
    name: (element) => `merge${element}Attributes`,
    attacher: attachEdgeAttributesMerger
  },
  {
    name: (element) => `update${element}Attributes`,
    attacher: attachEdgeAttributesUpdater
  }
];
function attachEdgeAttributesMethods(Graph2) {
  EDGE_ATTRIBUTES_METHODS.forEach(function({ name, attacher }) {
    attacher(Graph2, name("Edge"), "mixed");
    attacher(Graph2, name("DirectedEdge"), "directed");
    attacher(Graph2, name("UndirectedEdge"), "undirected");
  });
}
var EDGES_ITERATION = [
  {
    name: "edges",
    type: "mixed"
  },
  {
    name: "inEdges",
    type: "directed",
    direction: "in"
  },
  {
    name: "outEdges",
    type: "directed",
    direction: "out"
  },
  {
    name: "inboundEdges",
    type: "mixed",
    direction: "in"
  },
  {
    name: "outboundEdges",
    type: "mixed",
    direction: "out"
  },
  {
    name: "directedEdges",
    type: "directed"
  },
  {
    name: "undirectedEdges",
    type: "undirected"
  }
];
function forEachSimple(breakable, object, callback, avoid) {
  let shouldBreak = false;
  for (const k2 in object) {
    if (k2 === avoid) continue;
    const edgeData = object[k2];
    shouldBreak = callback(
      edgeData.key,
      edgeData.attributes,
      edgeData.source.key,
      edgeData.target.key,
      edgeData.source.attributes,
      edgeData.target.attributes,
      edgeData.undirected
    );
    if (breakable && shouldBreak) return edgeData.key;
  }
  return;
}
function forEachMulti(breakable, object, callback, avoid) {
  let edgeData, source, target;
  let shouldBreak = false;
  for (const k2 in object) {
    if (k2 === avoid) continue;
    edgeData = object[k2];
    do {
      source = edgeData.source;
      target = edgeData.target;
      shouldBreak = callback(
        edgeData.key,
        edgeData.attributes,
        source.key,
        target.key,
        source.attributes,
        target.attributes,
        edgeData.undirected
      );
      if (breakable && shouldBreak) return edgeData.key;
      edgeData = edgeData.next;
    } while (edgeData !== void 0);
  }
  return;
}
function createIterator(object, avoid) {
  const keys = Object.keys(object);
  const l = keys.length;
  let edgeData;
  let i = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      do {
        if (!edgeData) {
          if (i >= l) return { done: true };
          const k2 = keys[i++];
          if (k2 === avoid) {
            edgeData = void 0;
            continue;
          }
          edgeData = object[k2];
        } else {
          edgeData = edgeData.next;
        }
      } while (!edgeData);
      return {
        done: false,
        value: {
          edge: edgeData.key,
          attributes: edgeData.attributes,
          source: edgeData.source.key,
          target: edgeData.target.key,
          sourceAttributes: edgeData.source.attributes,
          targetAttributes: edgeData.target.attributes,
          undirected: edgeData.undirected
        }
      };
    }
  };
}
function forEachForKeySimple(breakable, object, k2, callback) {
  const edgeData = object[k2];
  if (!edgeData) return;
  const sourceData = edgeData.source;
  const targetData = edgeData.target;
  if (callback(
    edgeData.key,
    edgeData.attributes,
    sourceData.key,
    targetData.key,
    sourceData.attributes,
    targetData.attributes,
    edgeData.undirected
  ) && breakable)
    return edgeData.key;
}
function forEachForKeyMulti(breakable, object, k2, callback) {
  let edgeData = object[k2];
  if (!edgeData) return;
  let shouldBreak = false;
  do {
    shouldBreak = callback(
      edgeData.key,
      edgeData.attributes,
      edgeData.source.key,
      edgeData.target.key,
      edgeData.source.attributes,
      edgeData.target.attributes,
      edgeData.undirected
    );
    if (breakable && shouldBreak) return edgeData.key;
    edgeData = edgeData.next;
  } while (edgeData !== void 0);
  return;
}
function createIteratorForKey(object, k2) {
  let edgeData = object[k2];
  if (edgeData.next !== void 0) {
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        if (!edgeData) return { done: true };
        const value = {
          edge: edgeData.key,
          attributes: edgeData.attributes,
          source: edgeData.source.key,
          target: edgeData.target.key,
          sourceAttributes: edgeData.source.attributes,
          targetAttributes: edgeData.target.attributes,
          undirected: edgeData.undirected
        };
        edgeData = edgeData.next;
        return {
          done: false,
          value
        };
      }
    };
  }
  let done = false;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      if (done === true) return { done: true };
      done = true;
      return {
        done: false,
        value: {
          edge: edgeData.key,
          attributes: edgeData.attributes,
          source: edgeData.source.key,
          target: edgeData.target.key,
          sourceAttributes: edgeData.source.attributes,
          targetAttributes: edgeData.target.attributes,
          undirected: edgeData.undirected
        }
      };
    }
  };
}
function createEdgeArray(graph, type) {
  if (graph.size === 0) return [];
  if (type === "mixed" || type === graph.type) {
    return Array.from(graph._edges.keys());
  }
  const size = type === "undirected" ? graph.undirectedSize : graph.directedSize;
  const list = new Array(size), mask = type === "undirected";
  const iterator = graph._edges.values();
  let i = 0;
  let step, data;
  while (step = iterator.next(), step.done !== true) {
    data = step.value;
    if (data.undirected === mask) list[i++] = data.key;
  }
  return list;
}
function forEachEdge(breakable, graph, type, callback) {
  if (graph.size === 0) return;
  const shouldFilter = type !== "mixed" && type !== graph.type;
  const mask = type === "undirected";
  let step, data;
  let shouldBreak = false;
  const iterator = graph._edges.values();
  while (step = iterator.next(), step.done !== true) {
    data = step.value;
    if (shouldFilter && data.undirected !== mask) continue;
    const { key, attributes, source, target } = data;
    shouldBreak = callback(
      key,
      attributes,
      source.key,
      target.key,
      source.attributes,
      target.attributes,
      data.undirected
    );
    if (breakable && shouldBreak) return key;
  }
  return;
}
function createEdgeIterator(graph, type) {
  if (graph.size === 0) return emptyIterator();
  const shouldFilter = type !== "mixed" && type !== graph.type;
  const mask = type === "undirected";
  const iterator = graph._edges.values();
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      let step, data;
      while (true) {
        step = iterator.next();
        if (step.done) return step;
        data = step.value;
        if (shouldFilter && data.undirected !== mask) continue;
        break;
      }
      const value = {
        edge: data.key,
        attributes: data.attributes,
        source: data.source.key,
        target: data.target.key,
        sourceAttributes: data.source.attributes,
        targetAttributes: data.target.attributes,
        undirected: data.undirected
      };
      return { value, done: false };
    }
  };
}
function forEachEdgeForNode(breakable, multi, type, direction, nodeData, callback) {
  const fn2 = multi ? forEachMulti : forEachSimple;
  let found;
  if (type !== "undirected") {
    if (direction !== "out") {
      found = fn2(breakable, nodeData.in, callback);
      if (breakable && found) return found;
    }
    if (direction !== "in") {
      found = fn2(
        breakable,
        nodeData.out,
        callback,
        !direction ? nodeData.key : void 0
      );
      if (breakable && found) return found;
    }
  }
  if (type !== "directed") {
    found = fn2(breakable, nodeData.undirected, callback);
    if (breakable && found) return found;
  }
  return;
}
function createEdgeArrayForNode(multi, type, direction, nodeData) {
  const edges = [];
  forEachEdgeForNode(false, multi, type, direction, nodeData, function(key) {
    edges.push(key);
  });
  return edges;
}
function createEdgeIteratorForNode(type, direction, nodeData) {
  let iterator = emptyIterator();
  if (type !== "undirected") {
    if (direction !== "out" && typeof nodeData.in !== "undefined")
      iterator = chain(iterator, createIterator(nodeData.in));
    if (direction !== "in" && typeof nodeData.out !== "undefined")
      iterator = chain(
        iterator,
        createIterator(nodeData.out, !direction ? nodeData.key : void 0)
      );
  }
  if (type !== "directed" && typeof nodeData.undirected !== "undefined") {
    iterator = chain(iterator, createIterator(nodeData.undirected));
  }
  return iterator;
}
function forEachEdgeForPath(breakable, type, multi, direction, sourceData, target, callback) {
  const fn2 = multi ? forEachForKeyMulti : forEachForKeySimple;
  let found;
  if (type !== "undirected") {
    if (typeof sourceData.in !== "undefined" && direction !== "out") {
      found = fn2(breakable, sourceData.in, target, callback);
      if (breakable && found) return found;
    }
    if (typeof sourceData.out !== "undefined" && direction !== "in" && (direction || sourceData.key !== target)) {
      found = fn2(breakable, sourceData.out, target, callback);
      if (breakable && found) return found;
    }
  }
  if (type !== "directed") {
    if (typeof sourceData.undirected !== "undefined") {
      found = fn2(breakable, sourceData.undirected, target, callback);
      if (breakable && found) return found;
    }
  }
  return;
}
function createEdgeArrayForPath(type, multi, direction, sourceData, target) {
  const edges = [];
  forEachEdgeForPath(
    false,
    type,
    multi,
    direction,
    sourceData,
    target,
    function(key) {
      edges.push(key);
    }
  );
  return edges;
}
function createEdgeIteratorForPath(type, direction, sourceData, target) {
  let iterator = emptyIterator();
  if (type !== "undirected") {
    if (typeof sourceData.in !== "undefined" && direction !== "out" && target in sourceData.in)
      iterator = chain(iterator, createIteratorForKey(sourceData.in, target));
    if (typeof sourceData.out !== "undefined" && direction !== "in" && target in sourceData.out && (direction || sourceData.key !== target))
      iterator = chain(iterator, createIteratorForKey(sourceData.out, target));
  }
  if (type !== "directed") {
    if (typeof sourceData.undirected !== "undefined" && target in sourceData.undirected)
      iterator = chain(
        iterator,
        createIteratorForKey(sourceData.undirected, target)
      );
  }
  return iterator;
}
function attachEdgeArrayCreator(Class2, description) {
  const { name, type, direction } = description;
  Class2.prototype[name] = function(source, target) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return [];
    if (!arguments.length) return createEdgeArray(this, type);
    if (arguments.length === 1) {
      source = "" + source;
      const nodeData = this._nodes.get(source);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${name}: could not find the "${source}" node in the graph.`
        );
      return createEdgeArrayForNode(
        this.multi,
        type === "mixed" ? this.type : type,
        direction,
        nodeData
      );
    }
    if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${name}:  could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.${name}:  could not find the "${target}" target node in the graph.`
        );
      return createEdgeArrayForPath(
        type,
        this.multi,
        direction,
        sourceData,
        target
      );
    }
    throw new InvalidArgumentsGraphError(
      `Graph.${name}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`
    );
  };
}
function attachForEachEdge(Class2, description) {
  const { name, type, direction } = description;
  const forEachName = "forEach" + name[0].toUpperCase() + name.slice(1, -1);
  Class2.prototype[forEachName] = function(source, target, callback) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
    if (arguments.length === 1) {
      callback = source;
      return forEachEdge(false, this, type, callback);
    }
    if (arguments.length === 2) {
      source = "" + source;
      callback = target;
      const nodeData = this._nodes.get(source);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${forEachName}: could not find the "${source}" node in the graph.`
        );
      return forEachEdgeForNode(
        false,
        this.multi,
        type === "mixed" ? this.type : type,
        direction,
        nodeData,
        callback
      );
    }
    if (arguments.length === 3) {
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${forEachName}:  could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.${forEachName}:  could not find the "${target}" target node in the graph.`
        );
      return forEachEdgeForPath(
        false,
        type,
        this.multi,
        direction,
        sourceData,
        target,
        callback
      );
    }
    throw new InvalidArgumentsGraphError(
      `Graph.${forEachName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`
    );
  };
  const mapName = "map" + name[0].toUpperCase() + name.slice(1);
  Class2.prototype[mapName] = function() {
    const args = Array.prototype.slice.call(arguments);
    const callback = args.pop();
    let result;
    if (args.length === 0) {
      let length = 0;
      if (type !== "directed") length += this.undirectedSize;
      if (type !== "undirected") length += this.directedSize;
      result = new Array(length);
      let i = 0;
      args.push((e, ea2, s, t3, sa2, ta2, u) => {
        result[i++] = callback(e, ea2, s, t3, sa2, ta2, u);
      });
    } else {
      result = [];
      args.push((e, ea2, s, t3, sa2, ta2, u) => {
        result.push(callback(e, ea2, s, t3, sa2, ta2, u));
      });
    }
    this[forEachName].apply(this, args);
    return result;
  };
  const filterName = "filter" + name[0].toUpperCase() + name.slice(1);
  Class2.prototype[filterName] = function() {
    const args = Array.prototype.slice.call(arguments);
    const callback = args.pop();
    const result = [];
    args.push((e, ea2, s, t3, sa2, ta2, u) => {
      if (callback(e, ea2, s, t3, sa2, ta2, u)) result.push(e);
    });
    this[forEachName].apply(this, args);
    return result;
  };
  const reduceName = "reduce" + name[0].toUpperCase() + name.slice(1);
  Class2.prototype[reduceName] = function() {
    let args = Array.prototype.slice.call(arguments);
    if (args.length < 2 || args.length > 4) {
      throw new InvalidArgumentsGraphError(
        `Graph.${reduceName}: invalid number of arguments (expecting 2, 3 or 4 and got ${args.length}).`
      );
    }
    if (typeof args[args.length - 1] === "function" && typeof args[args.length - 2] !== "function") {
      throw new InvalidArgumentsGraphError(
        `Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`
      );
    }
    let callback;
    let initialValue;
    if (args.length === 2) {
      callback = args[0];
      initialValue = args[1];
      args = [];
    } else if (args.length === 3) {
      callback = args[1];
      initialValue = args[2];
      args = [args[0]];
    } else if (args.length === 4) {
      callback = args[2];
      initialValue = args[3];
      args = [args[0], args[1]];
    }
    let accumulator = initialValue;
    args.push((e, ea2, s, t3, sa2, ta2, u) => {
      accumulator = callback(accumulator, e, ea2, s, t3, sa2, ta2, u);
    });
    this[forEachName].apply(this, args);
    return accumulator;
  };
}
function attachFindEdge(Class2, description) {
  const { name, type, direction } = description;
  const findEdgeName = "find" + name[0].toUpperCase() + name.slice(1, -1);
  Class2.prototype[findEdgeName] = function(source, target, callback) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return false;
    if (arguments.length === 1) {
      callback = source;
      return forEachEdge(true, this, type, callback);
    }
    if (arguments.length === 2) {
      source = "" + source;
      callback = target;
      const nodeData = this._nodes.get(source);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${findEdgeName}: could not find the "${source}" node in the graph.`
        );
      return forEachEdgeForNode(
        true,
        this.multi,
        type === "mixed" ? this.type : type,
        direction,
        nodeData,
        callback
      );
    }
    if (arguments.length === 3) {
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${findEdgeName}:  could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.${findEdgeName}:  could not find the "${target}" target node in the graph.`
        );
      return forEachEdgeForPath(
        true,
        type,
        this.multi,
        direction,
        sourceData,
        target,
        callback
      );
    }
    throw new InvalidArgumentsGraphError(
      `Graph.${findEdgeName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`
    );
  };
  const someName = "some" + name[0].toUpperCase() + name.slice(1, -1);
  Class2.prototype[someName] = function() {
    const args = Array.prototype.slice.call(arguments);
    const callback = args.pop();
    args.push((e, ea2, s, t3, sa2, ta2, u) => {
      return callback(e, ea2, s, t3, sa2, ta2, u);
    });
    const found = this[findEdgeName].apply(this, args);
    if (found) return true;
    return false;
  };
  const everyName = "every" + name[0].toUpperCase() + name.slice(1, -1);
  Class2.prototype[everyName] = function() {
    const args = Array.prototype.slice.call(arguments);
    const callback = args.pop();
    args.push((e, ea2, s, t3, sa2, ta2, u) => {
      return !callback(e, ea2, s, t3, sa2, ta2, u);
    });
    const found = this[findEdgeName].apply(this, args);
    if (found) return false;
    return true;
  };
}
function attachEdgeIteratorCreator(Class2, description) {
  const { name: originalName, type, direction } = description;
  const name = originalName.slice(0, -1) + "Entries";
  Class2.prototype[name] = function(source, target) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return emptyIterator();
    if (!arguments.length) return createEdgeIterator(this, type);
    if (arguments.length === 1) {
      source = "" + source;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${name}: could not find the "${source}" node in the graph.`
        );
      return createEdgeIteratorForNode(type, direction, sourceData);
    }
    if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${name}:  could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.${name}:  could not find the "${target}" target node in the graph.`
        );
      return createEdgeIteratorForPath(type, direction, sourceData, target);
    }
    throw new InvalidArgumentsGraphError(
      `Graph.${name}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`
    );
  };
}
function attachEdgeIterationMethods(Graph2) {
  EDGES_ITERATION.forEach((description) => {
    attachEdgeArrayCreator(Graph2, description);
    attachForEachEdge(Graph2, description);
    attachFindEdge(Graph2, description);
    attachEdgeIteratorCreator(Graph2, description);
  });
}
var NEIGHBORS_ITERATION = [
  {
    name: "neighbors",
    type: "mixed"
  },
  {
    name: "inNeighbors",
    type: "directed",
    direction: "in"
  },
  {
    name: "outNeighbors",
    type: "directed",
    direction: "out"
  },
  {
    name: "inboundNeighbors",
    type: "mixed",
    direction: "in"
  },
  {
    name: "outboundNeighbors",
    type: "mixed",
    direction: "out"
  },
  {
    name: "directedNeighbors",
    type: "directed"
  },
  {
    name: "undirectedNeighbors",
    type: "undirected"
  }
];
function CompositeSetWrapper() {
  this.A = null;
  this.B = null;
}
CompositeSetWrapper.prototype.wrap = function(set) {
  if (this.A === null) this.A = set;
  else if (this.B === null) this.B = set;
};
CompositeSetWrapper.prototype.has = function(key) {
  if (this.A !== null && key in this.A) return true;
  if (this.B !== null && key in this.B) return true;
  return false;
};
function forEachInObjectOnce(breakable, visited, nodeData, object, callback) {
  for (const k2 in object) {
    const edgeData = object[k2];
    const sourceData = edgeData.source;
    const targetData = edgeData.target;
    const neighborData = sourceData === nodeData ? targetData : sourceData;
    if (visited && visited.has(neighborData.key)) continue;
    const shouldBreak = callback(neighborData.key, neighborData.attributes);
    if (breakable && shouldBreak) return neighborData.key;
  }
  return;
}
function forEachNeighbor(breakable, type, direction, nodeData, callback) {
  if (type !== "mixed") {
    if (type === "undirected")
      return forEachInObjectOnce(
        breakable,
        null,
        nodeData,
        nodeData.undirected,
        callback
      );
    if (typeof direction === "string")
      return forEachInObjectOnce(
        breakable,
        null,
        nodeData,
        nodeData[direction],
        callback
      );
  }
  const visited = new CompositeSetWrapper();
  let found;
  if (type !== "undirected") {
    if (direction !== "out") {
      found = forEachInObjectOnce(
        breakable,
        null,
        nodeData,
        nodeData.in,
        callback
      );
      if (breakable && found) return found;
      visited.wrap(nodeData.in);
    }
    if (direction !== "in") {
      found = forEachInObjectOnce(
        breakable,
        visited,
        nodeData,
        nodeData.out,
        callback
      );
      if (breakable && found) return found;
      visited.wrap(nodeData.out);
    }
  }
  if (type !== "directed") {
    found = forEachInObjectOnce(
      breakable,
      visited,
      nodeData,
      nodeData.undirected,
      callback
    );
    if (breakable && found) return found;
  }
  return;
}
function createNeighborArrayForNode(type, direction, nodeData) {
  if (type !== "mixed") {
    if (type === "undirected") return Object.keys(nodeData.undirected);
    if (typeof direction === "string") return Object.keys(nodeData[direction]);
  }
  const neighbors = [];
  forEachNeighbor(false, type, direction, nodeData, function(key) {
    neighbors.push(key);
  });
  return neighbors;
}
function createDedupedObjectIterator(visited, nodeData, object) {
  const keys = Object.keys(object);
  const l = keys.length;
  let i = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      let neighborData = null;
      do {
        if (i >= l) {
          if (visited) visited.wrap(object);
          return { done: true };
        }
        const edgeData = object[keys[i++]];
        const sourceData = edgeData.source;
        const targetData = edgeData.target;
        neighborData = sourceData === nodeData ? targetData : sourceData;
        if (visited && visited.has(neighborData.key)) {
          neighborData = null;
          continue;
        }
      } while (neighborData === null);
      return {
        done: false,
        value: { neighbor: neighborData.key, attributes: neighborData.attributes }
      };
    }
  };
}
function createNeighborIterator(type, direction, nodeData) {
  if (type !== "mixed") {
    if (type === "undirected")
      return createDedupedObjectIterator(null, nodeData, nodeData.undirected);
    if (typeof direction === "string")
      return createDedupedObjectIterator(null, nodeData, nodeData[direction]);
  }
  let iterator = emptyIterator();
  const visited = new CompositeSetWrapper();
  if (type !== "undirected") {
    if (direction !== "out") {
      iterator = chain(
        iterator,
        createDedupedObjectIterator(visited, nodeData, nodeData.in)
      );
    }
    if (direction !== "in") {
      iterator = chain(
        iterator,
        createDedupedObjectIterator(visited, nodeData, nodeData.out)
      );
    }
  }
  if (type !== "directed") {
    iterator = chain(
      iterator,
      createDedupedObjectIterator(visited, nodeData, nodeData.undirected)
    );
  }
  return iterator;
}
function attachNeighborArrayCreator(Class2, description) {
  const { name, type, direction } = description;
  Class2.prototype[name] = function(node) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return [];
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (typeof nodeData === "undefined")
      throw new NotFoundGraphError(
        `Graph.${name}: could not find the "${node}" node in the graph.`
      );
    return createNeighborArrayForNode(
      type === "mixed" ? this.type : type,
      direction,
      nodeData
    );
  };
}
function attachForEachNeighbor(Class2, description) {
  const { name, type, direction } = description;
  const forEachName = "forEach" + name[0].toUpperCase() + name.slice(1, -1);
  Class2.prototype[forEachName] = function(node, callback) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (typeof nodeData === "undefined")
      throw new NotFoundGraphError(
        `Graph.${forEachName}: could not find the "${node}" node in the graph.`
      );
    forEachNeighbor(
      false,
      type === "mixed" ? this.type : type,
      direction,
      nodeData,
      callback
    );
  };
  const mapName = "map" + name[0].toUpperCase() + name.slice(1);
  Class2.prototype[mapName] = function(node, callback) {
    const result = [];
    this[forEachName](node, (n2, a) => {
      result.push(callback(n2, a));
    });
    return result;
  };
  const filterName = "filter" + name[0].toUpperCase() + name.slice(1);
  Class2.prototype[filterName] = function(node, callback) {
    const result = [];
    this[forEachName](node, (n2, a) => {
      if (callback(n2, a)) result.push(n2);
    });
    return result;
  };
  const reduceName = "reduce" + name[0].toUpperCase() + name.slice(1);
  Class2.prototype[reduceName] = function(node, callback, initialValue) {
    if (arguments.length < 3)
      throw new InvalidArgumentsGraphError(
        `Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`
      );
    let accumulator = initialValue;
    this[forEachName](node, (n2, a) => {
      accumulator = callback(accumulator, n2, a);
    });
    return accumulator;
  };
}
function attachFindNeighbor(Class2, description) {
  const { name, type, direction } = description;
  const capitalizedSingular = name[0].toUpperCase() + name.slice(1, -1);
  const findName = "find" + capitalizedSingular;
  Class2.prototype[findName] = function(node, callback) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (typeof nodeData === "undefined")
      throw new NotFoundGraphError(
        `Graph.${findName}: could not find the "${node}" node in the graph.`
      );
    return forEachNeighbor(
      true,
      type === "mixed" ? this.type : type,
      direction,
      nodeData,
      callback
    );
  };
  const someName = "some" + capitalizedSingular;
  Class2.prototype[someName] = function(node, callback) {
    const found = this[findName](node, callback);
    if (found) return true;
    return false;
  };
  const everyName = "every" + capitalizedSingular;
  Class2.prototype[everyName] = function(node, callback) {
    const found = this[findName](node, (n2, a) => {
      return !callback(n2, a);
    });
    if (found) return false;
    return true;
  };
}
function attachNeighborIteratorCreator(Class2, description) {
  const { name, type, direction } = description;
  const iteratorName = name.slice(0, -1) + "Entries";
  Class2.prototype[iteratorName] = function(node) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return emptyIterator();
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (typeof nodeData === "undefined")
      throw new NotFoundGraphError(
        `Graph.${iteratorName}: could not find the "${node}" node in the graph.`
      );
    return createNeighborIterator(
      type === "mixed" ? this.type : type,
      direction,
      nodeData
    );
  };
}
function attachNeighborIterationMethods(Graph2) {
  NEIGHBORS_ITERATION.forEach((description) => {
    attachNeighborArrayCreator(Graph2, description);
    attachForEachNeighbor(Graph2, description);
    attachFindNeighbor(Graph2, description);
    attachNeighborIteratorCreator(Graph2, description);
  });
}
function forEachAdjacency(breakable, assymetric, disconnectedNodes, graph, callback) {
  const iterator = graph._nodes.values();
  const type = graph.type;
  let step, sourceData, neighbor, adj, edgeData, targetData, shouldBreak;
  while (step = iterator.next(), step.done !== true) {
    let hasEdges = false;
    sourceData = step.value;
    if (type !== "undirected") {
      adj = sourceData.out;
      for (neighbor in adj) {
        edgeData = adj[neighbor];
        do {
          targetData = edgeData.target;
          hasEdges = true;
          shouldBreak = callback(
            sourceData.key,
            targetData.key,
            sourceData.attributes,
            targetData.attributes,
            edgeData.key,
            edgeData.attributes,
            edgeData.undirected
          );
          if (breakable && shouldBreak) return edgeData;
          edgeData = edgeData.next;
        } while (edgeData);
      }
    }
    if (type !== "directed") {
      adj = sourceData.undirected;
      for (neighbor in adj) {
        if (assymetric && sourceData.key > neighbor) continue;
        edgeData = adj[neighbor];
        do {
          targetData = edgeData.target;
          if (targetData.key !== neighbor) targetData = edgeData.source;
          hasEdges = true;
          shouldBreak = callback(
            sourceData.key,
            targetData.key,
            sourceData.attributes,
            targetData.attributes,
            edgeData.key,
            edgeData.attributes,
            edgeData.undirected
          );
          if (breakable && shouldBreak) return edgeData;
          edgeData = edgeData.next;
        } while (edgeData);
      }
    }
    if (disconnectedNodes && !hasEdges) {
      shouldBreak = callback(
        sourceData.key,
        null,
        sourceData.attributes,
        null,
        null,
        null,
        null
      );
      if (breakable && shouldBreak) return null;
    }
  }
  return;
}
function serializeNode(key, data) {
  const serialized = { key };
  if (!isEmpty(data.attributes))
    serialized.attributes = assign({}, data.attributes);
  return serialized;
}
function serializeEdge(type, key, data) {
  const serialized = {
    key,
    source: data.source.key,
    target: data.target.key
  };
  if (!isEmpty(data.attributes))
    serialized.attributes = assign({}, data.attributes);
  if (type === "mixed" && data.undirected) serialized.undirected = true;
  return serialized;
}
function validateSerializedNode(value) {
  if (!isPlainObject(value))
    throw new InvalidArgumentsGraphError(
      'Graph.import: invalid serialized node. A serialized node should be a plain object with at least a "key" property.'
    );
  if (!("key" in value))
    throw new InvalidArgumentsGraphError(
      "Graph.import: serialized node is missing its key."
    );
  if ("attributes" in value && (!isPlainObject(value.attributes) || value.attributes === null))
    throw new InvalidArgumentsGraphError(
      "Graph.import: invalid attributes. Attributes should be a plain object, null or omitted."
    );
}
function validateSerializedEdge(value) {
  if (!isPlainObject(value))
    throw new InvalidArgumentsGraphError(
      'Graph.import: invalid serialized edge. A serialized edge should be a plain object with at least a "source" & "target" property.'
    );
  if (!("source" in value))
    throw new InvalidArgumentsGraphError(
      "Graph.import: serialized edge is missing its source."
    );
  if (!("target" in value))
    throw new InvalidArgumentsGraphError(
      "Graph.import: serialized edge is missing its target."
    );
  if ("attributes" in value && (!isPlainObject(value.attributes) || value.attributes === null))
    throw new InvalidArgumentsGraphError(
      "Graph.import: invalid attributes. Attributes should be a plain object, null or omitted."
    );
  if ("undirected" in value && typeof value.undirected !== "boolean")
    throw new InvalidArgumentsGraphError(
      "Graph.import: invalid undirectedness information. Undirected should be boolean or omitted."
    );
}
var INSTANCE_ID = incrementalIdStartingFromRandomByte();
var TYPES = /* @__PURE__ */ new Set(["directed", "undirected", "mixed"]);
var EMITTER_PROPS = /* @__PURE__ */ new Set([
  "domain",
  "_events",
  "_eventsCount",
  "_maxListeners"
]);
var EDGE_ADD_METHODS = [
  {
    name: (verb) => `${verb}Edge`,
    generateKey: true
  },
  {
    name: (verb) => `${verb}DirectedEdge`,
    generateKey: true,
    type: "directed"
  },
  {
    name: (verb) => `${verb}UndirectedEdge`,
    generateKey: true,
    type: "undirected"
  },
  {
    name: (verb) => `${verb}EdgeWithKey`
  },
  {
    name: (verb) => `${verb}DirectedEdgeWithKey`,
    type: "directed"
  },
  {
    name: (verb) => `${verb}UndirectedEdgeWithKey`,
    type: "undirected"
  }
];
var DEFAULTS = {
  allowSelfLoops: true,
  multi: false,
  type: "mixed"
};
function addNode(graph, node, attributes) {
  if (attributes && !isPlainObject(attributes))
    throw new InvalidArgumentsGraphError(
      `Graph.addNode: invalid attributes. Expecting an object but got "${attributes}"`
    );
  node = "" + node;
  attributes = attributes || {};
  if (graph._nodes.has(node))
    throw new UsageGraphError(
      `Graph.addNode: the "${node}" node already exist in the graph.`
    );
  const data = new graph.NodeDataClass(node, attributes);
  graph._nodes.set(node, data);
  graph.emit("nodeAdded", {
    key: node,
    attributes
  });
  return data;
}
function unsafeAddNode(graph, node, attributes) {
  const data = new graph.NodeDataClass(node, attributes);
  graph._nodes.set(node, data);
  graph.emit("nodeAdded", {
    key: node,
    attributes
  });
  return data;
}
function addEdge(graph, name, mustGenerateKey, undirected, edge, source, target, attributes) {
  if (!undirected && graph.type === "undirected")
    throw new UsageGraphError(
      `Graph.${name}: you cannot add a directed edge to an undirected graph. Use the #.addEdge or #.addUndirectedEdge instead.`
    );
  if (undirected && graph.type === "directed")
    throw new UsageGraphError(
      `Graph.${name}: you cannot add an undirected edge to a directed graph. Use the #.addEdge or #.addDirectedEdge instead.`
    );
  if (attributes && !isPlainObject(attributes))
    throw new InvalidArgumentsGraphError(
      `Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`
    );
  source = "" + source;
  target = "" + target;
  attributes = attributes || {};
  if (!graph.allowSelfLoops && source === target)
    throw new UsageGraphError(
      `Graph.${name}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`
    );
  const sourceData = graph._nodes.get(source), targetData = graph._nodes.get(target);
  if (!sourceData)
    throw new NotFoundGraphError(
      `Graph.${name}: source node "${source}" not found.`
    );
  if (!targetData)
    throw new NotFoundGraphError(
      `Graph.${name}: target node "${target}" not found.`
    );
  const eventData = {
    key: null,
    undirected,
    source,
    target,
    attributes
  };
  if (mustGenerateKey) {
    edge = graph._edgeKeyGenerator();
  } else {
    edge = "" + edge;
    if (graph._edges.has(edge))
      throw new UsageGraphError(
        `Graph.${name}: the "${edge}" edge already exists in the graph.`
      );
  }
  if (!graph.multi && (undirected ? typeof sourceData.undirected[target] !== "undefined" : typeof sourceData.out[target] !== "undefined")) {
    throw new UsageGraphError(
      `Graph.${name}: an edge linking "${source}" to "${target}" already exists. If you really want to add multiple edges linking those nodes, you should create a multi graph by using the 'multi' option.`
    );
  }
  const edgeData = new EdgeData(
    undirected,
    edge,
    sourceData,
    targetData,
    attributes
  );
  graph._edges.set(edge, edgeData);
  const isSelfLoop = source === target;
  if (undirected) {
    sourceData.undirectedDegree++;
    targetData.undirectedDegree++;
    if (isSelfLoop) {
      sourceData.undirectedLoops++;
      graph._undirectedSelfLoopCount++;
    }
  } else {
    sourceData.outDegree++;
    targetData.inDegree++;
    if (isSelfLoop) {
      sourceData.directedLoops++;
      graph._directedSelfLoopCount++;
    }
  }
  if (graph.multi) edgeData.attachMulti();
  else edgeData.attach();
  if (undirected) graph._undirectedSize++;
  else graph._directedSize++;
  eventData.key = edge;
  graph.emit("edgeAdded", eventData);
  return edge;
}
function mergeEdge(graph, name, mustGenerateKey, undirected, edge, source, target, attributes, asUpdater) {
  if (!undirected && graph.type === "undirected")
    throw new UsageGraphError(
      `Graph.${name}: you cannot merge/update a directed edge to an undirected graph. Use the #.mergeEdge/#.updateEdge or #.addUndirectedEdge instead.`
    );
  if (undirected && graph.type === "directed")
    throw new UsageGraphError(
      `Graph.${name}: you cannot merge/update an undirected edge to a directed graph. Use the #.mergeEdge/#.updateEdge or #.addDirectedEdge instead.`
    );
  if (attributes) {
    if (asUpdater) {
      if (typeof attributes !== "function")
        throw new InvalidArgumentsGraphError(
          `Graph.${name}: invalid updater function. Expecting a function but got "${attributes}"`
        );
    } else {
      if (!isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          `Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`
        );
    }
  }
  source = "" + source;
  target = "" + target;
  let updater;
  if (asUpdater) {
    updater = attributes;
    attributes = void 0;
  }
  if (!graph.allowSelfLoops && source === target)
    throw new UsageGraphError(
      `Graph.${name}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`
    );
  let sourceData = graph._nodes.get(source);
  let targetData = graph._nodes.get(target);
  let edgeData;
  let alreadyExistingEdgeData;
  if (!mustGenerateKey) {
    edgeData = graph._edges.get(edge);
    if (edgeData) {
      if (edgeData.source.key !== source || edgeData.target.key !== target) {
        if (!undirected || edgeData.source.key !== target || edgeData.target.key !== source) {
          throw new UsageGraphError(
            `Graph.${name}: inconsistency detected when attempting to merge the "${edge}" edge with "${source}" source & "${target}" target vs. ("${edgeData.source.key}", "${edgeData.target.key}").`
          );
        }
      }
      alreadyExistingEdgeData = edgeData;
    }
  }
  if (!alreadyExistingEdgeData && !graph.multi && sourceData) {
    alreadyExistingEdgeData = undirected ? sourceData.undirected[target] : sourceData.out[target];
  }
  if (alreadyExistingEdgeData) {
    const info = [alreadyExistingEdgeData.key, false, false, false];
    if (asUpdater ? !updater : !attributes) return info;
    if (asUpdater) {
      const oldAttributes = alreadyExistingEdgeData.attributes;
      alreadyExistingEdgeData.attributes = updater(oldAttributes);
      graph.emit("edgeAttributesUpdated", {
        type: "replace",
        key: alreadyExistingEdgeData.key,
        attributes: alreadyExistingEdgeData.attributes
      });
    } else {
      assign(alreadyExistingEdgeData.attributes, attributes);
      graph.emit("edgeAttributesUpdated", {
        type: "merge",
        key: alreadyExistingEdgeData.key,
        attributes: alreadyExistingEdgeData.attributes,
        data: attributes
      });
    }
    return info;
  }
  attributes = attributes || {};
  if (asUpdater && updater) attributes = updater(attributes);
  const eventData = {
    key: null,
    undirected,
    source,
    target,
    attributes
  };
  if (mustGenerateKey) {
    edge = graph._edgeKeyGenerator();
  } else {
    edge = "" + edge;
    if (graph._edges.has(edge))
      throw new UsageGraphError(
        `Graph.${name}: the "${edge}" edge already exists in the graph.`
      );
  }
  let sourceWasAdded = false;
  let targetWasAdded = false;
  if (!sourceData) {
    sourceData = unsafeAddNode(graph, source, {});
    sourceWasAdded = true;
    if (source === target) {
      targetData = sourceData;
      targetWasAdded = true;
    }
  }
  if (!targetData) {
    targetData = unsafeAddNode(graph, target, {});
    targetWasAdded = true;
  }
  edgeData = new EdgeData(undirected, edge, sourceData, targetData, attributes);
  graph._edges.set(edge, edgeData);
  const isSelfLoop = source === target;
  if (undirected) {
    sourceData.undirectedDegree++;
    targetData.undirectedDegree++;
    if (isSelfLoop) {
      sourceData.undirectedLoops++;
      graph._undirectedSelfLoopCount++;
    }
  } else {
    sourceData.outDegree++;
    targetData.inDegree++;
    if (isSelfLoop) {
      sourceData.directedLoops++;
      graph._directedSelfLoopCount++;
    }
  }
  if (graph.multi) edgeData.attachMulti();
  else edgeData.attach();
  if (undirected) graph._undirectedSize++;
  else graph._directedSize++;
  eventData.key = edge;
  graph.emit("edgeAdded", eventData);
  return [edge, true, sourceWasAdded, targetWasAdded];
}
function dropEdgeFromData(graph, edgeData) {
  graph._edges.delete(edgeData.key);
  const { source: sourceData, target: targetData, attributes } = edgeData;
  const undirected = edgeData.undirected;
  const isSelfLoop = sourceData === targetData;
  if (undirected) {
    sourceData.undirectedDegree--;
    targetData.undirectedDegree--;
    if (isSelfLoop) {
      sourceData.undirectedLoops--;
      graph._undirectedSelfLoopCount--;
    }
  } else {
    sourceData.outDegree--;
    targetData.inDegree--;
    if (isSelfLoop) {
      sourceData.directedLoops--;
      graph._directedSelfLoopCount--;
    }
  }
  if (graph.multi) edgeData.detachMulti();
  else edgeData.detach();
  if (undirected) graph._undirectedSize--;
  else graph._directedSize--;
  graph.emit("edgeDropped", {
    key: edgeData.key,
    attributes,
    source: sourceData.key,
    target: targetData.key,
    undirected
  });
}
var Graph = class _Graph extends EventEmitter {
  constructor(options) {
    super();
    options = assign({}, DEFAULTS, options);
    if (typeof options.multi !== "boolean")
      throw new InvalidArgumentsGraphError(
        `Graph.constructor: invalid 'multi' option. Expecting a boolean but got "${options.multi}".`
      );
    if (!TYPES.has(options.type))
      throw new InvalidArgumentsGraphError(
        `Graph.constructor: invalid 'type' option. Should be one of "mixed", "directed" or "undirected" but got "${options.type}".`
      );
    if (typeof options.allowSelfLoops !== "boolean")
      throw new InvalidArgumentsGraphError(
        `Graph.constructor: invalid 'allowSelfLoops' option. Expecting a boolean but got "${options.allowSelfLoops}".`
      );
    const NodeDataClass = options.type === "mixed" ? MixedNodeData : options.type === "directed" ? DirectedNodeData : UndirectedNodeData;
    privateProperty(this, "NodeDataClass", NodeDataClass);
    const instancePrefix = "geid_" + INSTANCE_ID() + "_";
    let edgeId = 0;
    const edgeKeyGenerator = () => {
      let availableEdgeKey;
      do {
        availableEdgeKey = instancePrefix + edgeId++;
      } while (this._edges.has(availableEdgeKey));
      return availableEdgeKey;
    };
    privateProperty(this, "_attributes", {});
    privateProperty(this, "_nodes", /* @__PURE__ */ new Map());
    privateProperty(this, "_edges", /* @__PURE__ */ new Map());
    privateProperty(this, "_directedSize", 0);
    privateProperty(this, "_undirectedSize", 0);
    privateProperty(this, "_directedSelfLoopCount", 0);
    privateProperty(this, "_undirectedSelfLoopCount", 0);
    privateProperty(this, "_edgeKeyGenerator", edgeKeyGenerator);
    privateProperty(this, "_options", options);
    EMITTER_PROPS.forEach((prop) => privateProperty(this, prop, this[prop]));
    readOnlyProperty(this, "order", () => this._nodes.size);
    readOnlyProperty(this, "size", () => this._edges.size);
    readOnlyProperty(this, "directedSize", () => this._directedSize);
    readOnlyProperty(this, "undirectedSize", () => this._undirectedSize);
    readOnlyProperty(
      this,
      "selfLoopCount",
      () => this._directedSelfLoopCount + this._undirectedSelfLoopCount
    );
    readOnlyProperty(
      this,
      "directedSelfLoopCount",
      () => this._directedSelfLoopCount
    );
    readOnlyProperty(
      this,
      "undirectedSelfLoopCount",
      () => this._undirectedSelfLoopCount
    );
    readOnlyProperty(this, "multi", this._options.multi);
    readOnlyProperty(this, "type", this._options.type);
    readOnlyProperty(this, "allowSelfLoops", this._options.allowSelfLoops);
    readOnlyProperty(this, "implementation", () => "graphology");
  }
  _resetInstanceCounters() {
    this._directedSize = 0;
    this._undirectedSize = 0;
    this._directedSelfLoopCount = 0;
    this._undirectedSelfLoopCount = 0;
  }
  /**---------------------------------------------------------------------------
   * Read
   **---------------------------------------------------------------------------
   */
  /**
   * Method returning whether the given node is found in the graph.
   *
   * @param  {any}     node - The node.
   * @return {boolean}
   */
  hasNode(node) {
    return this._nodes.has("" + node);
  }
  /**
   * Method returning whether the given directed edge is found in the graph.
   *
   * Arity 1:
   * @param  {any}     edge - The edge's key.
   *
   * Arity 2:
   * @param  {any}     source - The edge's source.
   * @param  {any}     target - The edge's target.
   *
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the arguments are invalid.
   */
  hasDirectedEdge(source, target) {
    if (this.type === "undirected") return false;
    if (arguments.length === 1) {
      const edge = "" + source;
      const edgeData = this._edges.get(edge);
      return !!edgeData && !edgeData.undirected;
    } else if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const nodeData = this._nodes.get(source);
      if (!nodeData) return false;
      return nodeData.out.hasOwnProperty(target);
    }
    throw new InvalidArgumentsGraphError(
      `Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
    );
  }
  /**
   * Method returning whether the given undirected edge is found in the graph.
   *
   * Arity 1:
   * @param  {any}     edge - The edge's key.
   *
   * Arity 2:
   * @param  {any}     source - The edge's source.
   * @param  {any}     target - The edge's target.
   *
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the arguments are invalid.
   */
  hasUndirectedEdge(source, target) {
    if (this.type === "directed") return false;
    if (arguments.length === 1) {
      const edge = "" + source;
      const edgeData = this._edges.get(edge);
      return !!edgeData && edgeData.undirected;
    } else if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const nodeData = this._nodes.get(source);
      if (!nodeData) return false;
      return nodeData.undirected.hasOwnProperty(target);
    }
    throw new InvalidArgumentsGraphError(
      `Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
    );
  }
  /**
   * Method returning whether the given edge is found in the graph.
   *
   * Arity 1:
   * @param  {any}     edge - The edge's key.
   *
   * Arity 2:
   * @param  {any}     source - The edge's source.
   * @param  {any}     target - The edge's target.
   *
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the arguments are invalid.
   */
  hasEdge(source, target) {
    if (arguments.length === 1) {
      const edge = "" + source;
      return this._edges.has(edge);
    } else if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const nodeData = this._nodes.get(source);
      if (!nodeData) return false;
      return typeof nodeData.out !== "undefined" && nodeData.out.hasOwnProperty(target) || typeof nodeData.undirected !== "undefined" && nodeData.undirected.hasOwnProperty(target);
    }
    throw new InvalidArgumentsGraphError(
      `Graph.hasEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
    );
  }
  /**
   * Method returning the edge matching source & target in a directed fashion.
   *
   * @param  {any} source - The edge's source.
   * @param  {any} target - The edge's target.
   *
   * @return {any|undefined}
   *
   * @throws {Error} - Will throw if the graph is multi.
   * @throws {Error} - Will throw if source or target doesn't exist.
   */
  directedEdge(source, target) {
    if (this.type === "undirected") return;
    source = "" + source;
    target = "" + target;
    if (this.multi)
      throw new UsageGraphError(
        "Graph.directedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.directedEdges instead."
      );
    const sourceData = this._nodes.get(source);
    if (!sourceData)
      throw new NotFoundGraphError(
        `Graph.directedEdge: could not find the "${source}" source node in the graph.`
      );
    if (!this._nodes.has(target))
      throw new NotFoundGraphError(
        `Graph.directedEdge: could not find the "${target}" target node in the graph.`
      );
    const edgeData = sourceData.out && sourceData.out[target] || void 0;
    if (edgeData) return edgeData.key;
  }
  /**
   * Method returning the edge matching source & target in a undirected fashion.
   *
   * @param  {any} source - The edge's source.
   * @param  {any} target - The edge's target.
   *
   * @return {any|undefined}
   *
   * @throws {Error} - Will throw if the graph is multi.
   * @throws {Error} - Will throw if source or target doesn't exist.
   */
  undirectedEdge(source, target) {
    if (this.type === "directed") return;
    source = "" + source;
    target = "" + target;
    if (this.multi)
      throw new UsageGraphError(
        "Graph.undirectedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.undirectedEdges instead."
      );
    const sourceData = this._nodes.get(source);
    if (!sourceData)
      throw new NotFoundGraphError(
        `Graph.undirectedEdge: could not find the "${source}" source node in the graph.`
      );
    if (!this._nodes.has(target))
      throw new NotFoundGraphError(
        `Graph.undirectedEdge: could not find the "${target}" target node in the graph.`
      );
    const edgeData = sourceData.undirected && sourceData.undirected[target] || void 0;
    if (edgeData) return edgeData.key;
  }
  /**
   * Method returning the edge matching source & target in a mixed fashion.
   *
   * @param  {any} source - The edge's source.
   * @param  {any} target - The edge's target.
   *
   * @return {any|undefined}
   *
   * @throws {Error} - Will throw if the graph is multi.
   * @throws {Error} - Will throw if source or target doesn't exist.
   */
  edge(source, target) {
    if (this.multi)
      throw new UsageGraphError(
        "Graph.edge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.edges instead."
      );
    source = "" + source;
    target = "" + target;
    const sourceData = this._nodes.get(source);
    if (!sourceData)
      throw new NotFoundGraphError(
        `Graph.edge: could not find the "${source}" source node in the graph.`
      );
    if (!this._nodes.has(target))
      throw new NotFoundGraphError(
        `Graph.edge: could not find the "${target}" target node in the graph.`
      );
    const edgeData = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target] || void 0;
    if (edgeData) return edgeData.key;
  }
  /**
   * Method returning whether two nodes are directed neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areDirectedNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areDirectedNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return false;
    return neighbor in nodeData.in || neighbor in nodeData.out;
  }
  /**
   * Method returning whether two nodes are out neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areOutNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areOutNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return false;
    return neighbor in nodeData.out;
  }
  /**
   * Method returning whether two nodes are in neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areInNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areInNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return false;
    return neighbor in nodeData.in;
  }
  /**
   * Method returning whether two nodes are undirected neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areUndirectedNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areUndirectedNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type === "directed") return false;
    return neighbor in nodeData.undirected;
  }
  /**
   * Method returning whether two nodes are neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type !== "undirected") {
      if (neighbor in nodeData.in || neighbor in nodeData.out) return true;
    }
    if (this.type !== "directed") {
      if (neighbor in nodeData.undirected) return true;
    }
    return false;
  }
  /**
   * Method returning whether two nodes are inbound neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areInboundNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areInboundNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type !== "undirected") {
      if (neighbor in nodeData.in) return true;
    }
    if (this.type !== "directed") {
      if (neighbor in nodeData.undirected) return true;
    }
    return false;
  }
  /**
   * Method returning whether two nodes are outbound neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areOutboundNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areOutboundNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type !== "undirected") {
      if (neighbor in nodeData.out) return true;
    }
    if (this.type !== "directed") {
      if (neighbor in nodeData.undirected) return true;
    }
    return false;
  }
  /**
   * Method returning the given node's in degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  inDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.inDegree: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.inDegree;
  }
  /**
   * Method returning the given node's out degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  outDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.outDegree: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.outDegree;
  }
  /**
   * Method returning the given node's directed degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  directedDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.directedDegree: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.inDegree + nodeData.outDegree;
  }
  /**
   * Method returning the given node's undirected degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  undirectedDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.undirectedDegree: could not find the "${node}" node in the graph.`
      );
    if (this.type === "directed") return 0;
    return nodeData.undirectedDegree;
  }
  /**
   * Method returning the given node's inbound degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's inbound degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  inboundDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.inboundDegree: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
    }
    if (this.type !== "undirected") {
      degree += nodeData.inDegree;
    }
    return degree;
  }
  /**
   * Method returning the given node's outbound degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's outbound degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  outboundDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.outboundDegree: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
    }
    if (this.type !== "undirected") {
      degree += nodeData.outDegree;
    }
    return degree;
  }
  /**
   * Method returning the given node's directed degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  degree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.degree: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
    }
    if (this.type !== "undirected") {
      degree += nodeData.inDegree + nodeData.outDegree;
    }
    return degree;
  }
  /**
   * Method returning the given node's in degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  inDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.inDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.inDegree - nodeData.directedLoops;
  }
  /**
   * Method returning the given node's out degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  outDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.outDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.outDegree - nodeData.directedLoops;
  }
  /**
   * Method returning the given node's directed degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  directedDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.directedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.inDegree + nodeData.outDegree - nodeData.directedLoops * 2;
  }
  /**
   * Method returning the given node's undirected degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  undirectedDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.undirectedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    if (this.type === "directed") return 0;
    return nodeData.undirectedDegree - nodeData.undirectedLoops * 2;
  }
  /**
   * Method returning the given node's inbound degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's inbound degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  inboundDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.inboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    let loops = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
      loops += nodeData.undirectedLoops * 2;
    }
    if (this.type !== "undirected") {
      degree += nodeData.inDegree;
      loops += nodeData.directedLoops;
    }
    return degree - loops;
  }
  /**
   * Method returning the given node's outbound degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's outbound degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  outboundDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.outboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    let loops = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
      loops += nodeData.undirectedLoops * 2;
    }
    if (this.type !== "undirected") {
      degree += nodeData.outDegree;
      loops += nodeData.directedLoops;
    }
    return degree - loops;
  }
  /**
   * Method returning the given node's directed degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  degreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.degreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    let loops = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
      loops += nodeData.undirectedLoops * 2;
    }
    if (this.type !== "undirected") {
      degree += nodeData.inDegree + nodeData.outDegree;
      loops += nodeData.directedLoops * 2;
    }
    return degree - loops;
  }
  /**
   * Method returning the given edge's source.
   *
   * @param  {any} edge - The edge's key.
   * @return {any}      - The edge's source.
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  source(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.source: could not find the "${edge}" edge in the graph.`
      );
    return data.source.key;
  }
  /**
   * Method returning the given edge's target.
   *
   * @param  {any} edge - The edge's key.
   * @return {any}      - The edge's target.
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  target(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.target: could not find the "${edge}" edge in the graph.`
      );
    return data.target.key;
  }
  /**
   * Method returning the given edge's extremities.
   *
   * @param  {any}   edge - The edge's key.
   * @return {array}      - The edge's extremities.
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  extremities(edge) {
    edge = "" + edge;
    const edgeData = this._edges.get(edge);
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.extremities: could not find the "${edge}" edge in the graph.`
      );
    return [edgeData.source.key, edgeData.target.key];
  }
  /**
   * Given a node & an edge, returns the other extremity of the edge.
   *
   * @param  {any}   node - The node's key.
   * @param  {any}   edge - The edge's key.
   * @return {any}        - The related node.
   *
   * @throws {Error} - Will throw if the edge isn't in the graph or if the
   *                   edge & node are not related.
   */
  opposite(node, edge) {
    node = "" + node;
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.opposite: could not find the "${edge}" edge in the graph.`
      );
    const source = data.source.key;
    const target = data.target.key;
    if (node === source) return target;
    if (node === target) return source;
    throw new NotFoundGraphError(
      `Graph.opposite: the "${node}" node is not attached to the "${edge}" edge (${source}, ${target}).`
    );
  }
  /**
   * Returns whether the given edge has the given node as extremity.
   *
   * @param  {any}     edge - The edge's key.
   * @param  {any}     node - The node's key.
   * @return {boolean}      - The related node.
   *
   * @throws {Error} - Will throw if either the node or the edge isn't in the graph.
   */
  hasExtremity(edge, node) {
    edge = "" + edge;
    node = "" + node;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.hasExtremity: could not find the "${edge}" edge in the graph.`
      );
    return data.source.key === node || data.target.key === node;
  }
  /**
   * Method returning whether the given edge is undirected.
   *
   * @param  {any}     edge - The edge's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  isUndirected(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.isUndirected: could not find the "${edge}" edge in the graph.`
      );
    return data.undirected;
  }
  /**
   * Method returning whether the given edge is directed.
   *
   * @param  {any}     edge - The edge's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  isDirected(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.isDirected: could not find the "${edge}" edge in the graph.`
      );
    return !data.undirected;
  }
  /**
   * Method returning whether the given edge is a self loop.
   *
   * @param  {any}     edge - The edge's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  isSelfLoop(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.isSelfLoop: could not find the "${edge}" edge in the graph.`
      );
    return data.source === data.target;
  }
  /**---------------------------------------------------------------------------
   * Mutation
   **---------------------------------------------------------------------------
   */
  /**
   * Method used to add a node to the graph.
   *
   * @param  {any}    node         - The node.
   * @param  {object} [attributes] - Optional attributes.
   * @return {any}                 - The node.
   *
   * @throws {Error} - Will throw if the given node already exist.
   * @throws {Error} - Will throw if the given attributes are not an object.
   */
  addNode(node, attributes) {
    const nodeData = addNode(this, node, attributes);
    return nodeData.key;
  }
  /**
   * Method used to merge a node into the graph.
   *
   * @param  {any}    node         - The node.
   * @param  {object} [attributes] - Optional attributes.
   * @return {any}                 - The node.
   */
  mergeNode(node, attributes) {
    if (attributes && !isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.mergeNode: invalid attributes. Expecting an object but got "${attributes}"`
      );
    node = "" + node;
    attributes = attributes || {};
    let data = this._nodes.get(node);
    if (data) {
      if (attributes) {
        assign(data.attributes, attributes);
        this.emit("nodeAttributesUpdated", {
          type: "merge",
          key: node,
          attributes: data.attributes,
          data: attributes
        });
      }
      return [node, false];
    }
    data = new this.NodeDataClass(node, attributes);
    this._nodes.set(node, data);
    this.emit("nodeAdded", {
      key: node,
      attributes
    });
    return [node, true];
  }
  /**
   * Method used to add a node if it does not exist in the graph or else to
   * update its attributes using a function.
   *
   * @param  {any}      node      - The node.
   * @param  {function} [updater] - Optional updater function.
   * @return {any}                - The node.
   */
  updateNode(node, updater) {
    if (updater && typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.updateNode: invalid updater function. Expecting a function but got "${updater}"`
      );
    node = "" + node;
    let data = this._nodes.get(node);
    if (data) {
      if (updater) {
        const oldAttributes = data.attributes;
        data.attributes = updater(oldAttributes);
        this.emit("nodeAttributesUpdated", {
          type: "replace",
          key: node,
          attributes: data.attributes
        });
      }
      return [node, false];
    }
    const attributes = updater ? updater({}) : {};
    data = new this.NodeDataClass(node, attributes);
    this._nodes.set(node, data);
    this.emit("nodeAdded", {
      key: node,
      attributes
    });
    return [node, true];
  }
  /**
   * Method used to drop a single node & all its attached edges from the graph.
   *
   * @param  {any}    node - The node.
   * @return {Graph}
   *
   * @throws {Error} - Will throw if the node doesn't exist.
   */
  dropNode(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.dropNode: could not find the "${node}" node in the graph.`
      );
    let edgeData;
    if (this.type !== "undirected") {
      for (const neighbor in nodeData.out) {
        edgeData = nodeData.out[neighbor];
        do {
          dropEdgeFromData(this, edgeData);
          edgeData = edgeData.next;
        } while (edgeData);
      }
      for (const neighbor in nodeData.in) {
        edgeData = nodeData.in[neighbor];
        do {
          dropEdgeFromData(this, edgeData);
          edgeData = edgeData.next;
        } while (edgeData);
      }
    }
    if (this.type !== "directed") {
      for (const neighbor in nodeData.undirected) {
        edgeData = nodeData.undirected[neighbor];
        do {
          dropEdgeFromData(this, edgeData);
          edgeData = edgeData.next;
        } while (edgeData);
      }
    }
    this._nodes.delete(node);
    this.emit("nodeDropped", {
      key: node,
      attributes: nodeData.attributes
    });
  }
  /**
   * Method used to drop a single edge from the graph.
   *
   * Arity 1:
   * @param  {any}    edge - The edge.
   *
   * Arity 2:
   * @param  {any}    source - Source node.
   * @param  {any}    target - Target node.
   *
   * @return {Graph}
   *
   * @throws {Error} - Will throw if the edge doesn't exist.
   */
  dropEdge(edge) {
    let edgeData;
    if (arguments.length > 1) {
      const source = "" + arguments[0];
      const target = "" + arguments[1];
      edgeData = getMatchingEdge(this, source, target, this.type);
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.dropEdge: could not find the "${source}" -> "${target}" edge in the graph.`
        );
    } else {
      edge = "" + edge;
      edgeData = this._edges.get(edge);
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.dropEdge: could not find the "${edge}" edge in the graph.`
        );
    }
    dropEdgeFromData(this, edgeData);
    return this;
  }
  /**
   * Method used to drop a single directed edge from the graph.
   *
   * @param  {any}    source - Source node.
   * @param  {any}    target - Target node.
   *
   * @return {Graph}
   *
   * @throws {Error} - Will throw if the edge doesn't exist.
   */
  dropDirectedEdge(source, target) {
    if (arguments.length < 2)
      throw new UsageGraphError(
        "Graph.dropDirectedEdge: it does not make sense to try and drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead."
      );
    if (this.multi)
      throw new UsageGraphError(
        "Graph.dropDirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones."
      );
    source = "" + source;
    target = "" + target;
    const edgeData = getMatchingEdge(this, source, target, "directed");
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.dropDirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`
      );
    dropEdgeFromData(this, edgeData);
    return this;
  }
  /**
   * Method used to drop a single undirected edge from the graph.
   *
   * @param  {any}    source - Source node.
   * @param  {any}    target - Target node.
   *
   * @return {Graph}
   *
   * @throws {Error} - Will throw if the edge doesn't exist.
   */
  dropUndirectedEdge(source, target) {
    if (arguments.length < 2)
      throw new UsageGraphError(
        "Graph.dropUndirectedEdge: it does not make sense to drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead."
      );
    if (this.multi)
      throw new UsageGraphError(
        "Graph.dropUndirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones."
      );
    const edgeData = getMatchingEdge(this, source, target, "undirected");
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.dropUndirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`
      );
    dropEdgeFromData(this, edgeData);
    return this;
  }
  /**
   * Method used to remove every edge & every node from the graph.
   *
   * @return {Graph}
   */
  clear() {
    this._edges.clear();
    this._nodes.clear();
    this._resetInstanceCounters();
    this.emit("cleared");
  }
  /**
   * Method used to remove every edge from the graph.
   *
   * @return {Graph}
   */
  clearEdges() {
    const iterator = this._nodes.values();
    let step;
    while (step = iterator.next(), step.done !== true) {
      step.value.clear();
    }
    this._edges.clear();
    this._resetInstanceCounters();
    this.emit("edgesCleared");
  }
  /**---------------------------------------------------------------------------
   * Attributes-related methods
   **---------------------------------------------------------------------------
   */
  /**
   * Method returning the desired graph's attribute.
   *
   * @param  {string} name - Name of the attribute.
   * @return {any}
   */
  getAttribute(name) {
    return this._attributes[name];
  }
  /**
   * Method returning the graph's attributes.
   *
   * @return {object}
   */
  getAttributes() {
    return this._attributes;
  }
  /**
   * Method returning whether the graph has the desired attribute.
   *
   * @param  {string}  name - Name of the attribute.
   * @return {boolean}
   */
  hasAttribute(name) {
    return this._attributes.hasOwnProperty(name);
  }
  /**
   * Method setting a value for the desired graph's attribute.
   *
   * @param  {string}  name  - Name of the attribute.
   * @param  {any}     value - Value for the attribute.
   * @return {Graph}
   */
  setAttribute(name, value) {
    this._attributes[name] = value;
    this.emit("attributesUpdated", {
      type: "set",
      attributes: this._attributes,
      name
    });
    return this;
  }
  /**
   * Method using a function to update the desired graph's attribute's value.
   *
   * @param  {string}   name    - Name of the attribute.
   * @param  {function} updater - Function use to update the attribute's value.
   * @return {Graph}
   */
  updateAttribute(name, updater) {
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.updateAttribute: updater should be a function."
      );
    const value = this._attributes[name];
    this._attributes[name] = updater(value);
    this.emit("attributesUpdated", {
      type: "set",
      attributes: this._attributes,
      name
    });
    return this;
  }
  /**
   * Method removing the desired graph's attribute.
   *
   * @param  {string} name  - Name of the attribute.
   * @return {Graph}
   */
  removeAttribute(name) {
    delete this._attributes[name];
    this.emit("attributesUpdated", {
      type: "remove",
      attributes: this._attributes,
      name
    });
    return this;
  }
  /**
   * Method replacing the graph's attributes.
   *
   * @param  {object} attributes - New attributes.
   * @return {Graph}
   *
   * @throws {Error} - Will throw if given attributes are not a plain object.
   */
  replaceAttributes(attributes) {
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        "Graph.replaceAttributes: provided attributes are not a plain object."
      );
    this._attributes = attributes;
    this.emit("attributesUpdated", {
      type: "replace",
      attributes: this._attributes
    });
    return this;
  }
  /**
   * Method merging the graph's attributes.
   *
   * @param  {object} attributes - Attributes to merge.
   * @return {Graph}
   *
   * @throws {Error} - Will throw if given attributes are not a plain object.
   */
  mergeAttributes(attributes) {
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        "Graph.mergeAttributes: provided attributes are not a plain object."
      );
    assign(this._attributes, attributes);
    this.emit("attributesUpdated", {
      type: "merge",
      attributes: this._attributes,
      data: attributes
    });
    return this;
  }
  /**
   * Method updating the graph's attributes.
   *
   * @param  {function} updater - Function used to update the attributes.
   * @return {Graph}
   *
   * @throws {Error} - Will throw if given updater is not a function.
   */
  updateAttributes(updater) {
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.updateAttributes: provided updater is not a function."
      );
    this._attributes = updater(this._attributes);
    this.emit("attributesUpdated", {
      type: "update",
      attributes: this._attributes
    });
    return this;
  }
  /**
   * Method used to update each node's attributes using the given function.
   *
   * @param {function}  updater - Updater function to use.
   * @param {object}    [hints] - Optional hints.
   */
  updateEachNodeAttributes(updater, hints) {
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.updateEachNodeAttributes: expecting an updater function."
      );
    if (hints && !validateHints(hints))
      throw new InvalidArgumentsGraphError(
        "Graph.updateEachNodeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}"
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      nodeData.attributes = updater(nodeData.key, nodeData.attributes);
    }
    this.emit("eachNodeAttributesUpdated", {
      hints: hints ? hints : null
    });
  }
  /**
   * Method used to update each edge's attributes using the given function.
   *
   * @param {function}  updater - Updater function to use.
   * @param {object}    [hints] - Optional hints.
   */
  updateEachEdgeAttributes(updater, hints) {
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.updateEachEdgeAttributes: expecting an updater function."
      );
    if (hints && !validateHints(hints))
      throw new InvalidArgumentsGraphError(
        "Graph.updateEachEdgeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}"
      );
    const iterator = this._edges.values();
    let step, edgeData, sourceData, targetData;
    while (step = iterator.next(), step.done !== true) {
      edgeData = step.value;
      sourceData = edgeData.source;
      targetData = edgeData.target;
      edgeData.attributes = updater(
        edgeData.key,
        edgeData.attributes,
        sourceData.key,
        targetData.key,
        sourceData.attributes,
        targetData.attributes,
        edgeData.undirected
      );
    }
    this.emit("eachEdgeAttributesUpdated", {
      hints: hints ? hints : null
    });
  }
  /**---------------------------------------------------------------------------
   * Iteration-related methods
   **---------------------------------------------------------------------------
   */
  /**
   * Method iterating over the graph's adjacency using the given callback.
   *
   * @param  {function}  callback - Callback to use.
   */
  forEachAdjacencyEntry(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachAdjacencyEntry: expecting a callback."
      );
    forEachAdjacency(false, false, false, this, callback);
  }
  forEachAdjacencyEntryWithOrphans(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachAdjacencyEntryWithOrphans: expecting a callback."
      );
    forEachAdjacency(false, false, true, this, callback);
  }
  /**
   * Method iterating over the graph's assymetric adjacency using the given callback.
   *
   * @param  {function}  callback - Callback to use.
   */
  forEachAssymetricAdjacencyEntry(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachAssymetricAdjacencyEntry: expecting a callback."
      );
    forEachAdjacency(false, true, false, this, callback);
  }
  forEachAssymetricAdjacencyEntryWithOrphans(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachAssymetricAdjacencyEntryWithOrphans: expecting a callback."
      );
    forEachAdjacency(false, true, true, this, callback);
  }
  /**
   * Method returning the list of the graph's nodes.
   *
   * @return {array} - The nodes.
   */
  nodes() {
    return Array.from(this._nodes.keys());
  }
  /**
   * Method iterating over the graph's nodes using the given callback.
   *
   * @param  {function}  callback - Callback (key, attributes, index).
   */
  forEachNode(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      callback(nodeData.key, nodeData.attributes);
    }
  }
  /**
   * Method iterating attempting to find a node matching the given predicate
   * function.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  findNode(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.findNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      if (callback(nodeData.key, nodeData.attributes)) return nodeData.key;
    }
    return;
  }
  /**
   * Method mapping nodes.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  mapNodes(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.mapNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    const result = new Array(this.order);
    let i = 0;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      result[i++] = callback(nodeData.key, nodeData.attributes);
    }
    return result;
  }
  /**
   * Method returning whether some node verify the given predicate.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  someNode(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.someNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      if (callback(nodeData.key, nodeData.attributes)) return true;
    }
    return false;
  }
  /**
   * Method returning whether all node verify the given predicate.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  everyNode(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.everyNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      if (!callback(nodeData.key, nodeData.attributes)) return false;
    }
    return true;
  }
  /**
   * Method filtering nodes.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  filterNodes(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.filterNodes: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    const result = [];
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      if (callback(nodeData.key, nodeData.attributes))
        result.push(nodeData.key);
    }
    return result;
  }
  /**
   * Method reducing nodes.
   *
   * @param  {function}  callback - Callback (accumulator, key, attributes).
   */
  reduceNodes(callback, initialValue) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.reduceNodes: expecting a callback."
      );
    if (arguments.length < 2)
      throw new InvalidArgumentsGraphError(
        "Graph.reduceNodes: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array."
      );
    let accumulator = initialValue;
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      accumulator = callback(accumulator, nodeData.key, nodeData.attributes);
    }
    return accumulator;
  }
  /**
   * Method returning an iterator over the graph's node entries.
   *
   * @return {Iterator}
   */
  nodeEntries() {
    const iterator = this._nodes.values();
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        const step = iterator.next();
        if (step.done) return step;
        const data = step.value;
        return {
          value: { node: data.key, attributes: data.attributes },
          done: false
        };
      }
    };
  }
  /**---------------------------------------------------------------------------
   * Serialization
   **---------------------------------------------------------------------------
   */
  /**
   * Method used to export the whole graph.
   *
   * @return {object} - The serialized graph.
   */
  export() {
    const nodes = new Array(this._nodes.size);
    let i = 0;
    this._nodes.forEach((data, key) => {
      nodes[i++] = serializeNode(key, data);
    });
    const edges = new Array(this._edges.size);
    i = 0;
    this._edges.forEach((data, key) => {
      edges[i++] = serializeEdge(this.type, key, data);
    });
    return {
      options: {
        type: this.type,
        multi: this.multi,
        allowSelfLoops: this.allowSelfLoops
      },
      attributes: this.getAttributes(),
      nodes,
      edges
    };
  }
  /**
   * Method used to import a serialized graph.
   *
   * @param  {object|Graph} data  - The serialized graph.
   * @param  {boolean}      merge - Whether to merge data.
   * @return {Graph}              - Returns itself for chaining.
   */
  import(data, merge = false) {
    if (data instanceof _Graph) {
      data.forEachNode((n2, a) => {
        if (merge) this.mergeNode(n2, a);
        else this.addNode(n2, a);
      });
      data.forEachEdge((e, a, s, t3, _sa, _ta, u) => {
        if (merge) {
          if (u) this.mergeUndirectedEdgeWithKey(e, s, t3, a);
          else this.mergeDirectedEdgeWithKey(e, s, t3, a);
        } else {
          if (u) this.addUndirectedEdgeWithKey(e, s, t3, a);
          else this.addDirectedEdgeWithKey(e, s, t3, a);
        }
      });
      return this;
    }
    if (!isPlainObject(data))
      throw new InvalidArgumentsGraphError(
        "Graph.import: invalid argument. Expecting a serialized graph or, alternatively, a Graph instance."
      );
    if (data.attributes) {
      if (!isPlainObject(data.attributes))
        throw new InvalidArgumentsGraphError(
          "Graph.import: invalid attributes. Expecting a plain object."
        );
      if (merge) this.mergeAttributes(data.attributes);
      else this.replaceAttributes(data.attributes);
    }
    let i, l, list, node, edge;
    if (data.nodes) {
      list = data.nodes;
      if (!Array.isArray(list))
        throw new InvalidArgumentsGraphError(
          "Graph.import: invalid nodes. Expecting an array."
        );
      for (i = 0, l = list.length; i < l; i++) {
        node = list[i];
        validateSerializedNode(node);
        const { key, attributes } = node;
        if (merge) this.mergeNode(key, attributes);
        else this.addNode(key, attributes);
      }
    }
    if (data.edges) {
      let undirectedByDefault = false;
      if (this.type === "undirected") {
        undirectedByDefault = true;
      }
      list = data.edges;
      if (!Array.isArray(list))
        throw new InvalidArgumentsGraphError(
          "Graph.import: invalid edges. Expecting an array."
        );
      for (i = 0, l = list.length; i < l; i++) {
        edge = list[i];
        validateSerializedEdge(edge);
        const {
          source,
          target,
          attributes,
          undirected = undirectedByDefault
        } = edge;
        let method;
        if ("key" in edge) {
          method = merge ? undirected ? this.mergeUndirectedEdgeWithKey : this.mergeDirectedEdgeWithKey : undirected ? this.addUndirectedEdgeWithKey : this.addDirectedEdgeWithKey;
          method.call(this, edge.key, source, target, attributes);
        } else {
          method = merge ? undirected ? this.mergeUndirectedEdge : this.mergeDirectedEdge : undirected ? this.addUndirectedEdge : this.addDirectedEdge;
          method.call(this, source, target, attributes);
        }
      }
    }
    return this;
  }
  /**---------------------------------------------------------------------------
   * Utils
   **---------------------------------------------------------------------------
   */
  /**
   * Method returning a null copy of the graph, i.e. a graph without nodes
   * & edges but with the exact same options.
   *
   * @param  {object} options - Options to merge with the current ones.
   * @return {Graph}          - The null copy.
   */
  nullCopy(options) {
    const graph = new _Graph(assign({}, this._options, options));
    graph.replaceAttributes(assign({}, this.getAttributes()));
    return graph;
  }
  /**
   * Method returning an empty copy of the graph, i.e. a graph without edges but
   * with the exact same options.
   *
   * @param  {object} options - Options to merge with the current ones.
   * @return {Graph}          - The empty copy.
   */
  emptyCopy(options) {
    const graph = this.nullCopy(options);
    this._nodes.forEach((nodeData, key) => {
      const attributes = assign({}, nodeData.attributes);
      nodeData = new graph.NodeDataClass(key, attributes);
      graph._nodes.set(key, nodeData);
    });
    return graph;
  }
  /**
   * Method returning an exact copy of the graph.
   *
   * @param  {object} options - Upgrade options.
   * @return {Graph}          - The copy.
   */
  copy(options) {
    options = options || {};
    if (typeof options.type === "string" && options.type !== this.type && options.type !== "mixed")
      throw new UsageGraphError(
        `Graph.copy: cannot create an incompatible copy from "${this.type}" type to "${options.type}" because this would mean losing information about the current graph.`
      );
    if (typeof options.multi === "boolean" && options.multi !== this.multi && options.multi !== true)
      throw new UsageGraphError(
        "Graph.copy: cannot create an incompatible copy by downgrading a multi graph to a simple one because this would mean losing information about the current graph."
      );
    if (typeof options.allowSelfLoops === "boolean" && options.allowSelfLoops !== this.allowSelfLoops && options.allowSelfLoops !== true)
      throw new UsageGraphError(
        "Graph.copy: cannot create an incompatible copy from a graph allowing self loops to one that does not because this would mean losing information about the current graph."
      );
    const graph = this.emptyCopy(options);
    const iterator = this._edges.values();
    let step, edgeData;
    while (step = iterator.next(), step.done !== true) {
      edgeData = step.value;
      addEdge(
        graph,
        "copy",
        false,
        edgeData.undirected,
        edgeData.key,
        edgeData.source.key,
        edgeData.target.key,
        assign({}, edgeData.attributes)
      );
    }
    return graph;
  }
  /**---------------------------------------------------------------------------
   * Known methods
   **---------------------------------------------------------------------------
   */
  /**
   * Method used by JavaScript to perform JSON serialization.
   *
   * @return {object} - The serialized graph.
   */
  toJSON() {
    return this.export();
  }
  /**
   * Method returning [object Graph].
   */
  toString() {
    return "[object Graph]";
  }
  /**
   * Method used internally by node's console to display a custom object.
   *
   * @return {object} - Formatted object representation of the graph.
   */
  inspect() {
    const nodes = {};
    this._nodes.forEach((data, key) => {
      nodes[key] = data.attributes;
    });
    const edges = {}, multiIndex = {};
    this._edges.forEach((data, key) => {
      const direction = data.undirected ? "--" : "->";
      let label = "";
      let source = data.source.key;
      let target = data.target.key;
      let tmp;
      if (data.undirected && source > target) {
        tmp = source;
        source = target;
        target = tmp;
      }
      const desc = `(${source})${direction}(${target})`;
      if (!key.startsWith("geid_")) {
        label += `[${key}]: `;
      } else if (this.multi) {
        if (typeof multiIndex[desc] === "undefined") {
          multiIndex[desc] = 0;
        } else {
          multiIndex[desc]++;
        }
        label += `${multiIndex[desc]}. `;
      }
      label += desc;
      edges[label] = data.attributes;
    });
    const dummy = {};
    for (const k2 in this) {
      if (this.hasOwnProperty(k2) && !EMITTER_PROPS.has(k2) && typeof this[k2] !== "function" && typeof k2 !== "symbol")
        dummy[k2] = this[k2];
    }
    dummy.attributes = this._attributes;
    dummy.nodes = nodes;
    dummy.edges = edges;
    privateProperty(dummy, "constructor", this.constructor);
    return dummy;
  }
};
if (typeof Symbol !== "undefined")
  Graph.prototype[/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")] = Graph.prototype.inspect;
EDGE_ADD_METHODS.forEach((method) => {
  ["add", "merge", "update"].forEach((verb) => {
    const name = method.name(verb);
    const fn2 = verb === "add" ? addEdge : mergeEdge;
    if (method.generateKey) {
      Graph.prototype[name] = function(source, target, attributes) {
        return fn2(
          this,
          name,
          true,
          (method.type || this.type) === "undirected",
          null,
          source,
          target,
          attributes,
          verb === "update"
        );
      };
    } else {
      Graph.prototype[name] = function(edge, source, target, attributes) {
        return fn2(
          this,
          name,
          false,
          (method.type || this.type) === "undirected",
          edge,
          source,
          target,
          attributes,
          verb === "update"
        );
      };
    }
  });
});
attachNodeAttributesMethods(Graph);
attachEdgeAttributesMethods(Graph);
attachEdgeIterationMethods(Graph);
attachNeighborIterationMethods(Graph);
var DirectedGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ type: "directed" }, options);
    if ("multi" in finalOptions && finalOptions.multi !== false)
      throw new InvalidArgumentsGraphError(
        "DirectedGraph.from: inconsistent indication that the graph should be multi in given options!"
      );
    if (finalOptions.type !== "directed")
      throw new InvalidArgumentsGraphError(
        'DirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
      );
    super(finalOptions);
  }
};
var UndirectedGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ type: "undirected" }, options);
    if ("multi" in finalOptions && finalOptions.multi !== false)
      throw new InvalidArgumentsGraphError(
        "UndirectedGraph.from: inconsistent indication that the graph should be multi in given options!"
      );
    if (finalOptions.type !== "undirected")
      throw new InvalidArgumentsGraphError(
        'UndirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
      );
    super(finalOptions);
  }
};
var MultiGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ multi: true }, options);
    if ("multi" in finalOptions && finalOptions.multi !== true)
      throw new InvalidArgumentsGraphError(
        "MultiGraph.from: inconsistent indication that the graph should be simple in given options!"
      );
    super(finalOptions);
  }
};
var MultiDirectedGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ type: "directed", multi: true }, options);
    if ("multi" in finalOptions && finalOptions.multi !== true)
      throw new InvalidArgumentsGraphError(
        "MultiDirectedGraph.from: inconsistent indication that the graph should be simple in given options!"
      );
    if (finalOptions.type !== "directed")
      throw new InvalidArgumentsGraphError(
        'MultiDirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
      );
    super(finalOptions);
  }
};
var MultiUndirectedGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ type: "undirected", multi: true }, options);
    if ("multi" in finalOptions && finalOptions.multi !== true)
      throw new InvalidArgumentsGraphError(
        "MultiUndirectedGraph.from: inconsistent indication that the graph should be simple in given options!"
      );
    if (finalOptions.type !== "undirected")
      throw new InvalidArgumentsGraphError(
        'MultiUndirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
      );
    super(finalOptions);
  }
};
function attachStaticFromMethod(Class2) {
  Class2.from = function(data, options) {
    const finalOptions = assign({}, data.options, options);
    const instance = new Class2(finalOptions);
    instance.import(data);
    return instance;
  };
}
attachStaticFromMethod(Graph);
attachStaticFromMethod(DirectedGraph);
attachStaticFromMethod(UndirectedGraph);
attachStaticFromMethod(MultiGraph);
attachStaticFromMethod(MultiDirectedGraph);
attachStaticFromMethod(MultiUndirectedGraph);
Graph.Graph = Graph;
Graph.DirectedGraph = DirectedGraph;
Graph.UndirectedGraph = UndirectedGraph;
Graph.MultiGraph = MultiGraph;
Graph.MultiDirectedGraph = MultiDirectedGraph;
Graph.MultiUndirectedGraph = MultiUndirectedGraph;
Graph.InvalidArgumentsGraphError = InvalidArgumentsGraphError;
Graph.NotFoundGraphError = NotFoundGraphError;
Graph.UsageGraphError = UsageGraphError;

// compiler/graph/types.ts
var STAGE_GRAPH_VERSION = 1;

// compiler/graph/build.ts
function buildGraph(root, bounds, file, plan) {
  const stages = [];
  const edges = [];
  const ids = /* @__PURE__ */ new Set();
  const critical = /* @__PURE__ */ new Set();
  markCritical(root, bounds, critical);
  const visit = (s, order) => {
    let id2 = s.id;
    for (let n2 = 2; ids.has(id2); n2++) id2 = `${s.id}~${n2}`;
    s.id = id2;
    ids.add(id2);
    const b = toBounds(bounds.perStage.get(s));
    const m = bounds.multiplicity.get(s) ?? 1;
    const pos = file.position(s.span.start);
    const j2 = {
      id: id2,
      kind: s.kind,
      label: s.label,
      parent: s.parent?.id ?? null,
      order,
      phase: s.phase,
      loc: { line: pos.line, column: pos.column, start: s.span.start, end: s.span.end },
      multiplicity: m,
      bounds: b,
      total: scale(b, m),
      derivations: s.derivations,
      critical: critical.has(s.id)
    };
    if (s.width !== void 0) j2.width = s.width;
    if (s.iterations !== void 0) j2.iterations = s.iterations;
    if (s.attempts !== void 0) j2.attempts = s.attempts;
    if (s.gate) j2.gate = s.gate;
    if (s.workflow !== void 0) j2.workflow = s.workflow;
    if (s.kind === "agent") {
      j2.model = s.model ?? null;
      j2.pricedModel = s.pricedModel ?? "";
      j2.effort = s.effort ?? null;
      if (s.prompt) j2.prompt = s.prompt;
      j2.schema = s.schema ?? null;
      j2.options = sortKeys(s.options ?? {});
    }
    stages.push(j2);
    s.children.forEach((c2, i) => visit(c2, i));
  };
  visit(root, 0);
  const seqEdges = (s) => {
    if (s.kind === "serial" || s.kind === "loop" || s.kind === "retry") {
      for (let i = 1; i < s.children.length; i++) edges.push({ from: s.children[i - 1].id, to: s.children[i].id, kind: "order" });
    }
    s.children.forEach(seqEdges);
  };
  seqEdges(root);
  const all = [];
  const collect = (s) => {
    all.push(s);
    s.children.forEach(collect);
  };
  collect(root);
  const position = new Map(all.map((s, i) => [s.id, i]));
  for (const s of all)
    for (const from of s.reads) {
      if (!ids.has(from) || from === s.id) continue;
      if (s !== root && (position.get(from) ?? 0) > (position.get(s.id) ?? 0)) continue;
      edges.push({ from, to: s.id, kind: "data" });
    }
  stages.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const uniq = /* @__PURE__ */ new Map();
  for (const e of edges) uniq.set(`${e.from}\0${e.to}\0${e.kind}`, e);
  const sortedEdges = [...uniq.values()].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.kind, b.kind));
  const json = {
    version: STAGE_GRAPH_VERSION,
    plan: { ...plan, path: file.path },
    root: root.id,
    stages,
    edges: sortedEdges,
    bounds: toBounds(bounds.total),
    criticalPath: criticalPath(root, bounds)
  };
  const graph = new DirectedGraph();
  for (const s of stages) graph.addNode(s.id, s);
  for (const e of sortedEdges) if (!graph.hasEdge(e.from, e.to)) graph.addEdge(e.from, e.to, { kind: e.kind });
  return { json, graph };
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function scale(b, m) {
  return { ...b, agents: b.agents * m, inputTokens: b.inputTokens * m, outputTokens: b.outputTokens * m, usd: Math.round(b.usd * m * 1e6) / 1e6 };
}
function sortKeys(o) {
  const out = {};
  for (const k2 of Object.keys(o).sort()) out[k2] = o[k2];
  return out;
}
function criticalPath(root, bounds) {
  const out = [];
  const walk3 = (s) => {
    out.push(s.id);
    if (s.children.length === 0) return;
    if (s.kind === "branch" || (s.kind === "parallel" || s.kind === "pipeline") && s.children.length > 1) {
      let best = s.children[0];
      for (const c2 of s.children) if ((bounds.perStage.get(c2)?.latencyMs ?? 0) > (bounds.perStage.get(best)?.latencyMs ?? 0)) best = c2;
      walk3(best);
    } else for (const c2 of s.children) walk3(c2);
  };
  walk3(root);
  return out;
}
function markCritical(root, bounds, into) {
  for (const id2 of criticalPath(root, bounds)) into.add(id2);
}

// compiler/compile.ts
var import_graphology_dag = __toESM(require_graphology_dag(), 1);

// compiler/lints/bindings.ts
var cache = /* @__PURE__ */ new WeakMap();
function bindingsOf(program) {
  let b = cache.get(program);
  if (!b) {
    b = analyze2(program);
    cache.set(program, b);
  }
  return b;
}
function isFunction(n2) {
  return n2.type === "FunctionDeclaration" || n2.type === "FunctionExpression" || n2.type === "ArrowFunctionExpression";
}
function analyze2(program) {
  const parents = /* @__PURE__ */ new WeakMap();
  const scopeOf = /* @__PURE__ */ new WeakMap();
  const declaredBy = /* @__PURE__ */ new WeakMap();
  const resolved = /* @__PURE__ */ new WeakMap();
  const writeOnly = /* @__PURE__ */ new WeakSet();
  const all = [];
  const newScope = (parent, owner, isFn) => {
    const s = { names: /* @__PURE__ */ new Map(), parent, owner, fnScope: void 0 };
    s.fnScope = isFn || !parent ? s : parent.fnScope;
    return s;
  };
  const declare = (scope, id2, kind, extra = {}) => {
    const target = kind === "var" ? scope.fnScope : scope;
    const existing = target.names.get(id2.name);
    if (existing && kind === "var") {
      declaredBy.set(id2, existing);
      return;
    }
    const b = { name: id2.name, kind, id: id2, assignments: [], references: [], owner: target.owner, ...extra };
    target.names.set(id2.name, b);
    declaredBy.set(id2, b);
    all.push(b);
  };
  const declarePass = (node, scope) => {
    let inner = scope;
    switch (node.type) {
      case "Program":
        inner = newScope(null, node, true);
        break;
      case "FunctionDeclaration":
        declare(scope, node.id, "function", { fn: node });
        inner = newScope(scope, node, true);
        for (const p of node.params) for (const id2 of patternNames(p)) declare(inner, id2, "param");
        break;
      case "FunctionExpression":
      case "ArrowFunctionExpression":
        inner = newScope(scope, node, true);
        if (node.type === "FunctionExpression" && node.id) declare(inner, node.id, "function");
        for (const p of node.params) for (const id2 of patternNames(p)) declare(inner, id2, "param");
        break;
      case "BlockStatement": {
        const p = parents.get(node);
        inner = p && isFunction(p) ? scope : newScope(scope, scope.owner, false);
        break;
      }
      case "ForOfStatement":
      case "ForStatement":
        inner = newScope(scope, scope.owner, false);
        break;
      case "CatchClause":
        inner = newScope(scope, scope.owner, false);
        if (node.param) for (const id2 of patternNames(node.param)) declare(inner, id2, "catch");
        break;
      case "VariableDeclaration":
        for (const d of node.declarations) {
          const direct = d.id.type === "Identifier";
          for (const id2 of patternNames(d.id)) {
            const fn2 = direct && d.init && isFunction(d.init) && node.kind === "const" ? { fn: d.init } : {};
            declare(scope, id2, node.kind, direct && d.init ? { declarator: d, init: d.init, ...fn2 } : { declarator: d });
          }
        }
        break;
      default:
        break;
    }
    scopeOf.set(node, inner);
    for (const c2 of children(node)) {
      parents.set(c2, node);
      declarePass(c2, inner);
    }
  };
  declarePass(program, newScope(null, program, true));
  const lookup = (scope, name) => {
    for (let s = scope; s; s = s.parent) {
      const b = s.names.get(name);
      if (b) return b;
    }
    return void 0;
  };
  const resolvePass = (node) => {
    if (node.type === "Identifier") {
      const own = declaredBy.get(node);
      if (own) {
        resolved.set(node, own);
        return;
      }
      const b = lookup(scopeOf.get(node), node.name);
      if (b) {
        resolved.set(node, b);
        b.references.push(node);
        const p = parents.get(node);
        if (p?.type === "AssignmentExpression" && p.left === node && p.operator === "=") {
          writeOnly.add(node);
          b.assignments.push(p.right);
        }
        if (p && (p.type === "ArrayPattern" || p.type === "ObjectPattern" || p.type === "PatternProperty")) writeOnly.add(node);
      }
      return;
    }
    for (const c2 of children(node)) resolvePass(c2);
  };
  resolvePass(program);
  const functionOf = (node) => {
    for (let p = parents.get(node); p; p = parents.get(p)) if (isFunction(p) || p.type === "Program") return p;
    return program;
  };
  return {
    resolve: (id2) => resolved.get(id2),
    declared: (id2) => declaredBy.get(id2),
    all: () => all,
    parent: (n2) => parents.get(n2),
    functionOf,
    isWriteOnly: (ref) => writeOnly.has(ref),
    reads: (b) => b.references.filter((r) => !writeOnly.has(r))
  };
}
function referencesIn(node, bindings) {
  const out = [];
  const visit = (n2) => {
    if (n2.type === "Identifier") {
      const b = bindings.resolve(n2);
      if (b && b.id !== n2) out.push(n2);
      return;
    }
    for (const c2 of children(n2)) visit(c2);
  };
  visit(node);
  return out;
}

// compiler/lints/calls.ts
function primitiveOf(node, bindings) {
  if (node.type !== "CallExpression" || node.callee.type !== "Identifier") return void 0;
  const name = node.callee.name;
  if (bindings.resolve(node.callee)) return void 0;
  switch (name) {
    case "agent":
    case "parallel":
    case "pipeline":
    case "gate":
    case "retry":
    case "workflow":
    case "phase":
    case "log":
      return name;
    default:
      return void 0;
  }
}
function isPrimitiveCall(node, name, bindings) {
  return primitiveOf(node, bindings) === name;
}
function isLogCall(node, bindings) {
  if (node.type !== "CallExpression") return false;
  const call = node;
  return primitiveOf(call, bindings) === "log" || memberPath(call.callee) === "console.log";
}
function isGlobalMethodCall(node, path) {
  return node.type === "CallExpression" && memberPath(node.callee) === path;
}
function argAt(call, i) {
  const a = call.arguments[i];
  return a && a.type !== "SpreadElement" ? a : void 0;
}
function optionsOf(call, index, bindings) {
  if (call.arguments.some((a, i) => a.type === "SpreadElement" && i <= index)) return "unknown";
  let e = argAt(call, index);
  if (!e) return void 0;
  e = resolveConst(e, bindings);
  if (e.type !== "ObjectExpression") return "unknown";
  if (e.properties.some((p) => p.type === "SpreadElement" || p.computed)) return "unknown";
  return e;
}
function propertyOf(obj, key) {
  for (const p of obj.properties) {
    if (p.type !== "Property" || p.computed) continue;
    const k2 = p.key.type === "Identifier" ? p.key.name : p.key.type === "StringLiteral" ? p.key.value : void 0;
    if (k2 === key) return p;
  }
  return void 0;
}
function optionValue2(call, index, key, bindings) {
  const opts = optionsOf(call, index, bindings);
  if (!opts || opts === "unknown") return void 0;
  return propertyOf(opts, key)?.value;
}
function certainlyLacks(call, index, key, bindings) {
  const opts = optionsOf(call, index, bindings);
  if (opts === "unknown") return false;
  return !opts || !propertyOf(opts, key);
}
function resolveConst(e, bindings) {
  const seen = /* @__PURE__ */ new Set();
  let cur = e;
  while (cur.type === "Identifier" && !seen.has(cur)) {
    seen.add(cur);
    const b = bindings.resolve(cur);
    if (!b || b.kind !== "const" || !b.init) break;
    cur = b.init;
  }
  return cur;
}
function staticString(e, bindings) {
  if (!e) return void 0;
  const r = resolveConst(e, bindings);
  if (r.type === "StringLiteral") return r.value;
  if (r.type === "TemplateLiteral" && r.expressions.length === 0) return r.quasis[0].cooked;
  return void 0;
}
function staticNumber(e, bindings) {
  if (!e) return void 0;
  const r = resolveConst(e, bindings);
  if (r.type === "NumericLiteral") return r.value;
  return void 0;
}
function unwrap(e) {
  let cur = e;
  for (; ; ) {
    if (cur.type === "AwaitExpression") cur = cur.argument;
    else if (cur.type === "ChainExpression") cur = cur.expression;
    else break;
  }
  return cur;
}
function originCall(e, bindings, seen = /* @__PURE__ */ new Set()) {
  const u = unwrap(e);
  if (seen.has(u)) return void 0;
  seen.add(u);
  if (u.type === "CallExpression") {
    const prim = primitiveOf(u, bindings);
    if (prim) return { call: u, prim };
    if (u.callee.type === "MemberExpression" && !u.callee.computed && u.callee.property.type === "Identifier") {
      const m = u.callee.property.name;
      if (m === "then" || m === "catch") return originCall(u.callee.object, bindings, seen);
    }
    return void 0;
  }
  if (u.type === "Identifier") {
    const b = bindings.resolve(u);
    if (b && b.init && (b.kind === "const" || b.kind === "let" && b.assignments.length === 0)) return originCall(b.init, bindings, seen);
  }
  return void 0;
}
var scratch = new Reporter();
function literalValue2(e, bindings) {
  if (!e) return void 0;
  const r = resolveConst(e, bindings);
  const v3 = literal(r, scratch);
  scratch.diagnostics.length = 0;
  return v3;
}
function schemaNode(call, bindings) {
  const s = optionValue2(call, 1, "schema", bindings);
  if (!s) return void 0;
  const r = resolveConst(s, bindings);
  return r.type === "ObjectExpression" ? r : void 0;
}
function descendants(root) {
  const out = [];
  const stack = [root];
  while (stack.length) {
    const n2 = stack.pop();
    out.push(n2);
    const kids = children(n2);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return out;
}
function methodName(call) {
  const c2 = call.callee;
  if (c2.type === "MemberExpression" && !c2.computed && c2.property.type === "Identifier") return c2.property.name;
  return void 0;
}
function returnedExpressions(fn2) {
  if (fn2.type === "ArrowFunctionExpression" && fn2.body.type !== "BlockStatement") return [fn2.body];
  if (fn2.type !== "ArrowFunctionExpression" && fn2.type !== "FunctionExpression" && fn2.type !== "FunctionDeclaration") return [];
  const out = [];
  const visit = (n2) => {
    if (n2 !== fn2 && (n2.type === "ArrowFunctionExpression" || n2.type === "FunctionExpression" || n2.type === "FunctionDeclaration")) return;
    if (n2.type === "ReturnStatement" && n2.argument) out.push(n2.argument);
    for (const c2 of children(n2)) visit(c2);
  };
  visit(fn2);
  return out;
}

// compiler/lints/rule.ts
function defineRule(rule) {
  return rule;
}

// compiler/lints/unused-result.ts
var unusedResult = defineRule({
  code: "WF5001",
  name: "unused-result",
  doc: `Flags an agent, \`parallel\`, \`pipeline\`, \`gate\`, \`retry\` or \`workflow\` whose result nothing reads:
the tokens are spent and the answer is thrown away, or a failure (\`null\`) goes unnoticed.
Two shapes: a result bound to a \`const\`/\`let\` that no later code reads, and an awaited \`agent\`,
\`parallel\` or \`pipeline\` written as a statement of its own. A thunk that returns the call
(\`() => agent(\u2026)\`) is not a discarded result. (\`await gate(\u2026)\` as a statement is an assertion and
is fine.)
@example invalid  const draft = await agent('Draft the release notes', { label: 'draft' })   // \`draft\` is never read
@example invalid  await agent('Summarise the findings', { label: 'summary' })
@example valid    const draft = await agent('Draft the release notes', { label: 'draft' }); return draft`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const node of descendants(program)) {
      if (node.type === "VariableDeclarator" && node.init) {
        const origin = originCall(node.init, bindings);
        if (!origin || origin.prim === "phase" || origin.prim === "log") continue;
        if (unwrap(node.init).type === "Identifier") continue;
        const ids = patternNames(node.id);
        if (ids.length === 0) continue;
        const unread = ids.every((id2) => {
          const b = bindings.declared(id2);
          return b !== void 0 && bindings.reads(b).length === 0;
        });
        if (!unread) continue;
        const names2 = ids.map((id2) => `\`${id2.name}\``).join(", ");
        report(node.id.span, `the result of \`${origin.prim}\` bound to ${names2} is never read`, {
          label: "never read",
          help: ids.length === 1 ? `use \`${ids[0].name}\` downstream or return it, or remove the call` : "use the results downstream or return them, or remove the call"
        });
      } else if (node.type === "ExpressionStatement") {
        const e = node.expression;
        if (e.type !== "AwaitExpression") continue;
        const call = unwrap(e);
        const prim = primitiveOf(call, bindings);
        if (prim !== "agent" && prim !== "parallel" && prim !== "pipeline") continue;
        report(e.span, `the result of this awaited \`${prim}\` is discarded`, {
          label: "value thrown away",
          help: "bind it (`const x = await \u2026`) and use it, or at least check it for `null` and `log` a failure"
        });
      }
    }
  }
});

// compiler/lints/unverified-output.ts
var verdictMethods = /* @__PURE__ */ new Set(["some", "every", "includes", "indexOf", "lastIndexOf", "findIndex", "test", "startsWith", "endsWith", "has", "localeCompare"]);
var mappingMethods = /* @__PURE__ */ new Set(["map", "flatMap", "reduce", "then", "catch"]);
var comparisons = /* @__PURE__ */ new Set(["===", "!==", "==", "!=", "<", ">", "<=", ">=", "in", "instanceof"]);
var inserting = /* @__PURE__ */ new Set(["push", "unshift", "splice"]);
var unverifiedOutput = defineRule({
  code: "WF5002",
  name: "unverified-output",
  doc: `Flags a plan whose answer (its top-level \`return\`) carries agent output that no \`gate\` checked.
The value is traced back through variables, array methods, \`.then\`, helpers and \`retry\`: if
it reaches an \`agent\`, \`parallel\` or \`pipeline\` result before it reaches a \`gate(\u2026)\`, the plan
hands unverified model output to its caller. A \`parallel\`/\`pipeline\` whose thunks or stages gate
their own results counts as checked. Counts (\`.length\`) and yes/no tests (\`.some\`, \`===\`) of a
result are not its content and do not count.
@example invalid  const answer = await agent('Answer the question', { label: 'answer' }); return answer
@example valid    const answer = await agent('Answer the question', { label: 'answer' }); return await gate(answer, (a) => a.length > 0, { onFail: 'abort', label: 'non-empty' })`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const taint = new Tainter(bindings);
    for (const node of descendants(program)) {
      if (node.type !== "ReturnStatement" || !node.argument) continue;
      if (bindings.functionOf(node) !== program) continue;
      const arg = node.argument;
      let at2 = arg;
      let origin = taint.of(arg);
      if (!origin) continue;
      let what = `the plan returns \`${shorten(textOf(source, arg))}\``;
      if (arg.type === "ObjectExpression") {
        for (const p of arg.properties) {
          const v3 = p.type === "Property" ? p.value : p.argument;
          const o = taint.of(v3);
          if (!o) continue;
          at2 = v3;
          origin = o;
          const name = p.type === "Property" ? keyName(p) : void 0;
          what = `the plan's answer includes \`${name ?? shorten(textOf(source, v3))}\``;
          break;
        }
      }
      const prim = primitiveOf(origin, bindings) ?? "agent";
      report(at2.span, `${what}, which comes from \`${prim}\` with no \`gate\` in between`, {
        label: "unchecked agent output",
        secondary: [{ span: origin.callee.span, message: "produced here" }],
        help: "check it before returning it: `const checked = await gate(value, (v) => \u2026, { onFail: 'abort', label: '\u2026' })`"
      });
    }
  }
});
function shorten(s) {
  const one = s.replace(/\s+/g, " ");
  return one.length > 40 ? `${one.slice(0, 37)}\u2026` : one;
}
var Tainter = class {
  constructor(bindings) {
    this.bindings = bindings;
  }
  bindings;
  memo = /* @__PURE__ */ new Map();
  busy = /* @__PURE__ */ new Set();
  of(e) {
    if (!e) return void 0;
    const m = this.memo.get(e);
    if (m !== void 0) return m ?? void 0;
    if (this.busy.has(e)) return void 0;
    this.busy.add(e);
    const r = this.compute(e);
    this.busy.delete(e);
    this.memo.set(e, r ?? null);
    return r;
  }
  any(nodes) {
    for (const n2 of nodes) {
      const t3 = this.of(n2);
      if (t3) return t3;
    }
    return void 0;
  }
  compute(e) {
    switch (e.type) {
      case "Identifier":
        return this.identifier(e);
      case "AwaitExpression":
      case "SpreadElement":
        return this.of(e.argument);
      case "ChainExpression":
        return this.of(e.expression);
      case "CallExpression":
        return this.call(e);
      case "NewExpression":
        return this.any(e.arguments);
      case "MemberExpression":
        if (!e.computed && e.property.type === "Identifier" && e.property.name === "length") return void 0;
        return this.of(e.object);
      case "ObjectExpression":
        return this.any(e.properties.map((p) => p.type === "Property" ? p.value : p.argument));
      case "ArrayExpression":
        return this.any(e.elements);
      case "TemplateLiteral":
        return this.any(e.expressions);
      case "BinaryExpression":
        return comparisons.has(e.operator) ? void 0 : this.any([e.left, e.right]);
      case "LogicalExpression":
        return this.any([e.left, e.right]);
      case "ConditionalExpression":
        return this.any([e.consequent, e.alternate]);
      case "UnaryExpression":
        return e.operator === "-" || e.operator === "+" ? this.of(e.argument) : void 0;
      case "SequenceExpression":
        return this.of(e.expressions[e.expressions.length - 1]);
      case "AssignmentExpression":
        return this.of(e.right);
      case "ArrowFunctionExpression":
      case "FunctionExpression":
      case "FunctionDeclaration":
        return this.any(returnedExpressions(e));
      default:
        return void 0;
    }
  }
  identifier(id2) {
    const b = this.bindings.resolve(id2);
    if (!b) return void 0;
    const sources = [];
    if (b.init) sources.push(b.init);
    else if (b.declarator) {
      if (b.declarator.init) sources.push(b.declarator.init);
      else {
        const decl = this.bindings.parent(b.declarator);
        const loop = decl && this.bindings.parent(decl);
        if (loop?.type === "ForOfStatement") sources.push(loop.right);
      }
    }
    sources.push(...b.assignments);
    for (const ref of b.references) {
      const member = this.bindings.parent(ref);
      const call = member && this.bindings.parent(member);
      if (member?.type === "MemberExpression" && call?.type === "CallExpression" && call.callee === member && inserting.has(methodName(call) ?? "")) {
        sources.push(...call.arguments);
      }
    }
    return this.any(sources);
  }
  call(c2) {
    const prim = primitiveOf(c2, this.bindings);
    switch (prim) {
      case "gate":
      case "workflow":
      // a nested plan answers for its own checks
      case "phase":
      case "log":
        return void 0;
      case "agent":
        return c2;
      case "parallel":
      case "pipeline": {
        const fns = prim === "parallel" ? c2.arguments : c2.arguments.slice(1);
        return fns.some((f) => this.gates(f, /* @__PURE__ */ new Set())) ? void 0 : c2;
      }
      case "retry":
        return this.of(argAt(c2, 0)) ? c2 : void 0;
      default:
        break;
    }
    const callee = c2.callee;
    if (callee.type === "Identifier") {
      const b = this.bindings.resolve(callee);
      if (b?.fn) return this.of(b.fn);
      return this.any(c2.arguments);
    }
    const m = methodName(c2);
    if (m !== void 0 && callee.type === "MemberExpression") {
      if (verdictMethods.has(m)) return void 0;
      if (mappingMethods.has(m)) return this.any([callee.object, ...c2.arguments]);
      const nonFunctions = c2.arguments.filter((a) => a.type !== "ArrowFunctionExpression" && a.type !== "FunctionExpression");
      return this.any([callee.object, ...nonFunctions]);
    }
    return this.any(c2.arguments);
  }
  /** Whether a thunk or stage gates its result: it calls `gate`, directly or through a helper. */
  gates(n2, seen) {
    if (seen.has(n2)) return false;
    seen.add(n2);
    for (const d of descendants(n2)) {
      if (d.type !== "CallExpression") continue;
      if (primitiveOf(d, this.bindings) === "gate") return true;
      if (d.callee.type === "Identifier") {
        const b = this.bindings.resolve(d.callee);
        if (b?.fn && this.gates(b.fn, seen)) return true;
      }
    }
    if (n2.type === "Identifier") {
      const b = this.bindings.resolve(n2);
      if (b?.fn) return this.gates(b.fn, seen);
    }
    return false;
  }
};

// compiler/lints/sequential-awaits.ts
var sequentialAwaits = defineRule({
  code: "WF5003",
  name: "sequential-awaits",
  doc: `Flags consecutive statements that each await an agent when a later one does not use the
earlier ones' results: they could run at the same time, but each waits for the one before.
A run of such statements is reported once, at the first statement that waited needlessly.
@example invalid  const pros = await agent('List the pros', { label: 'pros' })
                  const cons = await agent('List the cons', { label: 'cons' })
@example valid    const [pros, cons] = await parallel([() => agent('List the pros', { label: 'pros' }), () => agent('List the cons', { label: 'cons' })])
@example valid    const plan = await agent('Plan it', { label: 'plan' })
                  const work = await agent(\`Do this: \${plan}\`, { label: 'work' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const node of descendants(program)) {
      if (node.type !== "Program" && node.type !== "BlockStatement") continue;
      let run = [];
      const flush = () => {
        if (run.length >= 2) {
          const first = run[0];
          const second = run[1];
          const names2 = run.map((r) => "`" + patternNames(r.decl.id).map((id2) => id2.name).join(", ") + "`");
          const list = `${names2.slice(0, -1).join(", ")} and ${names2[names2.length - 1]}`;
          report(second.decl.span, `${list} come from independent agents but are awaited one after another`, {
            label: "could run at the same time",
            secondary: [{ span: first.decl.span, message: "awaited first" }],
            help: "start them together: `const [a, b] = await parallel([() => agent(\u2026), () => agent(\u2026)])`"
          });
        }
        run = [];
      };
      for (const s of node.body) {
        const decl = awaitedAgentDeclarator(s, bindings);
        if (!decl) {
          flush();
          continue;
        }
        const reads = readsThrough(decl.init, bindings);
        const used = run.some((r) => [...r.names].some((b) => reads.has(b)));
        if (used) flush();
        const names2 = new Set(patternNames(decl.id).map((id2) => bindings.declared(id2)).filter(Boolean));
        run.push({ decl, names: names2 });
      }
      flush();
    }
  }
});
function awaitedAgentDeclarator(s, bindings) {
  if (s.type !== "VariableDeclaration" || s.declarations.length !== 1) return void 0;
  const d = s.declarations[0];
  if (!d.init || d.init.type !== "AwaitExpression") return void 0;
  if (!isPrimitiveCall(d.init.argument, "agent", bindings)) return void 0;
  return d;
}
function readsThrough(root, bindings) {
  const out = /* @__PURE__ */ new Set();
  const seen = /* @__PURE__ */ new Set();
  const visit = (n2) => {
    if (seen.has(n2)) return;
    seen.add(n2);
    for (const ref of referencesIn(n2, bindings)) {
      const b = bindings.resolve(ref);
      out.add(b);
      if (b.fn) visit(b.fn);
    }
  };
  visit(root);
  return out;
}

// compiler/lints/fan-out-without-model.ts
var fanOutWithoutModel = defineRule({
  code: "WF5004",
  name: "fan-out-without-model",
  doc: `Flags an agent that runs inside a fan-out (a \`parallel\` thunk, a \`pipeline\` stage, a \`gate\` check
with \`each: true\`, or a helper they call) without a \`model\`. It inherits the session's model,
often the most expensive one, once per item. Name the model per call, per phase
(\`meta.phases[].model\` with the agent's \`phase\` option) or for the plan (\`meta.defaults.model\`).
@example invalid  await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review' })))
@example valid    await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review', model: 'sonnet' })))`,
  check({ program, meta, report }) {
    if (meta?.defaults?.model) return;
    const bindings = bindingsOf(program);
    const phaseModels = new Set((meta?.phases ?? []).filter((p) => p.model).map((p) => p.title));
    const agents = /* @__PURE__ */ new Map();
    for (const node of descendants(program)) {
      const prim = primitiveOf(node, bindings);
      if (!prim || node.type !== "CallExpression") continue;
      let bodies = [];
      if (prim === "parallel") bodies = node.arguments;
      else if (prim === "pipeline") bodies = node.arguments.slice(1);
      else if (prim === "gate" && optionValue2(node, 2, "each", bindings)?.type === "BooleanLiteral") {
        const each = optionValue2(node, 2, "each", bindings);
        if (each.value) bodies = node.arguments.slice(1, 2);
      }
      for (const call of agentsReachedFrom(bodies, bindings)) if (!agents.has(call)) agents.set(call, node);
    }
    for (const [call, fanOut2] of [...agents].sort((a, b) => a[0].span.start - b[0].span.start)) {
      if (!certainlyLacks(call, 1, "model", bindings)) continue;
      const phase = staticString(optionValue2(call, 1, "phase", bindings), bindings);
      if (phase !== void 0 && phaseModels.has(phase)) continue;
      const kind = primitiveOf(fanOut2, bindings);
      report(call.callee.span, `this agent runs once per item of a \`${kind}\` but names no \`model\``, {
        label: "inherits the session model",
        secondary: [{ span: fanOut2.callee.span, message: "the fan-out" }],
        help: "add `model: 'haiku'` or `model: 'sonnet'` to its options, or set `meta.defaults.model`"
      });
    }
  }
});
function agentsReachedFrom(roots, bindings) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const visit = (n2) => {
    if (seen.has(n2)) return;
    seen.add(n2);
    for (const d of descendants(n2)) {
      if (isPrimitiveCall(d, "agent", bindings)) out.push(d);
      if (d.type === "Identifier") {
        const fn2 = bindings.resolve(d)?.fn;
        if (fn2) visit(fn2);
      }
    }
  };
  roots.forEach(visit);
  return out;
}

// compiler/lints/whole-value-in-prompt.ts
var arrayMethods = /* @__PURE__ */ new Set(["filter", "map", "flatMap", "slice", "concat", "sort", "reverse", "flat", "split"]);
var wholeValueInPrompt = defineRule({
  code: "WF5005",
  name: "whole-value-in-prompt",
  doc: `Flags a prompt template that interpolates a whole array or object: \`\${findings}\` prints
\`[object Object],[object Object]\` or every field of every item, which the agent cannot use and
whose size no bound covers. Values known to be arrays or objects are \`parallel\`/\`pipeline\`
results, agent answers with a \`schema\`, \`args\` and the parts its schema types as arrays or
objects, and array or object literals. Format the value instead: \`.map(\u2026).join('\\n')\` or
\`JSON.stringify(\u2026)\`.
@example invalid  const found = await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review' })))
                  await agent(\`Summarise: \${found}\`, { label: 'summary' })
@example valid    await agent(\`Summarise: \${found.filter(Boolean).join('\\n')}\`, { label: 'summary' })`,
  check({ program, source, meta, report }) {
    const bindings = bindingsOf(program);
    const kinds = new Kinds(bindings, meta);
    const done = /* @__PURE__ */ new Set();
    for (const node of descendants(program)) {
      if (!isPrimitiveCall(node, "agent", bindings)) continue;
      const prompt = argAt(node, 0);
      if (!prompt) continue;
      for (const tpl of promptTemplates(prompt, bindings)) {
        for (const hole of tpl.expressions) {
          if (done.has(hole)) continue;
          done.add(hole);
          const target = hole.type === "ChainExpression" ? hole.expression : hole;
          if (target.type !== "Identifier" && target.type !== "MemberExpression") continue;
          const kind = kinds.of(target);
          if (kind !== "array" && kind !== "object") continue;
          const name = textOf(source, hole);
          report(hole.span, `the prompt interpolates \`${name}\`, ${kind === "array" ? "an array" : "an object"}, as a whole`, {
            label: kind === "array" ? "joined with commas; objects print as `[object Object]`" : "prints as `[object Object]`",
            help: kind === "array" ? `format it: \`${name}.map(\u2026).join('\\n')\`, or \`JSON.stringify(${name})\`` : `interpolate the fields the agent needs, or \`JSON.stringify(${name})\``
          });
        }
      }
    }
  }
});
function promptTemplates(prompt, bindings) {
  const r = resolveConst(prompt, bindings);
  if (r.type === "TemplateLiteral") return [r];
  if (r.type === "CallExpression" && r.callee.type === "Identifier") {
    const fn2 = bindings.resolve(r.callee)?.fn;
    if (fn2) return returnedExpressions(fn2).filter((e) => e.type === "TemplateLiteral");
  }
  return [];
}
var Kinds = class {
  constructor(bindings, meta) {
    this.bindings = bindings;
    this.meta = meta;
  }
  bindings;
  meta;
  of(e, depth = 0) {
    if (depth > 20) return "unknown";
    const r = e.type === "AwaitExpression" ? e.argument : e;
    switch (r.type) {
      case "ArrayExpression":
        return "array";
      case "ObjectExpression":
        return "object";
      case "StringLiteral":
      case "TemplateLiteral":
      case "NumericLiteral":
      case "BooleanLiteral":
        return "other";
      case "Identifier": {
        const b = this.bindings.resolve(r);
        if (!b) return r.name === "args" ? "object" : "unknown";
        if (b.fn || b.kind === "param" || b.kind === "catch" || b.assignments.length > 0 || !b.init) return "unknown";
        return this.of(b.init, depth + 1);
      }
      case "MemberExpression": {
        if (!r.computed && r.property.type === "Identifier" && r.property.name === "length") return "other";
        return schemaKind(this.schemaOf(r, depth));
      }
      case "CallExpression": {
        const origin = originCall(r, this.bindings);
        if (origin && origin.call === r) {
          if (origin.prim === "parallel" || origin.prim === "pipeline") return "array";
          if (origin.prim === "agent") return optionValue2(r, 1, "schema", this.bindings) ? "object" : "other";
          if (origin.prim === "gate") {
            const each = optionValue2(r, 2, "each", this.bindings);
            if (each?.type === "BooleanLiteral" && each.value) return "array";
            const v3 = argAt(r, 0);
            return v3 && v3.type !== "ArrowFunctionExpression" ? this.of(v3, depth + 1) : "unknown";
          }
          return "unknown";
        }
        const m = methodName(r);
        if (m && arrayMethods.has(m)) return "array";
        if (m === "join") return "other";
        const path = memberPath(r.callee);
        if (path === "Object.keys" || path === "Object.values" || path === "Object.entries" || path === "Array.from") return "array";
        if (path === "JSON.stringify" || path === "String") return "other";
        return "unknown";
      }
      default:
        return "unknown";
    }
  }
  /** The JSON Schema of a value: `args` from `meta.args`, an agent answer from its `schema`, and their properties. */
  schemaOf(e, depth) {
    if (depth > 20) return void 0;
    if (e.type === "Identifier") {
      const b = this.bindings.resolve(e);
      if (!b) return e.name === "args" ? this.meta?.args : void 0;
      if (b.kind !== "const" || !b.init) return void 0;
      const origin = originCall(b.init, this.bindings);
      if (origin?.prim === "agent" && origin.call === (b.init.type === "AwaitExpression" ? b.init.argument : b.init)) {
        const v3 = literalValue2(optionValue2(origin.call, 1, "schema", this.bindings), this.bindings);
        return isSchema(v3) ? v3 : void 0;
      }
      return b.init.type === "MemberExpression" ? this.schemaOf(b.init, depth + 1) : void 0;
    }
    if (e.type === "MemberExpression" && !e.computed && e.property.type === "Identifier") {
      const parent = this.schemaOf(e.object, depth + 1);
      const props = parent?.["properties"];
      const p = isSchema(props) ? props[e.property.name] : void 0;
      return isSchema(p) ? p : void 0;
    }
    return void 0;
  }
};
function isSchema(v3) {
  return typeof v3 === "object" && v3 !== null && !Array.isArray(v3);
}
function schemaKind(s) {
  const t3 = s?.["type"];
  if (t3 === "array") return "array";
  if (t3 === "object") return "object";
  if (typeof t3 === "string") return "other";
  return "unknown";
}

// compiler/lints/silent-cap.ts
var silentCap = defineRule({
  code: "WF5006",
  name: "silent-cap",
  doc: `Flags a cap that drops data silently: \`xs.slice(0, N)\` (any \`slice\` with a static end) with no
\`log(\u2026)\` in the same function that mentions \`xs\` (its length, or what was left out). Caps are how
plans stay bounded, and that is right; but a run that quietly reviewed 40 of 300 files looks
the same as one that reviewed them all. Say what was dropped.
@example invalid  const shown = files.slice(0, 40)
@example valid    const shown = files.slice(0, 40)
                  if (files.length > shown.length) log(\`reviewing \${shown.length} of \${files.length} files\`)`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const logsByFunction = /* @__PURE__ */ new Map();
    const all = descendants(program);
    for (const n2 of all) {
      if (!isLogCall(n2, bindings)) continue;
      const fn2 = bindings.functionOf(n2);
      logsByFunction.set(fn2, [...logsByFunction.get(fn2) ?? [], n2]);
    }
    for (const n2 of all) {
      if (n2.type !== "CallExpression" || methodName(n2) !== "slice" || n2.arguments.length !== 2) continue;
      const end = staticNumber(argAt(n2, 1), bindings);
      if (end === void 0 || end < 0) continue;
      const receiver = n2.callee.object;
      const path = memberPath(receiver);
      if (path === void 0) continue;
      const fn2 = bindings.functionOf(n2);
      const logs = logsAround(fn2, logsByFunction, bindings);
      if (logs.some((log) => mentions(log, path, receiver, bindings))) continue;
      report(n2.span, `\`${textOf(source, receiver)}\` is capped at ${textOf(source, argAt(n2, 1))} items and nothing logs what was dropped`, {
        label: "silent cap",
        help: `when \`${path}.length\` exceeds the cap, \`log\` how many items were left out`
      });
    }
  }
});
function logsAround(fn2, byFunction, bindings) {
  const out = [];
  for (const [owner, logs] of byFunction) {
    for (let f = owner; f; f = f.type === "Program" ? void 0 : bindings.functionOf(f)) {
      if (f === fn2) {
        out.push(...logs);
        break;
      }
    }
  }
  return out;
}
function mentions(log, path, receiver, bindings) {
  const root = rootIdentifier(receiver);
  const rootBinding = root && bindings.resolve(root);
  for (const d of descendants(log)) {
    if (d === log.callee) continue;
    if (d.type !== "Identifier" && d.type !== "MemberExpression") continue;
    const p = memberPath(d);
    if (p === void 0 || !(p === path || p.startsWith(path + "."))) continue;
    const r = rootIdentifier(d);
    if (r && (rootBinding ? bindings.resolve(r) === rootBinding : !bindings.resolve(r))) return true;
  }
  return false;
}
function rootIdentifier(e) {
  let cur = e;
  while (cur.type === "MemberExpression") cur = cur.object;
  return cur.type === "Identifier" ? cur : void 0;
}

// compiler/lints/phases.ts
function phaseUses(program, bindings) {
  const out = { uses: [], dynamic: false };
  const add = (e) => {
    if (!e) return;
    const title = staticString(e, bindings);
    if (title === void 0) out.dynamic = true;
    else out.uses.push({ title, node: e });
  };
  for (const n2 of descendants(program)) {
    if (isPrimitiveCall(n2, "phase", bindings)) add(argAt(n2, 0));
    else if (isPrimitiveCall(n2, "agent", bindings)) add(optionValue2(n2, 1, "phase", bindings));
  }
  return out;
}

// compiler/lints/undeclared-phase.ts
var undeclaredPhase = defineRule({
  code: "WF5007",
  name: "undeclared-phase",
  doc: `Flags a phase title that \`meta.phases\` does not declare, in \`phase('\u2026')\` or an agent's \`phase\`
option. The progress view groups agents under the declared phases; a misspelt title makes a
stray group, and the phase's \`model\` is not applied. Only checked when \`meta.phases\` is declared.
@example invalid  export const meta = { name: 'x', description: 'x', phases: [{ title: 'Review' }] }
                  phase('Reveiw')
@example valid    phase('Review')`,
  check({ program, meta, report }) {
    if (!meta || meta.spans["phases"] === void 0) return;
    const declared = meta.phases.map((p) => p.title);
    for (const use of phaseUses(program, bindingsOf(program)).uses) {
      if (declared.includes(use.title)) continue;
      const hint = didYouMean(use.title, declared);
      report(use.node.span, `phase \`${use.title}\` is not declared in \`meta.phases\``, {
        label: "undeclared phase",
        secondary: [{ span: meta.spans["phases"], message: "phases are declared here" }],
        help: hint ? `did you mean \`${hint}\`?` : `add \`{ title: '${use.title}' }\` to \`meta.phases\`, or use one of its titles`
      });
    }
  }
});

// compiler/lints/unused-phase.ts
var unusedPhase = defineRule({
  code: "WF5008",
  name: "unused-phase",
  doc: `Flags a \`meta.phases\` entry that no \`phase('\u2026')\` call or agent \`phase\` option uses: the progress
view shows a phase that never starts, and its \`model\` applies to nothing. Not checked when some
phase title is computed at run time.
@example invalid  export const meta = { name: 'x', description: 'x', phases: [{ title: 'Review' }, { title: 'Ship' }] }
                  phase('Review')   // \`Ship\` is never used
@example valid    phase('Review'); \u2026 phase('Ship')`,
  check({ program, meta, report }) {
    if (!meta || meta.phases.length === 0) return;
    const uses = phaseUses(program, bindingsOf(program));
    if (uses.dynamic) return;
    const used = new Set(uses.uses.map((u) => u.title));
    for (const p of meta.phases) {
      if (used.has(p.title)) continue;
      report(p.span, `phase \`${p.title}\` is declared but never started`, {
        label: "unused phase",
        help: `call \`phase('${p.title}')\` where it begins, or remove it from \`meta.phases\``
      });
    }
  }
});

// compiler/lints/duplicate-label.ts
var duplicateLabel = defineRule({
  code: "WF5009",
  name: "duplicate-label",
  doc: `Flags two agent calls, at different places in the plan, with the same static \`label\`. Labels
name stages in the progress view, the journal and \`wfc graph\`; two calls sharing one are told
apart only by an automatic \`#2\`, which moves when the plan is edited, so resumed runs and diffs
match the wrong stage. (One call that runs many times, in a fan-out or a loop, is fine.)
@example invalid  const a = await agent('Review the API', { label: 'review' })
                  const b = await agent('Review the UI', { label: 'review' })
@example valid    const a = await agent('Review the API', { label: 'review-api' })
                  const b = await agent('Review the UI', { label: 'review-ui' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    const first = /* @__PURE__ */ new Map();
    for (const n2 of descendants(program)) {
      if (!isPrimitiveCall(n2, "agent", bindings)) continue;
      const e = optionValue2(n2, 1, "label", bindings);
      if (!e) continue;
      const label = staticLabel(resolveConst(e, bindings));
      if (label === void 0) continue;
      const earlier = first.get(label);
      if (!earlier) {
        first.set(label, e);
        continue;
      }
      report(e.span, `label \`${label}\` is already used by another agent`, {
        label: "duplicate label",
        secondary: [{ span: earlier.span, message: "first used here" }],
        help: "give each agent call its own label, e.g. suffix what it does differently"
      });
    }
  }
});

// compiler/lints/unparsed-json.ts
var textMethods = /* @__PURE__ */ new Set(["trim", "trimStart", "trimEnd", "replace", "replaceAll", "slice", "substring", "toString"]);
var unparsedJson = defineRule({
  code: "WF5010",
  name: "unparsed-json",
  doc: `Flags \`JSON.parse\` of an agent's answer when the agent has no \`schema\`. Free text that is
supposed to be JSON often is not (a code fence, a preface, a trailing comma); the parse throws and
the run fails. With a \`schema\`, wfc asks for structured output, validates it, re-asks up to
\`attempts\` times when it is invalid, and hands back the parsed object.
@example invalid  const raw = await agent('List the risks as JSON', { label: 'risks' })
                  const risks = JSON.parse(raw)
@example valid    const risks = await agent('List the risks', { label: 'risks', schema: RISKS })`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    for (const n2 of descendants(program)) {
      if (!isGlobalMethodCall(n2, "JSON.parse")) continue;
      const arg = argAt(n2, 0);
      if (!arg) continue;
      const agent = schemalessAgent(arg, bindings);
      if (!agent) continue;
      report(n2.span, `\`${textOf(source, arg)}\` is an agent's free-text answer parsed as JSON`, {
        label: "throws when the answer is not exactly JSON",
        secondary: [{ span: agent.callee.span, message: "this agent has no `schema`" }],
        help: "give the agent a `schema`: wfc then validates the answer, re-asks when it is invalid, and returns the parsed object"
      });
    }
  }
});
function schemalessAgent(e, bindings) {
  let cur = e;
  for (; ; ) {
    if (cur.type === "CallExpression" && cur.callee.type === "MemberExpression" && textMethods.has(methodName(cur) ?? "")) cur = cur.callee.object;
    else if (cur.type === "ChainExpression") cur = cur.expression;
    else break;
  }
  const origin = originCall(cur, bindings);
  if (!origin || origin.prim !== "agent") return void 0;
  return certainlyLacks(origin.call, 1, "schema", bindings) ? origin.call : void 0;
}

// compiler/lints/unfiltered-nulls.ts
var elementParams = {
  map: [0],
  forEach: [0],
  flatMap: [0],
  some: [0],
  every: [0],
  find: [0],
  findIndex: [0],
  findLast: [0],
  filter: [0],
  sort: [0, 1],
  reduce: [1]
};
var unfilteredNulls = defineRule({
  code: "WF5011",
  name: "unfiltered-nulls",
  doc: `Flags reading a field of an element of a \`parallel\` or \`pipeline\` result before the \`null\`s are
filtered out. A failed thunk or a dropped pipeline item leaves \`null\` in its slot (the run goes
on, by design), so \`results.map((r) => r.title)\` throws as soon as one agent fails. Covered
reads: callbacks of array methods (\`map\`, \`forEach\`, \`filter\`, \`sort\`, \u2026), \`for\u2026of\` loops,
\`results[i].field\`, and names destructured from the result. A read is fine after
\`.filter(Boolean)\`, with \`?.\`, or under a test of the element (\`r && r.title\`, \`if (!r) continue\`).
@example invalid  const reviews = await parallel(files.map((f) => () => agent(\`Review \${f}\`, { label: 'review', schema: REVIEW })))
                  const titles = reviews.map((r) => r.title)
@example valid    const titles = reviews.filter(Boolean).map((r) => r.title)`,
  check({ program, source, report }) {
    const bindings = bindingsOf(program);
    const reported = /* @__PURE__ */ new Set();
    const flag = (access, result, prim) => {
      if (reported.has(access)) return;
      reported.add(access);
      report(access.span, `\`${textOf(source, access)}\` reads an element of \`${result}\`, a \`${prim}\` result whose failed items are \`null\``, {
        label: "throws if this item failed",
        help: `filter first with \`${result}.filter(Boolean)\`, or read it with \`?.\``
      });
    };
    for (const d of descendants(program)) {
      if (d.type !== "VariableDeclarator" || !d.init) continue;
      const call = unwrap(d.init);
      const prim = primitiveOf(call, bindings);
      if (prim !== "parallel" && prim !== "pipeline") continue;
      if (d.id.type === "ArrayPattern") {
        for (const id2 of patternNames(d.id)) {
          const b = bindings.declared(id2);
          if (!b) continue;
          const name = textOf(source, d.id);
          for (const access of unguardedAccesses(b, bindings.functionOf(d), bindings)) flag(access, name, prim);
        }
        continue;
      }
      if (d.id.type !== "Identifier") continue;
      const result = bindings.declared(d.id);
      if (!result || result.assignments.length > 0) continue;
      for (const ref of bindings.reads(result)) {
        const parent = bindings.parent(ref);
        if (parent?.type === "MemberExpression" && parent.object === ref) {
          if (parent.computed) {
            const outer = bindings.parent(parent);
            if (outer?.type === "MemberExpression" && outer.object === parent && !outer.optional && !guardedBy(outer, (t3) => textMentions(t3, parent, source), bindings)) flag(outer, result.name, prim);
            continue;
          }
          const call2 = bindings.parent(parent);
          const m = parent.property.type === "Identifier" ? parent.property.name : "";
          if (call2?.type !== "CallExpression" || call2.callee !== parent || methodName(call2) === void 0) continue;
          const cb = call2.arguments[0];
          const params = elementParams[m];
          if (!cb || !params || !isFunction(cb)) continue;
          for (const i of params) {
            const p = cb.params[i];
            if (p?.type !== "Identifier") continue;
            const b = bindings.declared(p);
            if (b) for (const access of unguardedAccesses(b, cb, bindings)) flag(access, result.name, prim);
          }
        } else if (parent?.type === "ForOfStatement" && parent.right === ref) {
          const v3 = parent.left.declarations[0]?.id;
          const b = v3?.type === "Identifier" ? bindings.declared(v3) : void 0;
          if (b) for (const access of unguardedAccesses(b, parent, bindings)) flag(access, result.name, prim);
        }
      }
    }
  }
});
function unguardedAccesses(b, scope, bindings) {
  const out = [];
  for (const ref of bindings.reads(b)) {
    const m = bindings.parent(ref);
    if (m?.type !== "MemberExpression" || m.object !== ref || m.optional) continue;
    if (guardedBy(m, (test) => referencesIn(test, bindings).some((r) => bindings.resolve(r) === b), bindings, scope)) continue;
    out.push(m);
    break;
  }
  return out;
}
function guardedBy(node, mentions2, bindings, scope) {
  let child = node;
  for (let p = bindings.parent(node); p; child = p, p = bindings.parent(p)) {
    if (p.type === "LogicalExpression" && p.right === child && mentions2(p.left)) return true;
    if (p.type === "ConditionalExpression" && p.test !== child && mentions2(p.test)) return true;
    if (p.type === "IfStatement" && p.test !== child && mentions2(p.test)) return true;
    if (p.type === "BlockStatement" || p.type === "Program") {
      for (const s of p.body) {
        if (s === child) break;
        if (s.type === "IfStatement" && mentions2(s.test) && exits(s.consequent)) return true;
      }
    }
    if (p === scope) break;
  }
  return false;
}
function exits(s) {
  if (s.type === "ReturnStatement" || s.type === "ContinueStatement" || s.type === "BreakStatement" || s.type === "ThrowStatement") return true;
  if (s.type === "BlockStatement") {
    const last = s.body[s.body.length - 1];
    return last !== void 0 && exits(last);
  }
  return false;
}
function textMentions(test, target, source) {
  const t3 = textOf(source, target);
  return descendants(test).some((n2) => n2.type === "MemberExpression" && textOf(source, n2) === t3);
}

// compiler/lints/missing-label.ts
var missingLabel = defineRule({
  code: "WF5012",
  name: "missing-label",
  doc: `Flags an agent call without a \`label\`. The label names the agent in the progress view, the
run journal and \`wfc graph\`, and it is what makes the agent's stage id stable: without one the
id falls back to the agent's position, so inserting an agent elsewhere renames it and a resumed
run or a \`wfc diff\` matches the wrong stage.
@example invalid  const summary = await agent('Summarise the report')
@example valid    const summary = await agent('Summarise the report', { label: 'summarise' })`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const n2 of descendants(program)) {
      if (!isPrimitiveCall(n2, "agent", bindings) || !certainlyLacks(n2, 1, "label", bindings)) continue;
      report(n2.callee.span, "this agent has no `label`", {
        label: "unlabelled agent",
        help: "add `label: '\u2026'` to its options: a short name for what it does"
      });
    }
  }
});

// compiler/lints/schema-without-max-items.ts
var dataKeys = /* @__PURE__ */ new Set(["enum", "const", "default", "examples", "required"]);
var schemaWithoutMaxItems = defineRule({
  code: "WF5013",
  name: "schema-without-max-items",
  doc: `Flags an array in an agent's \`schema\` without \`maxItems\`. wfc bounds every fan-out from
\`maxItems\`; an unbounded array in an answer cannot bound a later fan-out over it (that is an
error where it is fanned out), and it lets the agent pad its answer, spending output tokens on
the hundredth finding nobody reads. Say how many you want.
@example invalid  const TASKS = { type: 'object', properties: { tasks: { type: 'array', items: { type: 'string' } } } }
@example valid    const TASKS = { type: 'object', properties: { tasks: { type: 'array', maxItems: 20, items: { type: 'string' } } } }`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    const seen = /* @__PURE__ */ new Set();
    const visit = (obj, name, at2) => {
      if (seen.has(obj)) return;
      seen.add(obj);
      if (isArrayType(propertyOf(obj, "type")?.value, bindings) && !propertyOf(obj, "maxItems")) {
        report(at2, `the schema array ${name} has no \`maxItems\``, {
          label: "unbounded array",
          help: "add `maxItems: N` with the most items you want back"
        });
      }
      for (const p of obj.properties) {
        if (p.type !== "Property") continue;
        const k2 = keyName(p);
        if (k2 === void 0 || dataKeys.has(k2)) continue;
        const isProps = k2 === "properties";
        const value = resolveConst(p.value, bindings);
        if (value.type === "ObjectExpression") {
          if (isProps) {
            for (const q2 of value.properties) {
              if (q2.type !== "Property") continue;
              const v3 = resolveConst(q2.value, bindings);
              if (v3.type === "ObjectExpression") visit(v3, `\`${keyName(q2) ?? "?"}\``, q2.key.span);
            }
          } else visit(value, k2 === "items" ? `${name === "the answer" ? "" : name + " "}items`.trim() : `\`${k2}\``, p.key.span);
        } else if (value.type === "ArrayExpression") {
          for (const el2 of value.elements) {
            const v3 = el2 && el2.type !== "SpreadElement" ? resolveConst(el2, bindings) : void 0;
            if (v3?.type === "ObjectExpression") visit(v3, name, v3.span);
          }
        }
      }
    };
    for (const n2 of descendants(program)) {
      if (!isPrimitiveCall(n2, "agent", bindings)) continue;
      const schema = schemaNode(n2, bindings);
      if (schema) visit(schema, "the answer", schema.span);
    }
  }
});
function isArrayType(e, bindings) {
  if (!e) return false;
  const r = resolveConst(e, bindings);
  if (r.type === "StringLiteral") return r.value === "array";
  if (r.type === "ArrayExpression") return r.elements.some((el2) => el2?.type === "StringLiteral" && el2.value === "array");
  return false;
}

// compiler/lints/catch-swallows.ts
var catchSwallows = defineRule({
  code: "WF5014",
  name: "catch-swallows",
  doc: `Flags a \`catch\` that makes a failure disappear: its block is empty, or it only returns
\`null\`/nothing/an empty value or continues, and it neither \`log\`s nor rethrows. The run then
reports success with a hole in its answer and no trace of why. (\`parallel\`, \`pipeline\`, \`gate\`
and \`retry\` already record failures in the run's census; a hand-written \`catch\` must say so itself.)
@example invalid  try { plan = await workflow('plan', args) } catch (e) { }
@example invalid  try { return await risky() } catch { return null }
@example valid    try { return await risky() } catch (e) { log(\`risky failed: \${e.message}\`); return null }`,
  check({ program, report }) {
    const bindings = bindingsOf(program);
    for (const n2 of descendants(program)) {
      if (n2.type !== "CatchClause") continue;
      if (!n2.body.body.every(swallows)) continue;
      if (descendants(n2.body).some((d) => isLogCall(d, bindings))) continue;
      report(n2.span, n2.body.body.length === 0 ? "this `catch` is empty: the error disappears" : "this `catch` drops the error without logging it", {
        label: "failure swallowed",
        help: "`log` what failed and why (the error's `message`) before recovering, or let the error propagate"
      });
    }
  }
});
function swallows(s) {
  if (s.type === "EmptyStatement" || s.type === "ContinueStatement" || s.type === "BreakStatement") return true;
  if (s.type !== "ReturnStatement") return false;
  const a = s.argument;
  if (!a) return true;
  if (a.type === "NullLiteral") return true;
  if (a.type === "Identifier" && a.name === "undefined") return true;
  if (a.type === "ArrayExpression" && a.elements.length === 0) return true;
  if (a.type === "ObjectExpression" && a.properties.length === 0) return true;
  if (a.type === "StringLiteral" && a.value === "") return true;
  if (a.type === "BooleanLiteral" && !a.value) return true;
  return false;
}

// compiler/lints/index.ts
var rules = [
  unusedResult,
  unverifiedOutput,
  sequentialAwaits,
  fanOutWithoutModel,
  wholeValueInPrompt,
  silentCap,
  undeclaredPhase,
  unusedPhase,
  duplicateLabel,
  unparsedJson,
  unfilteredNulls,
  missingLabel,
  schemaWithoutMaxItems,
  catchSwallows
];
function runLints(input, sink, severities = {}, only = rules) {
  for (const rule of only) {
    const severity = severities[rule.code] ?? severities[rule.name] ?? "warning";
    if (severity === "off") continue;
    const report = (span, message, extra = {}) => {
      if (severity === "error") sink.error(rule.code, span, message, extra);
      else sink.warning(rule.code, span, message, extra);
    };
    try {
      rule.check({ ...input, report });
    } catch (e) {
      sink.error("WF9001", { start: 0, end: 0 }, `internal error in lint rule \`${rule.name}\` (${rule.code}): ${e instanceof Error ? e.message : String(e)}`, {
        help: "this is a bug in wfc; turn the rule off in `wfc.config.json` to go on, and report it"
      });
    }
  }
}

// compiler/compile.ts
function compileFile(path, options = {}) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const file = new SourceFile(path, "");
    const d = { code: "WF0104", severity: "error", message: `cannot read \`${path}\`: ${e.code ?? "error"}`, span: { start: 0, end: 0 } };
    return { file, diagnostics: [d], suppressed: [], hasErrors: true };
  }
  return compileSource(path, text, options);
}
function compileSource(path, text, options = {}) {
  const file = new SourceFile(path, text);
  const r = new Reporter();
  let phase = "parse";
  const out = { file, diagnostics: [], suppressed: [], hasErrors: false };
  try {
    const syntax = parse(text);
    r.diagnostics.push(...syntax.diagnostics);
    out.program = syntax.program;
    if (!r.hasErrors()) {
      phase = "names";
      checkSubset(syntax.program, r);
      phase = "meta";
      out.meta = extractMeta(syntax.program, r);
      phase = "sites";
      out.sites = indexSites(syntax.program);
      checkCallCycles(out.sites, r);
      if (!r.hasErrors() || onlyBoundsFriendly(r)) {
        phase = "analysis";
        const pricing = options.pricing ?? DEFAULT_PRICING;
        const analysis = analyze(syntax.program, text, out.meta, out.sites, r, {
          pricing,
          ...options.effort ? { effort: options.effort } : {},
          depth: options.depth ?? 0,
          loadWorkflow: (name) => loadNested(path, name, options)
        });
        phase = "bounds";
        const b = computeBounds(analysis.root, pricing, analysis.concurrency);
        phase = "graph";
        const hash = createHash("sha256").update(text).digest("hex");
        const plan = {
          name: out.meta?.name ?? "",
          description: out.meta?.description ?? "",
          phases: (out.meta?.phases ?? []).map((p) => ({ title: p.title, ...p.detail ? { detail: p.detail } : {} })),
          hash,
          ...out.meta?.budget ? { budget: out.meta.budget } : {},
          ...options.effort ?? out.meta?.effort ? { effort: options.effort ?? out.meta.effort } : {}
        };
        for (const f of analysis.returnFrom) analysis.root.reads.add(f);
        const { json, graph } = buildGraph(analysis.root, b, file, plan);
        if ((0, import_graphology_dag.hasCycle)(graph)) throw new Error("the stage graph's edges form a cycle");
        out.graph = json;
        out.stageGraph = graph;
        out.bounds = toBounds(b.total);
        phase = "checks";
        checkBudgets({ bounds: out.bounds, meta: out.meta, concurrency: analysis.concurrency, ...options.ciBudget ? { ci: options.ciBudget } : {} }, r);
        phase = "lints";
        runLints({ program: syntax.program, source: text, ...out.meta ? { meta: out.meta } : {}, sites: out.sites }, r, options.rules);
      }
    }
  } catch (e) {
    r.error("WF9001", { start: 0, end: 0 }, `internal error in the ${phase} phase: ${e.message ?? String(e)}`, {
      notes: [(e.stack ?? "").split("\n").slice(0, 4).join("\n")],
      help: "this is a bug in wfc; please report it with the plan that triggered it"
    });
  }
  const { diagnostics, suppressed } = applySuppressions(file, out.program?.comments ?? [], applySeverities(r.diagnostics, options.rules));
  out.diagnostics = sortDiagnostics2(diagnostics);
  out.suppressed = suppressed;
  out.hasErrors = out.diagnostics.some((d) => d.severity === "error");
  return out;
}
function onlyBoundsFriendly(r) {
  return r.diagnostics.every((d) => d.severity !== "error" || /^WF(2|3|4)/.test(d.code) || d.code === "WF1003" || d.code === "WF1004" || d.code === "WF1005" || d.code === "WF1009");
}
function applySeverities(diags, rules2) {
  if (!rules2) return diags;
  const out = [];
  for (const d of diags) {
    const s = rules2[d.code];
    if (s === "off" && !/^WF(0|1|9)/.test(d.code)) continue;
    out.push(s && s !== "off" && !/^WF(0|1|9)/.test(d.code) ? { ...d, severity: s } : d);
  }
  return out;
}
function loadNested(parentPath, name, options) {
  const dir = dirname(resolve(parentPath));
  const candidates = [joinPath(dir, `${name}.wf.js`), joinPath(dir, `${name}.js`)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) return void 0;
  const chain2 = [...options.chain ?? [resolve(parentPath)]];
  if (chain2.includes(found)) return { bounds: zeroBounds(), error: `cycle among workflows: ${[...chain2, found].map((p) => "`" + p.split("/").pop() + "`").join(" \u2192 ")}` };
  if ((options.depth ?? 0) >= 1) return { bounds: zeroBounds() };
  const nested = compileFile(found, { ...options, depth: (options.depth ?? 0) + 1, chain: [...chain2, found] });
  if (!nested.bounds || nested.hasErrors) {
    const first = nested.diagnostics.find((d) => d.severity === "error");
    return { bounds: nested.bounds ?? zeroBounds(), error: `the nested plan \`${name}.wf.js\` has errors${first ? `: ${first.message}` : ""}` };
  }
  return { bounds: nested.bounds };
}
function zeroBounds() {
  return { agents: 0, inputTokens: 0, outputTokens: 0, usd: 0, latencyMs: 0, peakConcurrency: 0 };
}

// compiler/render/view.ts
function isGroup(d) {
  return d.children.length > 0;
}
function buildView(graph, options = {}) {
  const children2 = /* @__PURE__ */ new Map();
  for (const s of graph.stages) {
    const list = children2.get(s.parent);
    if (list) list.push(s);
    else children2.set(s.parent, [s]);
  }
  for (const list of children2.values()) list.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const touched = /* @__PURE__ */ new Set();
  for (const e of graph.edges) {
    touched.add(e.from);
    touched.add(e.to);
  }
  const elided = [];
  const drawn = [];
  const byId = /* @__PURE__ */ new Map();
  const isElided = (s) => s.id === graph.root || s.kind === "serial" && !touched.has(s.id);
  const stageById = new Map(graph.stages.map((s) => [s.id, s]));
  const armOf = (s, parent) => {
    for (let p = s.parent === null ? void 0 : stageById.get(s.parent); p && p.id !== parent?.stage.id; p = p.parent === null ? void 0 : stageById.get(p.parent)) {
      const pp2 = p.parent === null ? void 0 : stageById.get(p.parent);
      if (pp2?.kind === "branch" && isElided(p)) return p.label;
    }
    return void 0;
  };
  const notesFor = (s, parent) => {
    const notes = [];
    const arm = armOf(s, parent);
    if (arm) notes.push(`${arm} arm`);
    if (parent && s.phase !== null && s.phase !== parent.stage.phase) notes.push(`phase: ${s.phase}`);
    return notes;
  };
  function expand(ofId, parent, depth) {
    const out = [];
    for (const s of children2.get(ofId) ?? []) {
      if (isElided(s)) {
        elided.push(s.id);
        out.push(...expand(s.id, parent, depth));
        continue;
      }
      const d = { stage: s, children: [], parent, depth, notes: notesFor(s, parent) };
      drawn.push(d);
      byId.set(s.id, d);
      d.children = expand(s.id, d, depth + 1);
      out.push(d);
    }
    return out;
  }
  const rootStage = graph.stages.find((s) => s.id === graph.root);
  if (rootStage) elided.push(rootStage.id);
  const known = new Set(graph.stages.map((s) => s.id));
  const orphans = graph.stages.filter((s) => s.id !== graph.root && s.parent !== null && !known.has(s.parent));
  const topStages = [...expand(graph.root, null, 0)];
  for (const o of orphans) {
    const d = { stage: o, children: [], parent: null, depth: 0, notes: [] };
    drawn.push(d);
    byId.set(o.id, d);
    d.children = expand(o.id, d, 1);
    topStages.push(d);
  }
  const phases = /* @__PURE__ */ new Map();
  graph.plan.phases.forEach((p, i) => phases.set(p.title, { key: `phase-${i}`, title: p.title, ...p.detail ? { detail: p.detail } : {}, members: [] }));
  const top = [];
  for (const d of topStages) {
    const title = d.stage.phase;
    if (title === null) {
      top.push({ stage: d });
      continue;
    }
    let phase = phases.get(title);
    if (!phase) {
      phase = { key: `phase-${phases.size}`, title, members: [] };
      phases.set(title, phase);
    }
    if (phase.members.length === 0) top.push({ phase });
    phase.members.push(d);
  }
  const critical = new Set(graph.criticalPath);
  for (const s of graph.stages) if (s.critical) critical.add(s.id);
  const path = graph.criticalPath;
  const pathIndex = new Map(path.map((id2, i) => [id2, i]));
  const encloses = (a, b) => {
    for (let x = stageById.get(b); x; x = x.parent === null ? void 0 : stageById.get(x.parent)) if (x.id === a) return true;
    return false;
  };
  const followsPath = (from, to2) => {
    const i = pathIndex.get(from);
    const j2 = pathIndex.get(to2);
    if (i === void 0 || j2 === void 0 || i >= j2) return false;
    for (let k2 = i + 1; k2 < j2; k2++) if (!encloses(from, path[k2]) && !encloses(path[k2], to2)) return false;
    return true;
  };
  const edges = [];
  const seen = /* @__PURE__ */ new Set();
  const data = new Set(graph.edges.filter((e) => e.kind === "data").map((e) => `${e.from}\0${e.to}`));
  for (const e of graph.edges) {
    const from = byId.get(e.from);
    const to2 = byId.get(e.to);
    if (!from || !to2 || from === to2 || isAncestor(from, to2) || isAncestor(to2, from)) continue;
    if (e.kind === "order" && data.has(`${e.from}\0${e.to}`)) continue;
    const key = `${e.from}\0${e.to}\0${e.kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push({ ...e, critical: followsPath(e.from, e.to) });
  }
  const unmatched = Object.keys(options.actuals ?? {}).filter((id2) => !stageById.has(id2)).sort();
  return { graph, top, drawn, byId, elided, edges, critical, overlay: buildOverlay(graph, children2, options.actuals), unmatched };
}
function isAncestor(a, b) {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}
var EPSILON = 1e-9;
function buildOverlay(graph, children2, actuals) {
  const out = /* @__PURE__ */ new Map();
  if (!actuals) return out;
  const memo = /* @__PURE__ */ new Map();
  const sum = (id2) => {
    if (memo.has(id2)) return memo.get(id2);
    let acc = actuals[id2];
    if (!acc)
      for (const c2 of children2.get(id2) ?? []) {
        const a = sum(c2.id);
        if (a) acc = acc ? addActuals(acc, a) : { ...a };
      }
    memo.set(id2, acc);
    return acc;
  };
  for (const s of graph.stages) {
    const actual = sum(s.id);
    if (!actual) continue;
    const exceeded = [];
    for (const q2 of ["agents", "inputTokens", "outputTokens", "usd"])
      if (actual[q2] > s.total[q2] + EPSILON) exceeded.push(q2);
    out.set(s.id, { actual, aggregated: actuals[s.id] === void 0, exceeded });
  }
  return out;
}
function addActuals(a, b) {
  return {
    agents: a.agents + b.agents,
    succeeded: a.succeeded + b.succeeded,
    failed: a.failed + b.failed,
    quarantined: a.quarantined + b.quarantined,
    replayed: a.replayed + b.replayed,
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    usd: a.usd + b.usd,
    ms: a.ms + b.ms
  };
}
function leaves(d) {
  if (!isGroup(d)) return [d];
  return d.children.flatMap(leaves);
}

// compiler/render/labels.ts
function formatCount(n2) {
  const abs = Math.abs(n2);
  if (abs < 1e3) return String(Math.round(n2));
  for (const [size, unit] of [[1e9, "B"], [1e6, "M"], [1e3, "k"]])
    if (abs >= size) return `${trim((n2 / size).toFixed(n2 / size >= 100 ? 0 : 1))}${unit}`;
  return String(n2);
}
function formatUsd(n2) {
  if (n2 === 0) return "$0";
  if (n2 < 1e-3) return "<$0.001";
  if (n2 < 1) return `$${trim(n2.toPrecision(2))}`;
  if (n2 < 100) return `$${trim(n2.toFixed(2))}`;
  if (n2 < 1e3) return `$${Math.round(n2)}`;
  return `$${formatCount(n2)}`;
}
function formatMs(ms2) {
  if (ms2 < 1e3) return `${Math.round(ms2)}ms`;
  const s = ms2 / 1e3;
  if (s < 60) return `${trim(s.toFixed(1))}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${Math.round(s - m * 60)}s`;
  const h2 = Math.floor(m / 60);
  return `${h2}h ${m - h2 * 60}m`;
}
function trim(x) {
  return x.includes(".") ? x.replace(/\.?0+$/, "") : x;
}
function displayLabel(s) {
  const prefix = `${s.kind}:`;
  return s.label.startsWith(prefix) ? s.label.slice(prefix.length) : s.label;
}
function titleLine(s) {
  const label = displayLabel(s);
  const named = (kind) => label && label !== kind ? `${kind}: ${label}` : kind;
  switch (s.kind) {
    case "agent":
      return label || "agent";
    case "parallel":
    case "pipeline":
      return `${named(s.kind)} \xD7${formatCount(s.width ?? 1)}`;
    case "loop":
      return `${named("loop")} \u2264${formatCount(s.iterations ?? 1)} iterations`;
    case "retry":
      return `${named("retry")} \u2264${s.attempts ?? 1} attempts`;
    case "gate":
      return s.width !== void 0 ? `${named("gate")} \xD7${formatCount(s.width)}` : named("gate");
    case "branch":
      return `${named("branch")} (worst arm)`;
    case "workflow":
      return `workflow: ${s.workflow ?? label}`;
    case "serial":
      return label || "serial";
  }
}
function detailLines(s) {
  const lines = [];
  if (s.kind === "agent") {
    const parts = [s.model ?? "session model"];
    if (s.effort) parts.push(`effort ${s.effort}`);
    if ((s.attempts ?? 1) > 1) parts.push(`\u2264${s.attempts} attempts`);
    lines.push(parts.join(" \xB7 "));
  }
  if (s.kind === "gate" && s.gate) {
    const retry = s.gate.onFail === "retry" ? ` \u2264${s.gate.attempts}` : "";
    lines.push(`${s.gate.check} check \xB7 on fail ${s.gate.onFail}${retry}`);
  }
  lines.push(costLine(s));
  return lines;
}
function costLine(s) {
  const mult = s.multiplicity > 1 ? `${formatCount(s.multiplicity)} runs \xB7 ` : "";
  if (s.total.agents === 0 && s.total.usd === 0) return `${mult}no agents`;
  const agents = `\u2264${formatCount(s.total.agents)} ${s.total.agents === 1 ? "agent" : "agents"}`;
  return `${mult}${agents} \xB7 \u2264${formatUsd(s.total.usd)}`;
}
function actualLines(s, o) {
  if (!o) return [];
  const a = o.actual;
  const lines = o.exceeded.length ? [`OVER BOUND: ${o.exceeded.join(", ")}`] : [];
  lines.push(`ran ${formatCount(a.agents)}/${formatCount(s.total.agents)} \xB7 ${formatUsd(a.usd)}/${formatUsd(s.total.usd)} \xB7 ${formatMs(a.ms)}`);
  const bad = [];
  if (a.failed) bad.push(`${formatCount(a.failed)} failed`);
  if (a.quarantined) bad.push(`${formatCount(a.quarantined)} quarantined`);
  if (a.replayed) bad.push(`${formatCount(a.replayed)} replayed`);
  if (bad.length) lines.push(bad.join(" \xB7 "));
  return lines;
}
function noteLines(notes) {
  return notes?.length ? [notes.join(" \xB7 ")] : [];
}
function stageLines(s, o, notes) {
  return [titleLine(s), ...noteLines(notes), ...detailLines(s), ...actualLines(s, o)];
}
function groupLines(s, o, notes) {
  return [titleLine(s), ...noteLines(notes), ...detailLines(s).slice(-1), ...actualLines(s, o)];
}
function unmatchedLine(ids) {
  if (!ids.length) return "";
  const shown = ids.slice(0, 3).join(", ");
  return `report has actuals for ${ids.length} stage${ids.length === 1 ? "" : "s"} not in this graph: ${shown}${ids.length > 3 ? ", \u2026" : ""}`;
}
function planSummary(b) {
  return `worst case \u2264${formatCount(b.agents)} agents \xB7 \u2264${formatUsd(b.usd)} \xB7 \u2264${formatMs(b.latencyMs)} \xB7 \u2264${b.peakConcurrency} at once`;
}

// compiler/render/elk-layout.ts
var CHAR_W = 6.8;
var LINE_H = 16;
var MAX_CHARS = 46;
var PAD_X = 10;
var PAD_Y = 8;
var phaseElkId = (key) => `phase:${key}`;
var verdictElkId = (gateId) => `${gateId}::verdict`;
var elk;
function loadElk() {
  elk ??= import("elkjs/lib/elk.bundled.js").then((m) => {
    const Ctor = m.default;
    return new Ctor();
  });
  return elk;
}
function phaseLines(title, detail) {
  const max2 = 2 * MAX_CHARS;
  return [`phase: ${title}`, ...detail ? [detail] : []].map((l) => l.length > max2 ? `${l.slice(0, max2 - 1)}\u2026` : l);
}
function clip(line) {
  return line.length > MAX_CHARS ? `${line.slice(0, MAX_CHARS - 1)}\u2026` : line;
}
function leafLines(view, d) {
  return stageLines(d.stage, view.overlay.get(d.stage.id), d.notes).map(clip);
}
function groupLines2(view, d) {
  return groupLines(d.stage, view.overlay.get(d.stage.id), d.notes).map(clip);
}
function verdictLines(d) {
  return [`verdict: ${displayLabel(d.stage)}`, ...detailLines(d.stage).slice(0, 1)].map(clip);
}
var textWidth = (lines) => Math.max(...lines.map((l) => l.length)) * CHAR_W + 2 * PAD_X;
var textHeight = (lines) => lines.length * LINE_H + 2 * PAD_Y;
function groupOptions(lines) {
  return { "elk.padding": `[top=${textHeight(lines) + 4},left=12,bottom=12,right=12]` };
}
function fitLines(lines, width) {
  const max2 = Math.max(4, Math.floor((width - 2 * PAD_X) / CHAR_W));
  return lines.map((l) => l.length > max2 ? `${l.slice(0, max2 - 1)}\u2026` : l);
}
async function layoutView(view) {
  const edges = [];
  const meta = [];
  const node = (d) => {
    if (!isGroup(d)) {
      const lines = leafLines(view, d);
      const gate = d.stage.kind === "gate";
      return { id: d.stage.id, width: Math.ceil(textWidth(lines) + (gate ? 28 : 0)), height: Math.ceil(textHeight(lines)) };
    }
    const children3 = d.children.map(node);
    if (d.stage.kind === "gate") {
      const lines = verdictLines(d);
      const vid = verdictElkId(d.stage.id);
      children3.unshift({ id: vid, width: Math.ceil(textWidth(lines) + 28), height: Math.ceil(textHeight(lines)) });
      for (const leaf of leaves(d)) {
        edges.push({ id: `v${edges.length}`, sources: [leaf.stage.id], targets: [vid] });
        meta.push({ from: leaf.stage.id, to: d.stage.id, kind: "verdict", critical: false });
      }
    }
    return { id: d.stage.id, layoutOptions: groupOptions(groupLines2(view, d)), children: children3 };
  };
  const children2 = view.top.map((item) => {
    if ("stage" in item) return node(item.stage);
    const p = item.phase;
    const lines = phaseLines(p.title, p.detail);
    return { id: phaseElkId(p.key), layoutOptions: groupOptions(lines), children: p.members.map(node) };
  });
  for (const e of view.edges) {
    const from = view.byId.get(e.from);
    const source = from.stage.kind === "gate" && isGroup(from) ? verdictElkId(e.from) : e.from;
    edges.push({ id: `e${edges.length}`, sources: [source], targets: [e.to] });
    meta.push({ from: e.from, to: e.to, kind: e.kind, critical: e.critical });
  }
  const graph = {
    id: "wfc:root",
    layoutOptions: {
      "elk.algorithm": "layered",
      "elk.direction": "DOWN",
      "elk.hierarchyHandling": "INCLUDE_CHILDREN",
      "elk.edgeRouting": "ORTHOGONAL",
      "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
      "elk.spacing.nodeNode": "24",
      "elk.layered.spacing.nodeNodeBetweenLayers": "36",
      "elk.spacing.edgeNode": "14",
      "elk.padding": "[top=16,left=16,bottom=16,right=16]",
      "elk.json.edgeCoords": "ROOT",
      "elk.json.shapeCoords": "ROOT"
    },
    children: children2,
    edges
  };
  const laid = await (await loadElk()).layout(graph);
  const boxes = /* @__PURE__ */ new Map();
  const walk3 = (n2) => {
    for (const c2 of n2.children ?? []) {
      boxes.set(c2.id, { id: c2.id, x: c2.x ?? 0, y: c2.y ?? 0, width: c2.width ?? 0, height: c2.height ?? 0 });
      walk3(c2);
    }
  };
  walk3(laid);
  const placed = [];
  const byId = new Map((laid.edges ?? []).map((e) => [e.id, e]));
  edges.forEach((e, i) => {
    const out = byId.get(e.id);
    const points = (out?.sections ?? []).flatMap((sec) => [sec.startPoint, ...sec.bendPoints ?? [], sec.endPoint]);
    placed.push({ ...meta[i], points });
  });
  const width = widenPhases(view, boxes, laid.width ?? 0);
  return { width, height: laid.height ?? 0, boxes, edges: placed };
}
function widenPhases(view, boxes, width) {
  const top = view.top.map((item) => boxes.get("phase" in item ? phaseElkId(item.phase.key) : item.stage.stage.id)).filter((b) => !!b);
  let out = width;
  for (const item of view.top) {
    if (!("phase" in item)) continue;
    const p = item.phase;
    const b = boxes.get(phaseElkId(p.key));
    if (!b) continue;
    const lines = phaseLines(p.title, p.detail);
    const want = Math.ceil(textWidth(lines) + 4);
    if (want <= b.width) continue;
    const grown = { ...b, width: want };
    const hits = top.some((o) => o !== b && o.x < grown.x + grown.width && grown.x < o.x + o.width && o.y < grown.y + grown.height && grown.y < o.y + o.height);
    if (hits) continue;
    boxes.set(b.id, grown);
    top[top.indexOf(b)] = grown;
    out = Math.max(out, grown.x + grown.width + 16);
  }
  return out;
}

// compiler/render/html-client.ts
var CLIENT_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:13px/1.4 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",sans-serif;color:#1b1b1b;background:#fff}
body{display:flex;flex-direction:column}
header{padding:10px 16px;border-bottom:1px solid #dee2e6;background:#f8f9fa}
h1{font-size:18px;margin:0 0 2px}
header p{margin:2px 0}
.desc .path{color:#868e96;font-family:"DejaVu Sans Mono",monospace;font-size:12px;margin-left:6px}
.sum{font-weight:600}
.ran{color:#1864ab}
.over-text{color:#c92a2a}
.tools{margin-top:6px;display:flex;gap:6px;align-items:center}
.tools button{font:inherit;min-width:32px;padding:2px 8px;border:1px solid #adb5bd;border-radius:4px;background:#fff;cursor:pointer}
.legend{margin-left:12px;display:flex;gap:8px;color:#495057;font-size:12px}
.lg{padding:1px 6px;border:1.5px solid;border-radius:4px}
.lg-agent{border-color:#4263eb;background:#eef3ff}.lg-gate{border-color:#e8590c;background:#fff4e6}
.lg-group{border-color:#868e96;background:#f1f3f5}.lg-crit{border-color:#d00000;border-width:2.5px}
.lg-over{border-color:#c92a2a;background:#ffe3e3}
main{flex:1;display:flex;min-height:0}
#canvas{flex:1;min-width:0;height:100%;cursor:grab;background:#fff;touch-action:none;user-select:none}
#canvas.dragging{cursor:grabbing}
#details{width:380px;overflow:auto;border-left:1px solid #dee2e6;padding:12px 14px;background:#fcfcfd}
#details h2{font-size:16px;margin:0 0 4px;word-break:break-word}
#details h3{font-size:13px;margin:14px 0 4px;color:#495057;text-transform:uppercase;letter-spacing:.04em}
#details pre{white-space:pre-wrap;word-break:break-word;background:#f1f3f5;padding:8px;border-radius:4px;margin:0;font:12px/1.4 "DejaVu Sans Mono",monospace}
#details table{border-collapse:collapse;width:100%;font-size:12px}
#details td,#details th{border-bottom:1px solid #e9ecef;padding:3px 4px;text-align:right}
#details td:first-child,#details th:first-child{text-align:left}
#details td.over{color:#c92a2a;font-weight:700}
#details ul{margin:0;padding-left:18px}
.badge{display:inline-block;padding:0 6px;border-radius:8px;background:#e7f5ff;color:#1864ab;font-size:11px;margin-right:4px}
.badge.crit{background:#ffe3e3;color:#d00000}
.muted{color:#868e96}
.hint{color:#868e96}
svg text{font:12px "DejaVu Sans",system-ui,sans-serif;fill:#1b1b1b;pointer-events:none}
svg text .t1{font-weight:700}
.phase rect{fill:#fff;stroke:#adb5bd;stroke-dasharray:6 4}
.phase text{fill:#495057}
.group rect{fill:#f8f9fa;stroke:#868e96;stroke-width:1.2}
.group.k-parallel rect,.group.k-pipeline rect{fill:#f1f3f5}
.group.k-gate rect{fill:#fff9f0;stroke:#e8590c;stroke-dasharray:5 3}
.node rect,.node polygon{fill:#eef3ff;stroke:#4263eb;stroke-width:1.2}
.node.k-gate polygon,.verdict polygon{fill:#fff4e6;stroke:#e8590c;stroke-width:1.2}
.node.k-workflow rect{fill:#f3f0ff;stroke:#7048e8;stroke-width:3;stroke-dasharray:1 0}
.critical>rect,.critical>polygon{stroke:#d00000;stroke-width:3}
.over>rect,.over>polygon{fill:#ffe3e3;stroke:#c92a2a;stroke-width:3}
.over text{fill:#c92a2a}
.title text{paint-order:stroke;stroke:#f8f9fa;stroke-width:5px;stroke-linejoin:round}
.title.k-phase text{stroke:#fff;fill:#495057}
.title.k-parallel text,.title.k-pipeline text{stroke:#f1f3f5}
.title.k-gate text{stroke:#fff9f0}
.title.over text{stroke:#ffe3e3}
[data-stage-id]{cursor:pointer}
[data-stage-id]:focus{outline:none}
.selected>rect,.selected>polygon{stroke:#f59f00 !important;stroke-width:4 !important}
.edge{fill:none;stroke:#495057;stroke-width:1.4}
.edge.e-order{stroke-dasharray:5 4}
.edge.e-verdict{stroke:#e8590c;stroke-dasharray:2 3}
.edge.critical{stroke:#d00000;stroke-width:3}
`;
var CLIENT_JS = `
(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("wfc-data").textContent);
  const svg = document.getElementById("canvas");
  const vp = document.getElementById("viewport");
  const panel = document.getElementById("details");
  let s = 1, tx = 0, ty = 0;
  const apply = () => vp.setAttribute("transform", "translate(" + tx + "," + ty + ") scale(" + s + ")");
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  function fit() {
    const r = svg.getBoundingClientRect();
    s = clamp(Math.min(r.width / (data.width + 32), r.height / (data.height + 32)), 0.05, 1);
    tx = Math.max(16, (r.width - data.width * s) / 2);
    ty = 16;
    apply();
  }
  function zoom(f, cx, cy) {
    const ns = clamp(s * f, 0.05, 4);
    tx = cx - (cx - tx) * (ns / s);
    ty = cy - (cy - ty) * (ns / s);
    s = ns;
    apply();
  }
  const center = () => { const r = svg.getBoundingClientRect(); return [r.width / 2, r.height / 2]; };
  svg.addEventListener("wheel", (e) => {
    e.preventDefault();
    const r = svg.getBoundingClientRect();
    zoom(Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top);
  }, { passive: false });
  document.getElementById("zoom-in").addEventListener("click", () => zoom(1.25, ...center()));
  document.getElementById("zoom-out").addEventListener("click", () => zoom(0.8, ...center()));
  document.getElementById("zoom-fit").addEventListener("click", fit);

  let drag = null;
  svg.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, tx, ty, moved: false, target: e.target, id: e.pointerId };
  });
  svg.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) { drag.moved = true; svg.classList.add("dragging"); svg.setPointerCapture(drag.id); }
    tx = drag.tx + dx; ty = drag.ty + dy; apply();
  });
  const end = () => {
    if (!drag) return;
    const d = drag; drag = null;
    svg.classList.remove("dragging");
    if (d.moved) { try { svg.releasePointerCapture(d.id); } catch (_) {} return; }
    const hit = d.target.closest && d.target.closest("[data-stage-id],[data-gate-of]");
    if (hit) select(hit.getAttribute("data-stage-id") || hit.getAttribute("data-gate-of"));
  };
  svg.addEventListener("pointerup", end);
  svg.addEventListener("pointercancel", () => { drag = null; svg.classList.remove("dragging"); });
  svg.addEventListener("keydown", (e) => {
    const el = e.target.closest && e.target.closest("[data-stage-id]");
    if (el && (e.key === "Enter" || e.key === " ")) { e.preventDefault(); select(el.getAttribute("data-stage-id")); }
  });

  const el = (tag, text, cls) => { const x = document.createElement(tag); if (text != null) x.textContent = text; if (cls) x.className = cls; return x; };
  const fmt = (k, v) => k === "usd" ? "$" + (v < 1 ? v.toPrecision(3) : v.toFixed(2)) : k.endsWith("Ms") || k === "ms" ? (v / 1000).toFixed(1) + "s" : Math.round(v).toLocaleString("en-US");
  function section(title, node) { panel.append(el("h3", title), node); }
  function pre(v) { return el("pre", typeof v === "string" ? v : JSON.stringify(v, null, 2)); }

  // Selecting from the keyboard can pick a stage that is off screen: pan it to the middle.
  function reveal(x) {
    const r = svg.getBoundingClientRect(), b = x.getBoundingClientRect();
    if (b.left >= r.left && b.right <= r.right && b.top >= r.top && b.bottom <= r.bottom) return;
    tx += r.left + r.width / 2 - (b.left + b.width / 2);
    ty += r.top + r.height / 2 - (b.top + Math.min(b.height, r.height) / 2);
    apply();
  }

  function select(id) {
    const st = data.stages[id];
    if (!st) return;
    for (const x of vp.querySelectorAll(".selected")) x.classList.remove("selected");
    for (const x of vp.querySelectorAll("[data-stage-id]")) if (x.getAttribute("data-stage-id") === id) { x.classList.add("selected"); reveal(x); }
    panel.replaceChildren();
    const name = st.label && st.label.startsWith(st.kind + ":") ? st.label.slice(st.kind.length + 1) : st.label;
    panel.append(el("h2", name || st.kind));
    const tags = el("p");
    tags.append(el("span", st.kind, "badge"));
    if (st.critical) tags.append(el("span", "critical path", "badge crit"));
    if (st.exceeded && st.exceeded.length) tags.append(el("span", "over bound: " + st.exceeded.join(", "), "badge crit"));
    panel.append(tags);
    const facts = [["id", st.id], ["at", "line " + st.loc.line + ", column " + st.loc.column], ["phase", st.phase || "\u2014"], ["runs", "\xD7" + st.multiplicity]];
    if (st.width != null) facts.push(["width", "\u2264" + st.width + " items"]);
    if (st.iterations != null) facts.push(["iterations", "\u2264" + st.iterations]);
    if (st.attempts != null) facts.push(["attempts", "\u2264" + st.attempts]);
    if (st.gate) facts.push(["gate", st.gate.check + " check, on fail " + st.gate.onFail + (st.gate.onFail === "retry" ? " (\u2264" + st.gate.attempts + " attempts)" : "")]);
    if (st.workflow) facts.push(["workflow", st.workflow]);
    if (st.kind === "agent") facts.push(["model", (st.model || "session model") + (st.pricedModel ? " (priced as " + st.pricedModel + ")" : "")], ["effort", st.effort || "\u2014"]);
    const ft = el("table");
    for (const [k, v] of facts) { const tr = el("tr"); tr.append(el("td", k, "muted"), el("td", String(v))); ft.append(tr); }
    panel.append(ft);
    if (st.prompt) {
      section("Prompt template", pre(st.prompt.template));
      if (st.prompt.holes.length) {
        const ul = el("ul");
        for (const h of st.prompt.holes) ul.append(el("li", "\${" + h.expression + "} \u2264 " + h.maxChars + " chars: " + h.because));
        panel.append(el("p", st.prompt.staticChars + " static characters; holes:", "muted"), ul);
      }
    }
    if (st.kind === "agent") section("Output schema", pre(st.schema == null ? "free text" : st.schema));
    if (st.options && Object.keys(st.options).length) section("Options", pre(st.options));
    const keys = ["agents", "inputTokens", "outputTokens", "usd", "latencyMs", "peakConcurrency"];
    const bt = el("table");
    const head = el("tr");
    head.append(el("th", ""), el("th", "one run"), el("th", "all \xD7" + st.multiplicity));
    if (st.actual) head.append(el("th", st.aggregated ? "actual (sum)" : "actual"));
    bt.append(head);
    const actualKey = { agents: "agents", inputTokens: "inputTokens", outputTokens: "outputTokens", usd: "usd", latencyMs: "ms" };
    for (const k of keys) {
      const tr = el("tr");
      tr.append(el("td", k), el("td", fmt(k, st.bounds[k])), el("td", fmt(k, st.total[k])));
      if (st.actual) {
        const ak = actualKey[k];
        const td = el("td", ak ? fmt(ak, st.actual[ak]) + (k === "latencyMs" ? " (agent time)" : "") : "\u2014");
        if (st.exceeded && st.exceeded.includes(k)) td.className = "over";
        tr.append(td);
      }
      bt.append(tr);
    }
    section("Worst case" + (st.actual ? " vs actual" : ""), bt);
    if (st.actual) {
      const a = st.actual;
      panel.append(el("p", a.succeeded + " succeeded \xB7 " + a.failed + " failed \xB7 " + a.quarantined + " quarantined \xB7 " + a.replayed + " replayed", "muted"));
    }
    if (st.derivations.length) {
      const ul = el("ul");
      for (const d of st.derivations) ul.append(el("li", d.quantity + " = " + d.value.toLocaleString("en-US") + ": " + d.because));
      section("Derivations", ul);
    }
  }

  // A long plan fitted whole is a thin unreadable strip: start at the top at a readable scale instead.
  function home() {
    fit();
    if (s >= 0.5) return;
    const r = svg.getBoundingClientRect();
    s = clamp(r.width / (data.width + 32), 0.5, 0.9);
    tx = Math.max(16, (r.width - data.width * s) / 2);
    ty = 16;
    apply();
  }
  window.addEventListener("resize", home);
  home();
})();
`;

// compiler/render/html.ts
async function renderHtml(graph, options = {}) {
  const view = buildView(graph, options);
  const layout = await layoutView(view);
  return page(view, layout, options);
}
function escapeHtml(s) {
  return s.replace(/[&<>"']/g, (c2) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c2]);
}
var esc = escapeHtml;
var n = (x) => String(Math.round(x * 10) / 10);
function scriptJson(v3) {
  return JSON.stringify(v3).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function textBlock(lines, x, y, cls, anchor) {
  const spans = lines.map((l, i) => `<tspan x="${n(x)}" dy="${i === 0 ? 0 : LINE_H}"${i === 0 ? ' class="t1"' : ""}>${esc(l)}</tspan>`).join("");
  return `<text class="${cls}" x="${n(x)}" y="${n(y)}" text-anchor="${anchor}">${spans}</text>`;
}
function hexagon(b) {
  const k2 = Math.min(14, b.width / 4);
  const { x, y, width: w2, height: h2 } = b;
  return `<polygon points="${[[x + k2, y], [x + w2 - k2, y], [x + w2, y + h2 / 2], [x + w2 - k2, y + h2], [x + k2, y + h2], [x, y + h2 / 2]].map(([a, c2]) => `${n(a)},${n(c2)}`).join(" ")}"/>`;
}
function svg(view, layout) {
  const parts = [];
  const titles = [];
  const box = (id2) => layout.boxes.get(id2) ?? { id: id2, x: 0, y: 0, width: 0, height: 0 };
  for (const item of view.top) {
    if (!("phase" in item)) continue;
    const p = item.phase;
    const b = box(phaseElkId(p.key));
    const lines = phaseLines(p.title, p.detail);
    parts.push(`<g class="phase" data-phase="${esc(p.title)}"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="10"/></g>`);
    titles.push(`<g class="title k-phase">${textBlock(fitLines(lines, b.width), b.x + 12, b.y + 20, "label", "start")}</g>`);
  }
  const stageClass = (id2, kind, group) => {
    const o = view.overlay.get(id2);
    return [group ? "group" : "node", `k-${kind}`, view.critical.has(id2) ? "critical" : "", o ? "ran" : "", o?.exceeded.length ? "over" : ""].filter(Boolean).join(" ");
  };
  for (const d of view.drawn) {
    if (!isGroup(d)) continue;
    const s = d.stage;
    const b = box(s.id);
    parts.push(`<g class="${stageClass(s.id, s.kind, true)}" data-stage-id="${esc(s.id)}" tabindex="0"><rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="8"/></g>`);
    const o = view.overlay.get(s.id);
    titles.push(`<g class="title k-${s.kind}${o?.exceeded.length ? " over" : ""}">${textBlock(fitLines(groupLines2(view, d), b.width), b.x + 10, b.y + 20, "label", "start")}</g>`);
  }
  for (const e of layout.edges) {
    if (e.points.length < 2) continue;
    const dpath = e.points.map((p, i) => `${i === 0 ? "M" : "L"}${n(p.x)} ${n(p.y)}`).join("");
    const cls = ["edge", `e-${e.kind}`, e.critical ? "critical" : ""].filter(Boolean).join(" ");
    parts.push(`<path class="${cls}" d="${dpath}" marker-end="url(#${e.critical ? "arrow-crit" : "arrow"})" data-from="${esc(e.from)}" data-to="${esc(e.to)}"/>`);
  }
  parts.push(...titles);
  for (const d of view.drawn) {
    const s = d.stage;
    if (isGroup(d)) {
      if (s.kind !== "gate") continue;
      const b2 = box(verdictElkId(s.id));
      parts.push(`<g class="verdict" data-gate-of="${esc(s.id)}">${hexagon(b2)}${textBlock(verdictLines(d), b2.x + b2.width / 2, b2.y + 20, "label", "middle")}</g>`);
      continue;
    }
    const b = box(s.id);
    const shape = s.kind === "gate" ? hexagon(b) : `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="${s.kind === "workflow" ? 2 : 6}"/>`;
    parts.push(`<g class="${stageClass(s.id, s.kind, false)}" data-stage-id="${esc(s.id)}" tabindex="0">${shape}${textBlock(leafLines(view, d), b.x + b.width / 2, b.y + 20, "label", "middle")}</g>`);
  }
  return parts.join("\n");
}
function header(view, options) {
  const g3 = view.graph;
  const b = g3.bounds;
  const budget = g3.plan.budget;
  const budgetText = budget ? [budget.agents !== void 0 ? `${formatCount(budget.agents)} agents` : "", budget.usd !== void 0 ? formatUsd(budget.usd) : "", budget.tokens !== void 0 ? `${formatCount(budget.tokens)} tokens` : "", budget.concurrency !== void 0 ? `${budget.concurrency} at once` : ""].filter(Boolean).join(" \xB7 ") : "";
  let ran = "";
  if (options.actuals) {
    const all = Object.values(options.actuals);
    const sum = (k2) => all.reduce((t3, a) => t3 + a[k2], 0);
    const over = [...view.overlay.values()].filter((o) => o.exceeded.length && !o.aggregated).length;
    const unmatched = view.unmatched.length ? `<p class="unmatched over-text" title="${esc(view.unmatched.join("\n"))}">${esc(unmatchedLine(view.unmatched))}</p>` : "";
    ran = `${unmatched}<p class="ran">actual: ${formatCount(sum("agents"))} agents (${formatCount(sum("failed"))} failed, ${formatCount(sum("quarantined"))} quarantined) \xB7 ${formatCount(sum("inputTokens") + sum("outputTokens"))} tokens \xB7 ${formatUsd(sum("usd"))} \xB7 ${formatMs(sum("ms"))} agent time${over ? ` \xB7 <strong class="over-text">${over} stage${over === 1 ? "" : "s"} over bound</strong>` : ""}</p>`;
  }
  return `<header>
<h1>${esc(g3.plan.name)}</h1>
<p class="desc">${esc(g3.plan.description)} <span class="path">${esc(g3.plan.path)}</span></p>
<p class="sum">${esc(planSummary(b))} \xB7 ${formatCount(b.inputTokens + b.outputTokens)} tokens${budgetText ? ` \xB7 budget ${esc(budgetText)}` : ""}</p>
${ran}
<div class="tools"><button type="button" id="zoom-in" title="Zoom in" aria-label="Zoom in">+</button><button type="button" id="zoom-out" title="Zoom out" aria-label="Zoom out">\u2212</button><button type="button" id="zoom-fit" title="Fit to window" aria-label="Fit to window">fit</button>
<span class="legend"><span class="lg lg-agent">agent</span><span class="lg lg-gate">gate</span><span class="lg lg-group">group</span><span class="lg lg-crit">critical path</span>${options.actuals ? '<span class="lg lg-over">over bound</span>' : ""}</span></div>
</header>`;
}
function page(view, layout, options) {
  const g3 = view.graph;
  const stages = Object.fromEntries(
    g3.stages.map((s) => {
      const o = view.overlay.get(s.id);
      return [s.id, o ? { ...s, actual: o.actual, aggregated: o.aggregated, exceeded: o.exceeded } : s];
    })
  );
  const data = { width: layout.width, height: layout.height, stages };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(g3.plan.name)} \xB7 wfc graph</title>
<style>${CLIENT_CSS}</style>
</head>
<body>
${header(view, options)}
<main>
<svg id="canvas" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${esc(`stage graph of ${g3.plan.name}`)}">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#495057"/></marker><marker id="arrow-crit" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="10" markerHeight="10" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#d00000"/></marker></defs>
<g id="viewport">
${svg(view, layout)}
</g>
</svg>
<aside id="details" aria-live="polite"><p class="hint">Click a stage to see its prompt, schema, options, bounds and how they were derived. Drag to pan; wheel or +/\u2212 to zoom.</p></aside>
</main>
<script type="application/json" id="wfc-data">${scriptJson(data)}</script>
<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

// bench/gen-plan.mjs
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t3 = a;
    t3 = Math.imul(t3 ^ t3 >>> 15, t3 | 1);
    t3 ^= t3 + Math.imul(t3 ^ t3 >>> 7, t3 | 61);
    return ((t3 ^ t3 >>> 14) >>> 0) / 4294967296;
  };
}
var topics = ["the parser", "the scheduler", "error handling", "the CLI", "the cache layer", "auth flows", "the billing code", "docs"];
var models = ["sonnet", "haiku", "opus"];
function genPlan(n2, { seed = 1 } = {}) {
  const rand = prng(seed);
  const pick = (xs2) => xs2[Math.floor(rand() * xs2.length)];
  const phases = Math.max(1, Math.ceil(n2 / 10));
  const out = [];
  out.push(`// A generated plan with ${n2} stages (seed ${seed}); see bench/gen-plan.mjs.`);
  out.push(`export const meta = {`);
  out.push(`  name: 'generated-${n2}',`);
  out.push(`  description: 'A generated plan with ${n2} stages for benchmarks',`);
  out.push(`  whenToUse: 'Benchmarks only. args: { area: string, files: string[] }',`);
  out.push(`  phases: [`);
  for (let p = 0; p < phases; p++) out.push(`    { title: 'Phase ${p + 1}', detail: 'stages ${p * 10 + 1} to ${Math.min(n2, p * 10 + 10)}' },`);
  out.push(`  ],`);
  out.push(`  args: {`);
  out.push(`    type: 'object',`);
  out.push(`    required: ['area', 'files'],`);
  out.push(`    properties: {`);
  out.push(`      area: { type: 'string', maxLength: 200 },`);
  out.push(`      files: { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 300 } },`);
  out.push(`    },`);
  out.push(`  },`);
  out.push(`  budget: { agents: 1000, tokens: 4000000, usd: 80, concurrency: 8 },`);
  out.push(`  effort: 'high',`);
  out.push(`  defaults: { model: 'sonnet', maxTokens: 2048, attempts: 2 },`);
  out.push(`}`);
  out.push(``);
  out.push(`const FINDINGS = {`);
  out.push(`  type: 'object',`);
  out.push(`  required: ['items', 'done'],`);
  out.push(`  properties: {`);
  out.push(`    items: { type: 'array', maxItems: 12, items: { type: 'string', maxLength: 400 } },`);
  out.push(`    done: { type: 'boolean' },`);
  out.push(`  },`);
  out.push(`}`);
  out.push(`const VERDICT = { type: 'object', required: ['pass'], properties: { pass: { type: 'boolean' }, why: { type: 'string', maxLength: 300 } } }`);
  out.push(`const files = args.files.slice(0, 20)`);
  out.push(``);
  const withItems = [];
  const all = [];
  const src = () => withItems.length ? pick(withItems.slice(-8)) : null;
  for (let i = 1; i <= n2; i++) {
    if (i % 10 === 1) out.push(`phase('Phase ${Math.ceil(i / 10)}')`);
    const name = `s${i}`;
    const topic = pick(topics);
    const model = pick(models);
    const from = src();
    const items = from ? `(${from}?.items ?? [])` : `files`;
    switch (i % 10) {
      case 1:
        out.push(`// Stage ${i}: survey ${topic}.`);
        out.push(`const ${name} = await agent(\`Survey ${topic} in \${args.area}. List at most 12 findings.\`, {`);
        out.push(`  label: '${name}',`);
        out.push(`  phase: 'Phase ${Math.ceil(i / 10)}',`);
        out.push(`  schema: FINDINGS,`);
        out.push(`  model: '${model}',`);
        out.push(`})`);
        withItems.push(name);
        break;
      case 2:
        out.push(`const ${name} = await parallel(${items}.slice(0, 8).map((f, k) => () =>`);
        out.push(`  agent(\`Review \${f} for ${topic} (lens \${k + 1}).\`, { label: \`${name}-\${k}\`, schema: FINDINGS, maxTokens: 1024 })))`);
        out.push(`const ${name}flat = ${name}.filter(Boolean).flatMap((r) => r.items)`);
        all.push(`${name}flat`);
        break;
      case 3:
        out.push(`const ${name} = await pipeline(`);
        out.push(`  ${items}.slice(0, 6),`);
        out.push(`  (f) => agent(\`Draft a fix for: \${f}\`, { label: '${name}-draft' }),`);
        out.push(`  (draft, f) => agent(\`Critique this fix for \${f}:\\n\${draft}\`, { label: '${name}-critique', model: 'haiku' }),`);
        out.push(`)`);
        all.push(`${name}.filter((x) => x !== null)`);
        break;
      case 4:
        out.push(`const ${name} = await gate(${items}.slice(0, 10), async (claim) => {`);
        out.push(`  const v = await agent(\`Is this claim about ${topic} true? \${claim}\`, { label: '${name}-check', schema: VERDICT })`);
        out.push(`  return v?.pass === true`);
        out.push(`}, { each: true, onFail: 'drop', label: '${name}' })`);
        all.push(name);
        break;
      case 5:
        out.push(`const ${name} = await retry(() => agent(\`Summarise progress on ${topic} so far: \${JSON.stringify(${all.length ? all[all.length - 1] : "files"}).slice(0, 2000)}\`, { label: '${name}' }), { attempts: 3, backoffMs: 500 })`);
        out.push(`log(\`${name}: \${${name} === null ? 'no summary' : ${name}.length + ' chars'}\`)`);
        break;
      case 6:
        out.push(`const ${name} = []`);
        out.push(`for (const f of ${items}.slice(0, 4)) {`);
        out.push(`  if (typeof f !== 'string' || f.trim() === '') continue`);
        out.push(`  const r = await agent(\`Explain \${f} in one paragraph.\`, { label: '${name}-explain', effort: 'low' })`);
        out.push(`  ${name}.push({ f, r, ok: r !== null && r.length > 0 })`);
        out.push(`}`);
        all.push(name);
        break;
      case 7:
        out.push(`let ${name}dry = 0`);
        out.push(`for (let round = 0; round < 3; round++) {`);
        out.push(`  const found = await agent(\`Round \${round + 1}: any NEW issue in ${topic}? Known: \${${name}dry}\`, { label: '${name}-round', schema: FINDINGS })`);
        out.push(`  if (!found || found.items.length === 0) {`);
        out.push(`    ${name}dry++`);
        out.push(`    if (${name}dry >= 2) break`);
        out.push(`  } else ${name}dry = 0`);
        out.push(`}`);
        break;
      case 8:
        out.push(`async function ${name}ask(question, opts = {}) {`);
        out.push(`  const { model = '${model}', ...rest } = opts`);
        out.push(`  const answer = await agent(\`\${question}\\nAnswer briefly.\`, { label: '${name}-ask', model, ...rest })`);
        out.push(`  return answer ?? ''`);
        out.push(`}`);
        out.push(`const ${name} = await ${name}ask('What is the riskiest part of ${topic}?', { maxTokens: 512 })`);
        break;
      case 9:
        out.push(`let ${name}`);
        out.push(`try {`);
        out.push(`  ${name} = JSON.parse(await agent('Return a JSON object {"score": number} rating ${topic}.', { label: '${name}' }) ?? '{}')`);
        out.push(`} catch (err) {`);
        out.push(`  log(\`${name} was not JSON: \${err?.message ?? err}\`)`);
        out.push(`  ${name} = { score: 0 }`);
        out.push(`}`);
        out.push(`const ${name}grade = ${name}.score >= 8 ? 'good' : ${name}.score >= 4 ? 'fair' : 'poor'`);
        break;
      case 0: {
        out.push(`let ${name}i = 0`);
        out.push(`const ${name} = []`);
        out.push(`while (${name}i < 3 && ${name}.length < 2) {`);
        out.push(`  ${name}i++`);
        out.push(`  const t = await agent(\`Propose test #\${${name}i} for ${topic}.\`, { label: '${name}-test', model: '${model}' })`);
        out.push(`  if (t) ${name}.push(t)`);
        out.push(`}`);
        all.push(name);
        break;
      }
    }
  }
  out.push(``);
  out.push(`const report = {`);
  out.push(`  area: args.area,`);
  out.push(`  stages: ${n2},`);
  out.push(`  results: [${all.slice(-20).map((x) => `...(${x} ?? [])`).join(", ")}].slice(0, 50),`);
  out.push(`}`);
  out.push(`log(\`done: \${report.results.length} results\`)`);
  out.push(`return report`);
  return out.join("\n") + "\n";
}

// ../../tmp/prof/p.ts
var c = compileSource("x.wf.js", genPlan(1e3));
var g2 = c.graph;
var t2 = performance.now();
var v2 = buildView(g2);
console.log("view", performance.now() - t2, v2.drawn.length, v2.edges.length);
t2 = performance.now();
await layoutView(v2);
console.log("layout1", performance.now() - t2);
t2 = performance.now();
await layoutView(v2);
console.log("layout2", performance.now() - t2);
t2 = performance.now();
await renderHtml(g2);
console.log("html", performance.now() - t2);
/*! Bundled license information:

chevrotain/lib/chevrotain.min.mjs:
  (*! Bundled license information:
  
  lodash-es/lodash.js:
    (**
     * @license
     * Lodash (Custom Build) <https://lodash.com/>
     * Build: `lodash modularize exports="es" -o ./`
     * Copyright OpenJS Foundation and other contributors <https://openjsf.org/>
     * Released under MIT license <https://lodash.com/license>
     * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
     * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
     *)
  *)
*/
