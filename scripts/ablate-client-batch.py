#!/usr/bin/env python3
"""What each part of the generated endpoint code costs the compiler: one batch of files compiled as
SwiftPM's batch jobs compile them, with parts of the code taken out of every endpoint file.

    python3 scripts/profile-client-build.py --apigen .build/release/apigen   # once: builds the dependencies
    python3 scripts/ablate-client-batch.py                                   # base, noeq, noflat, nodoc
    python3 scripts/ablate-client-batch.py --start 361 --variants base,noitems   # 25 query endpoints
    python3 scripts/ablate-client-batch.py --folder Types --variants base,nohash

Each variant is a copy of the client (`--sources`, default the checked-in ZStack SDK) with one change
made to every file of `--folder` (a variant that tries another form may add a runtime file); the same `--count` files (from `--start`, in name order) are compiled
as the primary files of one frontend job (`swiftc -frontend -c -Onone -g`, the other files of the
module as secondary ones, as in a debug build), `--rounds` times per variant, the variants taking turns
so that the machine's changes of speed fall on all of them. With `--emit-module` it times the job that
emits the module instead (what the rebuild after one edit waits for), every file of `--folder` changed. It prints the median CPU time and, from
one more run with `-stats-output-dir`, the frontend's phases. With `--whole-client` it compiles every
batch of the client instead (25 files each, in path order, as the driver forms them; the variants taking
turns batch by batch) and prints the sum of their CPU time per variant, median of `--rounds`. Variants:

- `base`: the code as generated;
- `noeq`: no `Equatable` (the conformance and the written-out `==`);
- `noflat`: without the client method that takes the inputs one by one;
- `nobuild`: the method that takes a `Request` without its body (it builds the HTTP call and sends it);
- `nodoc`: without doc comments;
- `noitems`: without the paging methods of a query (`<method>Items`, the extension after the first);
- `nowhere`: without the paging method that takes typed conditions (`where:`);
- `nopager`: with the private paging method's body (the closure that fetches a page) `fatalError()`;
- `noqueryfields` (with `--folder Types`): without a queried type's `QueryFields`;
- `nohash` (with `--folder Types`): `Equatable` only, without `Hashable` and the written-out `hash(into:)`;
- `queryfieldnames` (with `--folder Types`): a query field made from the path and its name as two arguments
  (`ZStackQueryField(pathPrefix, "uuid")`) instead of `pathPrefix + "uuid"`;
- `classbuilder`: the runtime's request builder a final class (`let call = ...`), so that an endpoint file copies a
  reference instead of the builder's fields;
- `staticcall`: every endpoint builds its call in `static func call(for:)` (as paging endpoints do), and both
  methods send it themselves: `perform(X.call(for: X.Request(...)))`, the flattened one without awaiting the other;
- `nobody`: without the statement that builds the JSON body (the rest of the call is built and sent);
- `eagerbody`: the JSON body built by plain statements on a value instead of in closures
  (`var body = ZStackEagerJSONBody(wrapper: "params")`, `body.setWrapped(request.a, forKey: "a")`, ...),
  with that type added to the copy's runtime;
- `requestbody`: the request encodes its own body (`call.jsonBody = request`, with `Request: Encodable` written
  out in an extension) instead of a closure that captures it;
- `keypathbody`: the JSON body as the request with key paths to its fields (`ZStackKeyPathBody`), read and
  encoded by the runtime, instead of a closure that encodes each field;
- `guardeq`: `==` as one `guard` per field over a generic `same(_:_:)` instead of tuples of the fields;
- `classrequest`: the endpoint's `Request` a final class (its fields are constants either way; measured on code
  generated before records became final classes, which is what `--sources` of an older checkout gives);
- `classoperation`: the runtime's `ZStackOperation` a final class, so that reading an endpoint's copies a reference;
- `classmodels`: every non-generic `Codable` struct (API types and replies, in every folder) a final class;
- `classfolder`: as `classmodels`, in the files of `--folder` only;
- `flatintoclient`: the flattened method `@_alwaysEmitIntoClient`, so that only the code calling it compiles it;
- `computedoperation`: the endpoint's `operation` a computed property instead of a `static let`;
- `queryfieldtypes` (with `--folder Types`): each query field's initializer with its generic arguments written out;
- `sharedqueryfields` (with `--folder Types`): each queried type's `QueryFields<Root>` an alias of the runtime's
  generic `ZStackQueryFields<Root, Type>`, its fields in a constrained extension, instead of a struct of its own;
- `reflecteq`: `==` as one call that compares the two records' stored properties through `Mirror`
  (`ZStackFieldwise.reflectedEqual(lhs, rhs)`, added to the copy's runtime) instead of tuples of the fields;
- `oneasync`: one `async` method per endpoint: the method that takes a `Request` becomes a synchronous
  `static func call(for:)` in the namespace, which the flattened method sends (`perform(X.call(for: ...))`);
- `oneasyncproto`: as `oneasync`, the namespace conforming to a runtime protocol (`ZStackEndpoint`, added to the
  copy) through which one generic method could send any `Request`: the cost of keeping that call;
- `stdenumcodable` (with `--folder Types`, on code generated before `4e61243`): an open enum without its written-out
  `init(from:)` and `encode(to:)`, so that `RawRepresentable`'s defaults serve;
- `querypath` (with `--folder Types`, on code generated before `4e61243`): `QueryFields` holding a `ZStackQueryPath`
  (one array, added to the copy's runtime) instead of a `String`, each field named at its end without `+`;
- `eqnoconf`: `fieldsAreEqual` kept as a plain static method, without the `Equatable` conformance it implements;
- `opeq`: `==` a plain static operator of each type instead of `fieldsAreEqual` with `@_implements`;
- `protoeq`: the types conforming to a runtime protocol `ZStackFieldwiseEquatable: Equatable` (added to the copy)
  whose extension supplies `==` from `fieldsAreEqual`;
- `concretefields` (any folder): a field of type `String`, `Int`, `Int64`, `Bool`, `Double`, `Date` or `[String]`
  (optional or not) compared, hashed, encoded and decoded through a non-generic helper of its type
  (`sameOptionalString`, `encodeInt64`, `optionalStrings(forKey:)`, added to the copy) instead of the generic ones;
- `nonsending`: every `async` method of an endpoint `nonisolated(nonsending)`, and the runtime's `perform` a
  `nonisolated(nonsending)` door to a `@concurrent` one, so that an endpoint method hops to no executor and is not
  split after its one `await`;
- `a+b`: both changes;
- `keypatheq`: `==` over key paths (`equalFields(lhs, rhs, \\.a, \\.b)`) instead of tuples of the fields.
"""
import argparse
import glob
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PHASES = ["Type checking and Semantic analysis", "SILGen", "SIL optimization", "IRGen"]


def without_equatable(text):
    """The file without `Equatable`: the conformance and the written-out `==` with its doc comment."""
    text = text.replace(", Equatable {", " {")
    return re.sub(r"\n\n( *)/// Whether two values are equal.*?\n\1}\n", "\n", text, flags=re.S)


def without_flattened_method(text):
    """The file without the first method of its client extension: the one that takes the inputs one by one."""
    match = re.search(r"\nnonisolated extension \w+Client \{\n", text)
    if not match:
        return text
    end = text.find("\n    }\n\n", match.end())
    return text if end < 0 else text[:match.end()] + text[end + len("\n    }\n\n"):]


def without_request_building(text):
    """The file with the body of the method that takes a `Request` (building the HTTP call, then sending it)
    replaced by `fatalError()`: the API stays, the building goes."""
    return re.sub(r"(\) async throws -> \w+\.Response \{\n)        var call = .*?\n    \}\n",
                  r"\1        fatalError()\n    }\n", text, flags=re.S)


def without_paging_methods(text):
    """The file without its second client extension: a query's `<method>Items` methods."""
    first = text.find("\nnonisolated extension ")
    second = text.find("\nnonisolated extension ", first + 1) if first >= 0 else -1
    return text if second < 0 else text[:second + 1].rstrip("\n") + "\n"


def without_conditions_method(text):
    """The file without the paging method that takes typed conditions (`where:`), doc comment and all."""
    return re.sub(r"\n(    ///[^\n]*\n)*    public func \w+Items\(\n(?:(?!\n    \}\n).)*?where conditions:.*?\n    \}\n", "\n",
                  text, flags=re.S)


def without_page_fetching(text):
    """The file with the body of the private paging method (a closure that fetches each page) `fatalError()`."""
    return re.sub(r"(    private func \w+Items\(.*?\) -> \w+Pages<[^>]*> \{\n).*?\n    \}\n", r"\1        fatalError()\n    }\n",
                  text, flags=re.S)


def without_query_fields(text):
    """The type's file without its `QueryFields` extension (the typed fields of query conditions)."""
    start = text.find("\nnonisolated extension ")
    return text if start < 0 else text[:start + 1].rstrip("\n") + "\n"


def with_query_field_names_apart(text):
    """Query fields made from the path and the name as two arguments instead of a `+` between them."""
    return re.sub(r"(\w+)QueryField\((\w+) \+ (\"[^\"]*\")\)", r"\1QueryField(\2, \3)", text)


def with_query_field_types_written(text):
    """Each query field's initializer with its generic arguments written out (`ZStackQueryField<Root, String>(...)`),
    from the property's declared type, instead of inferred from it."""
    return re.sub(r"(public var \w+: (\w+QueryField)(<Root, [^\n]*>) \{\n\s*)\2\(", r"\1\2\3(", text)


QUERY_FIELDS_STRUCT = re.compile(
    r"nonisolated extension (\w+) \{\n(?P<doc>(?:    ///[^\n]*\n)*)    (?P<access>public |)nonisolated struct QueryFields<Root>: Sendable \{\n"
    r".*?        init\(path: String\) \{\n            self\.\w+ = path\n        \}\n(?P<getters>.*?)\n    \}\n\}\n", re.S)


def with_shared_query_fields(text):
    """A queried type's `QueryFields<Root>` as a generic alias of the runtime's `ZStackQueryFields<Root, Type>`,
    its fields in a constrained extension, instead of a generic struct of its own (metadata, value witnesses)."""
    def rewrite(match):
        name = match[1]
        return (f"nonisolated extension {name} {{\n{match['doc']}    {match['access']}typealias QueryFields<Root> = "
                f"ZStackQueryFields<Root, {name}>\n}}\n\nnonisolated extension ZStackQueryFields where Fields == {name} {{"
                + match["getters"].replace("\n        ", "\n    ") + "\n}\n")
    return QUERY_FIELDS_STRUCT.sub(rewrite, text)


SHARED_QUERY_FIELDS = """
public nonisolated struct ZStackQueryFields<Root, Fields>: Sendable {
    let pathPrefix: String

    public init() where Root == Fields {
        self.pathPrefix = ""
    }

    init(path: String) {
        self.pathPrefix = path
    }
}
"""


QUERY_FIELD_NAMES = """
extension ZStackQueryField {
    init(_ path: String, _ name: String) where Value: ZStackQueryValue {
        self.init(path + name)
    }

    init(_ path: String, _ name: String) where Value: RawRepresentable & Sendable, Value.RawValue == String {
        self.init(path + name)
    }
}
"""


def with_builder_class(text):
    """`let call = ...`: the endpoint's side of `classbuilder` (the runtime's side is `RUNTIME_CHANGES`)."""
    return text.replace("        var call = ", "        let call = ")


def builder_as_class(text):
    return text.replace("nonisolated struct ZStackRequestBuilder {", "nonisolated final class ZStackRequestBuilder {") \
        .replace("    mutating func ", "    func ")


def with_request_class(text):
    """The endpoint's `Request` a final class: its fields are constants either way, and a class's value is one
    reference, so the file has no value witnesses of its own for it."""
    if "    public struct Request: Sendable, Equatable {" not in text:
        return text
    text = text.replace("    public struct Request: Sendable, Equatable {", "    public final class Request: Sendable, Equatable {")
    return text.replace("public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self)",
                        "public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request)", 1)


MODEL_STRUCT = re.compile(r"^( *public (?:nonisolated )?)struct (\w+)(: Codable, Sendable, (?:Hashable|Equatable) \{)$", re.M)


def models_as_classes(text):
    """Every non-generic `Codable` struct of the file (API types, replies) a final class; each one's written-out
    `==` then names its type, as a class's `Self` cannot be a parameter's type."""
    position = 0
    while True:
        match = MODEL_STRUCT.search(text, position)
        if not match:
            return text
        text = text[:match.start()] + f"{match[1]}final class {match[2]}{match[3]}" + text[match.end():]
        signature = "fieldsAreEqual(_ lhs: Self, _ rhs: Self)"
        at = text.find(signature, match.start())
        if at >= 0:
            text = text[:at] + f"fieldsAreEqual(_ lhs: {match[2]}, _ rhs: {match[2]})" + text[at + len(signature):]
        position = match.start() + 1


def with_flattened_method_emitted_into_clients(text):
    """The flattened method `@_alwaysEmitIntoClient`: its body is compiled only into the code that calls it."""
    match = re.search(r"\nnonisolated extension \w+Client \{\n", text)
    if not match:
        return text
    at = text.find("    public func ", match.end())
    return text if at < 0 else text[:at] + "    @_alwaysEmitIntoClient\n" + text[at:]


def operation_as_class(text):
    """`ZStackOperation` a final class, with its `Hashable` written out (a class's is not synthesized)."""
    text = text.replace("public nonisolated struct ZStackOperation: Sendable, Hashable {",
                        "public nonisolated final class ZStackOperation: Sendable, Hashable {")
    end = text.rstrip().rfind("}")
    return text[:end] + """
    public static func == (lhs: ZStackOperation, rhs: ZStackOperation) -> Bool {
        lhs.id == rhs.id && lhs.method == rhs.method && lhs.pathTemplate == rhs.pathTemplate
            && lhs.requiresAuthorization == rhs.requiresAuthorization && lhs.isAsynchronous == rhs.isAsynchronous
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
    }
}
"""


def _closing_paren(text, start):
    """The index of the `)` that closes the `(` at `start`."""
    depth = 0
    for index in range(start, len(text)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return -1


def _flattened_method_sending_call(text, ns, polling):
    """The flattened method's `try await method(X.Request(...), polling: polling)` as
    `try await perform(X.call(for: X.Request(...)), polling: polling)`."""
    flat = re.search(r"        try await (\w+)\(\s*" + ns + r"\.Request\(", text)
    if not flat:
        return text
    request_start = text.index(ns + ".Request(", flat.start())
    request_end = _closing_paren(text, request_start + len(ns + ".Request"))
    call_end = _closing_paren(text, text.index("(", flat.start()))
    return (text[:flat.start()] + "        try await perform(" + ns + ".call(for: "
            + text[request_start:request_end + 1] + ")" + polling + ")" + text[call_end + 1:])


def with_static_calls(text):
    """Each method sends `X.call(for:)`'s call itself; the building moves into the namespace."""
    namespace = re.search(r"nonisolated enum (\w+) \{", text)
    if not namespace or "static func call(for request: Request)" in text:
        return text
    ns = namespace.group(1)
    building = re.search(r"(        var call = (\w+)RequestBuilder\(operation: \w+\.operation\)\n.*?)"
                         r"        return try await perform\(call(, polling: polling)?\)\n", text, re.S)
    if not building:
        return text
    prefix, polling = building.group(2), building.group(3) or ""
    static = (f"\n    static func call(for request: Request) -> {prefix}RequestBuilder {{\n"
              + building.group(1) + "        return call\n    }\n")
    text = text[:building.start()] + f"        try await perform({ns}.call(for: request){polling})\n" + text[building.end():]
    end_of_namespace = text.index("\n}\n\nnonisolated extension ")
    text = text[:end_of_namespace] + "\n" + static.rstrip("\n") + text[end_of_namespace:]
    return _flattened_method_sending_call(text, ns, polling)


def with_one_async_method(text, conforming=False):
    """The method that takes a `Request` becomes a synchronous `static func call(for:)` in the namespace, which the
    flattened method sends; with `conforming`, the namespace conforms to the runtime's `ZStackEndpoint`."""
    namespace = re.search(r"nonisolated enum (\w+) \{", text)
    if not namespace:
        return text
    ns = namespace.group(1)
    method = re.search(r"\n    /// [^\n]*\n(    ///[^\n]*\n)*    public func \w+\(\n        _ request: " + ns
                       + r"\.Request,\n(        polling: \w+Polling\? = nil\n)?    \) async throws -> " + ns
                       + r"\.Response \{\n(.*?)        return try await perform\(call(, polling: polling)?\)\n    \}\n",
                       text, re.S)
    if not method:
        return text
    body, polling = method.group(3), method.group(4) or ""
    text = (text[:method.start()] + text[method.end():]).replace("\n    }\n\n}\n", "\n    }\n}\n")
    static = ("\n    /// The HTTP call that sends `request`.\n    static func call(for request: Request) -> ZStackRequestBuilder {\n"
              + body + "        return call\n    }")
    end_of_namespace = text.index("\n}\n\nnonisolated extension ")
    text = text[:end_of_namespace] + "\n" + static + text[end_of_namespace:]
    if conforming:
        text = text.replace(f"nonisolated enum {ns} {{", f"nonisolated enum {ns}: ZStackEndpoint {{", 1)
    return _flattened_method_sending_call(text, ns, polling)


def with_caller_isolated_methods(text):
    """Every `async` method of an endpoint file `nonisolated(nonsending)`: it runs on its caller's executor, so that
    awaiting the runtime's (also `nonisolated(nonsending)`) `perform` needs no hop back to the generic executor
    after it, and the method is not split at one."""
    return re.sub(r"\n    public func (\w+)\(([^{]*?)\) async throws",
                  lambda m: f"\n    nonisolated(nonsending) public func {m.group(1)}({m.group(2)}) async throws", text, flags=re.S)


def perform_isolated_to_caller(text):
    """The runtime's `perform` as a `nonisolated(nonsending)` door to a `@concurrent` one that sends and decodes, so
    that the work still leaves the caller's executor, and the hop is the runtime's, compiled once."""
    old = """    func perform<Result: Decodable>(
        _ call: ZStackRequestBuilder,
        polling: ZStackPolling? = nil
    ) async throws -> Result {
        let reply"""
    new = """    nonisolated(nonsending) func perform<Result: Decodable & Sendable>(
        _ call: sending ZStackRequestBuilder,
        polling: ZStackPolling? = nil
    ) async throws -> Result {
        try await performConcurrently(call, polling: polling)
    }

    @concurrent func performConcurrently<Result: Decodable & Sendable>(
        _ call: sending ZStackRequestBuilder,
        polling: ZStackPolling?
    ) async throws -> Result {
        let reply"""
    if old not in text:
        sys.exit("ablate-client-batch: the runtime's perform no longer has the shape nonsending rewrites")
    return text.replace(old, new)


def with_standard_enum_codable(text):
    """An open enum without its written-out `Codable`: `RawRepresentable`'s defaults decode and encode the raw value."""
    if "RawRepresentable {" not in text:
        return text
    return re.sub(r"\n\n    /// Decodes a wire value\..*?\n    }\n\n    /// Encodes the wire value\..*?\n    }\n", "\n", text,
                  flags=re.S)


def with_query_path(text):
    """`QueryFields` holding the runtime's `ZStackQueryPath` (one array: laid out as one reference, so the generic
    struct needs no value witnesses of its own) instead of a `String`; a field names itself at the path's end."""
    if "struct QueryFields<Root>" not in text:
        return text
    text = text.replace("private let pathPrefix: String", "private let pathPrefix: ZStackQueryPath")
    text = text.replace('self.pathPrefix = ""', "self.pathPrefix = ZStackQueryPath()")
    text = text.replace("init(path: String) {", "init(path: ZStackQueryPath) {")
    text = re.sub(r'ZStackQueryField\(pathPrefix \+ ("[^"]*")\)', r"ZStackQueryField(pathPrefix, \1)", text)
    return re.sub(r'QueryFields\(path: pathPrefix \+ "([^"]*)\."\)', r'QueryFields(path: pathPrefix.appending("\1"))', text)


def runtime_template(path):
    """A runtime file as the client's template writes it for one module with the prefix `ZStack`."""
    with open(os.path.join(ROOT, "templates/swift-client/runtime", path), encoding="utf-8") as handle:
        text = handle.read()
    text = text.split("\n", 1)[1] if text.startswith("{{%") else text
    return text.replace("{{runtimeAccess}}", "").replace("{{prefix}}", "ZStack")


# The runtime's path type as generated now, and the two field initialisers that take one (which the runtime
# has in its query conditions), for code generated before 4e61243.
QUERY_PATH = runtime_template("Client/QueryPath.swift.mustache") + """
extension ZStackQueryField {
    init(_ path: ZStackQueryPath, _ name: String) where Value: ZStackQueryValue {
        self.init(path.wireName(of: name))
    }

    init(_ path: ZStackQueryPath, _ name: String) where Value: RawRepresentable & Sendable, Value.RawValue == String {
        self.init(path.wireName(of: name))
    }
}
"""


IMPLEMENTS_EQUATABLE = re.compile(r"@_implements\(Equatable,==\(_:_:\)\)\n\s*")


def without_equatable_conformance(text):
    """`fieldsAreEqual` kept as a plain static method; the `Equatable` conformance it implemented taken out."""
    return IMPLEMENTS_EQUATABLE.sub("", text).replace(", Equatable {", " {")


def with_operator_equality(text):
    """`==` declared as each type's own static operator instead of `fieldsAreEqual` with `@_implements`."""
    return re.sub(r"@_implements\(Equatable,==\(_:_:\)\)\n(\s*)public static func fieldsAreEqual\(_ lhs: (\w+), _ rhs: (\w+)\)",
                  r"public static func == (lhs: \2, rhs: \3)", text)


def with_protocol_equality(text):
    """The types conform to the runtime's `ZStackFieldwiseEquatable`, whose extension supplies `==`."""
    text = IMPLEMENTS_EQUATABLE.sub("", text)
    text = text.replace("Sendable, Equatable {", "Sendable, ZStackFieldwiseEquatable {")
    return text.replace("Codable, Sendable, Hashable {", "Codable, Sendable, Hashable, ZStackFieldwiseEquatable {")


FIELDWISE_EQUATABLE = """
public protocol ZStackFieldwiseEquatable: Equatable {
    static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool
}

extension ZStackFieldwiseEquatable {
    public static func == (lhs: Self, rhs: Self) -> Bool {
        fieldsAreEqual(lhs, rhs)
    }
}
"""


ENDPOINT_PROTOCOL = """
/// An endpoint: its inputs, its reply, and how its HTTP call is built.
protocol ZStackEndpoint {
    associatedtype Request: Sendable
    associatedtype Response: Decodable & Sendable
    static func call(for request: Request) -> ZStackRequestBuilder
}
"""


def without_hashable(text):
    """The type's file with `Equatable` in place of `Hashable`, and without its written-out `hash(into:)`."""
    text = text.replace(", Hashable {", ", Equatable {")
    return re.sub(r"\n\n( *)/// Feeds all the fields to the hasher.*?\n\1}\n", "\n", text, flags=re.S)


def with_computed_operation(text):
    """The endpoint's `operation` a computed property (`static var operation: ZStackOperation { ... }`) instead of
    a stored `static let`, which needs a lazily initialized global."""
    return re.sub(r"( *)public static let operation = (\w+Operation)\((.*?)\n\1\)\n",
                  lambda m: f"{m[1]}public static var operation: {m[2]} {{\n{m[1]}    {m[2]}({m[3]}\n{m[1]}    )\n{m[1]}}}\n",
                  text, flags=re.S)


# A parameter (`label name: Type` or `name: Type`, at a line's start or after `(` or `,`; or the `)?` that ends a
# closure type written over several lines) and its default value.
DEFAULT_ARGUMENT = re.compile(r"((?:^|[(,])[ \t]*(?:(?!let |var )\w+ )?\w+: [^=\n]*?|^[ \t]*\)\?)"
                              r" = (?:nil|\w+\.Request\(\)|\d+)(?=,|\)|\n)", re.M)


def without_default_arguments(text):
    """The file without its parameters' default values (`= nil`, `= X.Request()`, `= 100`): what the default
    argument expressions cost, which the module's job type-checks and lowers (a caller would then pass every
    argument; the module's own files still compile)."""
    return DEFAULT_ARGUMENT.sub(r"\1", text)


def without_doc_comments(text):
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith("///"))


JSON_BODY = re.compile(r"        call\.jsonBody = (\w+)JSONBody \{ (?:body|_) in\n(?:.*?\n)?        \}\n"
                       r"|        call\.jsonBody = (\w+)JSONBody \{ _ in \}\n", re.S)
ENCODE_VALUE = re.compile(r"try (wrapped|body)\.encodeValue\(\s*(.*?),\s*forKey: (\"[^\"]*\")\s*\)", re.S)
WRAPPER = re.compile(r"body\.encodeObject\(forKey: (\"[^\"]*\")\)")


def without_json_body(text):
    """The file without the statement that builds the request's JSON body."""
    return JSON_BODY.sub("", text)


def with_eager_json_body(text):
    """The JSON body built by statements on a value (`ZStackEagerJSONBody`) instead of closures."""
    def rewrite(match):
        block = match.group(0)
        prefix = match.group(1) or match.group(2)
        wrapper = WRAPPER.search(block)
        lines = [f"        var body = {prefix}EagerJSONBody(" + (f"wrapper: {wrapper.group(1)}" if wrapper else "") + ")"]
        for field in ENCODE_VALUE.finditer(block):
            method = "setWrapped" if field.group(1) == "wrapped" else "set"
            lines.append(f"        body.{method}({field.group(2)}, forKey: {field.group(3)})")
        lines.append("        call.jsonBody = body")
        return "\n".join(lines) + "\n"
    return JSON_BODY.sub(rewrite, text)


EAGER_JSON_BODY = """
nonisolated struct ZStackEagerJSONBody: Encodable {
    private var wrapper: String?
    private var wrapped: [(key: String, value: any Encodable)] = []
    private var fields: [(key: String, value: any Encodable)] = []

    init(wrapper: String? = nil) { self.wrapper = wrapper }

    mutating func set<Value: Encodable>(_ value: Value?, forKey key: String) {
        if let value { fields.append((key, value)) }
    }

    mutating func setWrapped<Value: Encodable>(_ value: Value?, forKey key: String) {
        if let value { wrapped.append((key, value)) }
    }

    func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        if let wrapper {
            var inner = object.nestedContainer(keyedBy: ZStackCodingKey.self, forKey: ZStackCodingKey(stringValue: wrapper))
            for (key, value) in wrapped { try inner.encode(value, forKey: ZStackCodingKey(stringValue: key)) }
        }
        for (key, value) in fields { try object.encode(value, forKey: ZStackCodingKey(stringValue: key)) }
    }
}
"""

FIELDWISE_EQUAL = re.compile(r"(\w+)Fieldwise\.equal\(\s*\((.*?)\),\s*\((.*?)\)\s*\)", re.S)


def with_key_path_equality(text):
    """`==` as one call over key paths to the fields instead of two tuples of their values."""
    def rewrite(match):
        fields = [field.strip()[len("lhs."):] for field in match.group(2).split(",")]
        return f"{match.group(1)}Fieldwise.equalFields(lhs, rhs, " + ", ".join(f"\\.{field}" for field in fields) + ")"
    return FIELDWISE_EQUAL.sub(rewrite, text)


def with_request_encoding_its_body(text):
    """`call.jsonBody = request`, the body's fields encoded by `Request.encode(to:)` instead of an escaping closure."""
    match = re.search(r"        call\.jsonBody = (\w+)JSONBody \{ (body|_) in(.*?)\n        \}\n", text, re.S)
    namespace = re.search(r"nonisolated enum (\w+) \{", text)
    if not match or not namespace or "typealias Request" in text:
        return text
    prefix, inner = match.group(1), match.group(3)
    body = inner.replace("request.", "self.")
    extension = (f"\nextension {namespace.group(1)}.Request: Encodable {{\n"
                 f"    public func encode(to encoder: any Encoder) throws {{\n"
                 f"        var body = encoder.container(keyedBy: {prefix}CodingKey.self)\n"
                 + "\n".join(line[4:] if line.startswith("    ") else line for line in body.strip("\n").split("\n")) + "\n"
                 f"    }}\n}}\n")
    text = text[:match.start()] + "        call.jsonBody = request\n" + text[match.end():]
    return text + extension


def with_key_path_body(text):
    """The JSON body as the request and key paths to its fields, which one runtime type reads and encodes."""
    namespace = re.search(r"nonisolated enum (\w+) \{", text)
    if not namespace:
        return text

    def rewrite(match):
        block = match.group(0)
        prefix = match.group(1) or match.group(2)
        wrapper = WRAPPER.search(block)
        lists = {"wrapped": [], "body": []}
        for field in ENCODE_VALUE.finditer(block):
            member = field.group(2).strip()[len("request."):]
            lists[field.group(1)].append(f"({field.group(3)}, \\{namespace.group(1)}.Request.{member})")
        return (f"        call.jsonBody = {prefix}KeyPathBody(\n            request,\n"
                f"            wrapper: {wrapper.group(1) if wrapper else 'nil'},\n"
                f"            wrapped: [{', '.join(lists['wrapped'])}],\n"
                f"            topLevel: [{', '.join(lists['body'])}]\n        )\n")
    return JSON_BODY.sub(rewrite, text)


KEY_PATH_BODY = """
nonisolated struct ZStackKeyPathBody<Root>: Encodable {
    let root: Root
    let wrapper: String?
    let wrapped: [(String, PartialKeyPath<Root>)]
    let topLevel: [(String, PartialKeyPath<Root>)]

    init(_ root: Root, wrapper: String?, wrapped: [(String, PartialKeyPath<Root>)], topLevel: [(String, PartialKeyPath<Root>)]) {
        self.root = root
        self.wrapper = wrapper
        self.wrapped = wrapped
        self.topLevel = topLevel
    }

    func encode(to encoder: any Encoder) throws {
        var object = encoder.container(keyedBy: ZStackCodingKey.self)
        if let wrapper {
            var inner = object.nestedContainer(keyedBy: ZStackCodingKey.self, forKey: ZStackCodingKey(stringValue: wrapper))
            try Self.encode(root, wrapped, into: &inner)
        }
        try Self.encode(root, topLevel, into: &object)
    }

    private static func encode(
        _ root: Root, _ fields: [(String, PartialKeyPath<Root>)], into container: inout KeyedEncodingContainer<ZStackCodingKey>
    ) throws {
        for (key, path) in fields {
            let value = root[keyPath: path]
            if let optional = value as? any ZStackNilTestable, optional.isNil { continue }
            guard let encodable = value as? any Encodable else { continue }
            try container.encode(encodable, forKey: ZStackCodingKey(stringValue: key))
        }
    }
}

protocol ZStackNilTestable { var isNil: Bool { get } }
extension Optional: ZStackNilTestable { var isNil: Bool { self == nil } }
"""


def with_guard_equality(text):
    """`==` as one `guard` per field, each calling a generic function, instead of one call over two tuples."""
    def rewrite(match):
        indent = " " * 12
        fields = [field.strip()[len("lhs."):] for field in match.group(2).split(",")]
        lines = [f"guard {match.group(1)}Fieldwise.same(lhs.{field}, rhs.{field}) else {{ return false }}" for field in fields]
        return ("\n" + indent).join(lines + ["return true"])
    return FIELDWISE_EQUAL.sub(rewrite, text)


GUARD_EQUALITY = """
extension ZStackFieldwise {
    static func same<Field: Equatable>(_ lhs: Field, _ rhs: Field) -> Bool {
        lhs == rhs
    }
}
"""

KEY_PATH_EQUALITY = """
extension ZStackFieldwise {
    static func equalFields<Root, each Field: Equatable>(_ lhs: Root, _ rhs: Root, _ fields: repeat KeyPath<Root, each Field>) -> Bool {
        for field in repeat each fields {
            guard lhs[keyPath: field] == rhs[keyPath: field] else { return false }
        }
        return true
    }
}
"""

def with_reflected_equality(text):
    """`==` as one call that compares the two records' fields through `Mirror`, instead of one call over two
    tuples of their values."""
    return FIELDWISE_EQUAL.sub(lambda match: f"{match.group(1)}Fieldwise.reflectedEqual(lhs, rhs)", text)


REFLECTED_EQUALITY = """
extension ZStackFieldwise {
    static func reflectedEqual<Record: AnyObject>(_ lhs: Record, _ rhs: Record) -> Bool {
        if lhs === rhs { return true }
        for (left, right) in zip(Mirror(reflecting: lhs).children, Mirror(reflecting: rhs).children) {
            guard let left = left.value as? any Equatable, left.isEqual(toAny: right.value) else { return false }
        }
        return true
    }
}

extension Equatable {
    fileprivate func isEqual(toAny other: Any) -> Bool {
        (other as? Self) == self
    }
}
"""


# Field types with a non-generic helper of their own in `concretefields` (Swift type -> name in the helpers).
CONCRETE_FIELD_TYPES = {"String": "String", "Int": "Int", "Int64": "Int64", "Bool": "Bool", "Double": "Double",
                        "Date": "Date", "[String]": "Strings"}
FIELD_DECLARATION = re.compile(r"^ *public let (\w+): (.+)$", re.M)


def _field_types(text):
    """Each stored field's declared type in `text`, leaving out a name that two types of the file declare differently."""
    types = {}
    for name, declared in FIELD_DECLARATION.findall(text):
        types[name] = declared if types.get(name, declared) == declared else None
    return {name: declared for name, declared in types.items() if declared}


def _concrete(declared):
    """(helper name, optional) for a declared field type the helpers cover, else None."""
    optional = declared.endswith("?")
    helper = CONCRETE_FIELD_TYPES.get(declared[:-1] if optional else declared)
    return (helper, optional) if helper else None


def with_concrete_field_helpers(text):
    """Each field of a type the runtime has a non-generic helper for (`String`, `Int`, `Int64`, `Bool`, `Double`, `Date`,
    `[String]`, optional or not) compared, hashed, encoded and decoded through that helper, instead of through the
    generic `same`, `combine`, `encodeValue`, `optionalValue` and `requiredValue`, so that the call passes no type
    metadata or witness table."""
    types = _field_types(text)

    def through_helper(call):
        """A rewrite of a per-field call whose group 1 is the field, `call(helper, field)` where the field's type has one."""
        def rewrite(match):
            concrete = types.get(match.group(1)) and _concrete(types[match.group(1)])
            if not concrete:
                return match.group(0)
            helper, optional = concrete
            return call(("Optional" if optional else "") + helper, match.group(1))
        return rewrite

    same = through_helper(lambda helper, field: f"ZStackFieldwise.same{helper}(lhs.{field}, rhs.{field})")
    combine = through_helper(lambda helper, field: f"ZStackFieldwise.hash{helper}(self.{field}, into: &hasher)")

    def encode(match):
        concrete = types.get(match.group(3)) and _concrete(types[match.group(3)])
        if not concrete:
            return match.group(0)
        return f"try {match.group(1)}.encode{concrete[0]}({match.group(2)}.{match.group(3)}, forKey:"

    def decode(match):
        helper = CONCRETE_FIELD_TYPES.get(match.group(3))
        if not helper:
            return match.group(0)
        return f"{match.group(1)}.{match.group(2)}{helper}(forKey:"

    text = re.sub(r"ZStackFieldwise\.same\(lhs\.(\w+), rhs\.\1\)", same, text)
    text = re.sub(r"hasher\.combine\(self\.(\w+)\)", combine, text)
    text = re.sub(r"try (\w+)\.encodeValue\((request|self)\.(\w+), forKey:", encode, text)
    return re.sub(r"(\w+)\.(optional|required)Value\((\[?\w+\]?)\.self, forKey:", decode, text)


def _concrete_helpers():
    """The runtime file `concretefields` adds: for each type of `CONCRETE_FIELD_TYPES`, `same`, `hash`, `encode`,
    `required` and `optional` helpers that name it."""
    lines = ["public import Foundation", "", "nonisolated extension ZStackFieldwise {"]
    for swift, name in CONCRETE_FIELD_TYPES.items():
        for optional in ("", "Optional"):
            mark = "?" if optional else ""
            lines += [f"    static func same{optional}{name}(_ lhs: {swift}{mark}, _ rhs: {swift}{mark}) -> Bool {{ lhs == rhs }}",
                      f"    static func hash{optional}{name}(_ value: {swift}{mark}, into hasher: inout Hasher) {{ hasher.combine(value) }}"]
    lines += ["}", "", "nonisolated extension KeyedEncodingContainer where Key == ZStackCodingKey {"]
    for swift, name in CONCRETE_FIELD_TYPES.items():
        lines.append(f"    mutating func encode{name}(_ value: {swift}?, forKey key: ZStackCodingKey) throws {{ "
                     f"try encodeIfPresent(value, forKey: key) }}")
    lines += ["}", "", "nonisolated extension KeyedDecodingContainer where Key == ZStackCodingKey {"]
    for swift, name in CONCRETE_FIELD_TYPES.items():
        lines += [f"    func required{name}(forKey key: ZStackCodingKey) throws -> {swift} {{ try decode({swift}.self, forKey: key) }}",
                  f"    func optional{name}(forKey key: ZStackCodingKey) throws -> {swift}? {{ "
                  f"try decodeIfPresent({swift}.self, forKey: key) }}"]
    return "\n".join(lines + ["}", ""])


CONCRETE_HELPERS = _concrete_helpers()


VARIANTS = {
    "base": None, "noeq": without_equatable, "noflat": without_flattened_method, "nobuild": without_request_building,
    "nodoc": without_doc_comments, "nodefaults": without_default_arguments, "noitems": without_paging_methods,
    "nowhere": without_conditions_method, "nopager": without_page_fetching,
    "noqueryfields": without_query_fields, "staticcall": with_static_calls, "classbuilder": with_builder_class, "queryfieldnames": with_query_field_names_apart, "nohash": without_hashable, "nobody": without_json_body, "eagerbody": with_eager_json_body,
    "keypatheq": with_key_path_equality, "guardeq": with_guard_equality,
    "requestbody": with_request_encoding_its_body, "keypathbody": with_key_path_body,
    "classrequest": with_request_class, "classoperation": None, "classmodels": None, "classfolder": models_as_classes,
    "flatintoclient": with_flattened_method_emitted_into_clients, "computedoperation": with_computed_operation,
    "queryfieldtypes": with_query_field_types_written, "sharedqueryfields": with_shared_query_fields,
    "reflecteq": with_reflected_equality, "oneasync": with_one_async_method,
    "oneasyncproto": lambda text: with_one_async_method(text, conforming=True),
    "stdenumcodable": with_standard_enum_codable, "querypath": with_query_path,
    "eqnoconf": without_equatable_conformance, "opeq": with_operator_equality, "protoeq": with_protocol_equality,
    "concretefields": with_concrete_field_helpers, "nonsending": with_caller_isolated_methods,
}
# Runtime files a variant adds to its copy of the client (path in the client, text).
# Runtime files a variant changes in its copy of the client (path in the client, change).
RUNTIME_CHANGES = {"classbuilder": ("Client/ZStackRequestBuilder.swift", builder_as_class),
                   "nonsending": ("Client/ZStackClient+Sending.swift", perform_isolated_to_caller),
                   "classoperation": ("Client/ZStackOperation.swift", operation_as_class)}
# Changes a variant makes to every file of its copy of the client, whatever `--folder` is.
ALL_FILES_CHANGES = {"classmodels": models_as_classes}
RUNTIME_ADDITIONS = {
    "queryfieldnames": ("Client/ZStackQueryFieldNames.swift", QUERY_FIELD_NAMES),
    "eagerbody": ("Client/ZStackEagerJSONBody.swift", EAGER_JSON_BODY),
    "keypatheq": ("Support/ZStackFieldwiseKeyPaths.swift", KEY_PATH_EQUALITY),
    "guardeq": ("Support/ZStackFieldwiseSame.swift", GUARD_EQUALITY),
    "keypathbody": ("Client/ZStackKeyPathBody.swift", KEY_PATH_BODY),
    "sharedqueryfields": ("Client/ZStackQueryFields.swift", SHARED_QUERY_FIELDS),
    "reflecteq": ("Support/ZStackFieldwiseReflected.swift", REFLECTED_EQUALITY),
    "oneasyncproto": ("Client/ZStackEndpoint.swift", ENDPOINT_PROTOCOL),
    "querypath": ("Client/ZStackQueryPathBefore.swift", QUERY_PATH),
    "protoeq": ("Support/ZStackFieldwiseEquatable.swift", FIELDWISE_EQUATABLE),
    "concretefields": ("Support/ZStackConcreteFields.swift", CONCRETE_HELPERS),
}


def make_copy(sources, work, variant, folder):
    """A copy of the client with the variant's change made to every file of `folder`; `a+b` makes both."""
    destination = os.path.join(work, variant)
    shutil.rmtree(destination, ignore_errors=True)
    shutil.copytree(sources, destination)
    for part in variant.split("+"):
        change = VARIANTS[part]
        changed = 0
        if change:
            for path in glob.glob(os.path.join(destination, folder, "*.swift")):
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
                rewritten = change(text)
                changed += rewritten != text
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(rewritten)
            if not changed:
                # Variants are text rewrites of the code as generated when they were written; the runtime files
                # they add are left out too, since they may now clash with the runtime's own.
                print(f"ablate-client-batch: warning: {part} changes no file of {folder}: the generated code no longer "
                      "has the shape it rewrites", file=sys.stderr)
        if part in ALL_FILES_CHANGES:
            for path in glob.glob(os.path.join(destination, "**", "*.swift"), recursive=True):
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(ALL_FILES_CHANGES[part](text))
        if part in RUNTIME_CHANGES:
            path, change_runtime = RUNTIME_CHANGES[part]
            with open(os.path.join(destination, path), encoding="utf-8") as handle:
                text = change_runtime(handle.read())
            with open(os.path.join(destination, path), "w", encoding="utf-8") as handle:
                handle.write(text)
        if part in RUNTIME_ADDITIONS and (changed or not change):
            path, text = RUNTIME_ADDITIONS[part]
            with open(os.path.join(destination, path), "w", encoding="utf-8") as handle:
                handle.write(text)
    return destination


def frontend_command(files, primary_paths, modules, work, emit_module=False):
    """The frontend job that compiles `primary_paths` of `files` as a debug build's batch job does, or, with
    `emit_module`, the job that emits the module (as SwiftPM runs it in a debug build)."""
    if emit_module:
        command = ["swiftc", "-frontend", "-emit-module", "-experimental-skip-non-inlinable-function-bodies-without-types"]
        command += files + ["-o", os.path.join(work, "out.swiftmodule"),
                            "-emit-module-doc-path", os.path.join(work, "out.swiftdoc"),
                            "-emit-module-source-info-path", os.path.join(work, "out.swiftsourceinfo"), "-enable-testing"]
    else:
        command = ["swiftc", "-frontend", "-c"]
        for path in files:
            command += ["-primary-file", path] if path in primary_paths else [path]
        for index in range(len(primary_paths)):
            command += ["-o", os.path.join(work, f"out{index}.o")]
    return command + ["-module-name", "BenchClient", "-I", modules, "-Onone", "-g", "-swift-version", "6", "-parse-as-library"]


def swift_files(copy):
    """The module's Swift files in `copy`, relative to it, in path order (the order SwiftPM hands them to the driver)."""
    return sorted(os.path.relpath(path, copy) for path in glob.glob(os.path.join(copy, "**", "*.swift"), recursive=True))


def compile_batch(copy, primaries, modules, work, stats=None, emit_module=False):
    """CPU seconds of the job of `frontend_command` on the module in `copy`, and its phases."""
    files = [os.path.join(copy, name) for name in swift_files(copy)]
    primary_paths = [os.path.join(copy, name) for name in primaries]
    command = frontend_command(files, primary_paths, modules, work, emit_module)
    if stats:
        shutil.rmtree(stats, ignore_errors=True)
        os.makedirs(stats)
        command += ["-stats-output-dir", stats]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        sys.exit(f"ablate-client-batch: the batch does not compile:\n{result.stderr[:3000]}")
    phases = {}
    if stats:
        for path in glob.glob(os.path.join(stats, "*.json")):
            with open(path, encoding="utf-8") as handle:
                for key, value in json.load(handle).items():
                    if key.startswith("time.swift.") and key.endswith(".wall"):
                        phases[key[len("time.swift."):-len(".wall")]] = value
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, phases


def client_batches(copy, size=25):
    """The client's files as a debug build's driver hands them to its batch jobs: in path order, `size` at a time."""
    files = swift_files(copy)
    return [files[index:index + size] for index in range(0, len(files), size)]


def whole_client_cpu(copies, modules, work, rounds):
    """CPU seconds of all batch jobs of each copy, median over `rounds`; the copies take turns batch by batch, so
    that a slow spell of the machine falls on all of them alike."""
    batches = {variant: client_batches(copy) for variant, copy in copies.items()}
    sums = {variant: [] for variant in copies}
    for _ in range(rounds):
        total = dict.fromkeys(copies, 0.0)
        for index in range(max(len(each) for each in batches.values())):
            for variant, copy in copies.items():
                if index < len(batches[variant]):
                    total[variant] += compile_batch(copy, batches[variant][index], modules, work)[0]
        for variant in copies:
            sums[variant].append(total[variant])
    return {variant: statistics.median(values) for variant, values in sums.items()}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", default=os.path.join(ROOT, "Examples/ZStackSDK/Sources/ZStackSDK"))
    parser.add_argument("--modules", default="/tmp/apigen-profile/package/.build/debug/Modules",
                        help="the built HTTPTypes and OpenAPIRuntime modules (profile-client-build.py's)")
    parser.add_argument("--work", default="/tmp/apigen-ablate")
    parser.add_argument("--folder", default="Endpoints")
    parser.add_argument("--start", type=int, default=100)
    parser.add_argument("--count", type=int, default=25)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--variants", default="base,noeq,noflat,nodoc")
    parser.add_argument("--emit-module", action="store_true",
                        help="time the job that emits the module (every file changed by the variant) instead of a batch")
    parser.add_argument("--whole-client", action="store_true",
                        help="time every batch job of the client (25 files each, in path order, the variants taking turns "
                             "batch by batch) and report their sum instead of one batch")
    args = parser.parse_args(argv)
    variants = args.variants.split(",")
    for variant in variants:
        if any(part not in VARIANTS for part in variant.split("+")):
            sys.exit(f"ablate-client-batch: unknown variant {variant!r} (one of {', '.join(VARIANTS)})")
    if not os.path.exists(os.path.join(args.modules, "HTTPTypes.swiftmodule")):
        sys.exit(f"ablate-client-batch: no HTTPTypes module in {args.modules}: run profile-client-build.py first")
    os.makedirs(args.work, exist_ok=True)
    names = sorted(os.listdir(os.path.join(args.sources, args.folder)))[args.start:args.start + args.count]
    primaries = [os.path.join(args.folder, name) for name in names]
    copies = {variant: make_copy(args.sources, args.work, variant, args.folder) for variant in variants}
    if args.whole_client:
        cpu = whole_client_cpu(copies, args.modules, args.work, args.rounds)
        print(f"Every batch job of the client, every file of {args.folder} changed by the variant, median of {args.rounds} rounds:")
        print()
        print("| variant | CPU of all batch jobs | against the first |")
        print("| --- | ---: | ---: |")
        for variant in variants:
            print(f"| {variant} | {cpu[variant]:.1f} s | {cpu[variant] / cpu[variants[0]]:.3f} |")
        return
    times = {variant: [] for variant in variants}
    for _ in range(args.rounds):
        for variant in variants:
            times[variant].append(compile_batch(copies[variant], primaries, args.modules, args.work,
                                                emit_module=args.emit_module)[0])
    if args.emit_module:
        print(f"The job that emits the module, every file of {args.folder} changed by the variant, median of {args.rounds} runs:")
    else:
        print(f"{len(primaries)} files of {args.folder} ({names[0]} to {names[-1]}), median of {args.rounds} runs:")
    print()
    print("| variant | CPU | " + " | ".join(PHASES) + " | the rest (LLVM, objects) |")
    print("| --- | ---: | " + " | ".join("---:" for _ in PHASES) + " | ---: |")
    for variant in variants:
        _, phases = compile_batch(copies[variant], primaries, args.modules, args.work,
                                  stats=os.path.join(args.work, f"stats-{variant}"), emit_module=args.emit_module)
        cpu = statistics.median(times[variant])
        rest = cpu - sum(phases.get(phase, 0) for phase in PHASES)
        print(f"| {variant} | {cpu:.2f} s | " + " | ".join(f"{phases.get(phase, 0):.2f} s" for phase in PHASES)
              + f" | {rest:.2f} s |")


if __name__ == "__main__":
    main()
