"""Tests for scripts/ablate-client-batch.py's variants (the compiling needs a Swift toolchain).

    python3 -m unittest discover -s scripts -p 'test_ablate_client_batch.py'
"""
import contextlib
import importlib.util
import io
import os
import tempfile
import unittest

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ablate-client-batch.py")
spec = importlib.util.spec_from_file_location("ablate_client_batch", SCRIPT)
ablate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ablate)

ENDPOINT = """import HTTPTypes

/// Starts a VM.
public nonisolated enum StartVm {
    /// The inputs of a call.
    public struct Request: Sendable, Equatable {
        /// The VM.
        public let uuid: String

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool {
            ZStackFieldwise.equal((lhs.uuid, lhs.name), (rhs.uuid, rhs.name))
        }
    }
}

nonisolated extension ZStackClient {
    /// Starts a VM.
    public func startVm(uuid: String) async throws -> StartVm.Response {
        try await startVm(StartVm.Request(uuid: uuid))
    }

    /// Starts a VM.
    public func startVm(_ request: StartVm.Request) async throws -> StartVm.Response {
        var call = ZStackRequestBuilder(operation: StartVm.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.jsonBody = ZStackJSONBody { body in
            try body.encodeObject(forKey: "params") { wrapped in
                try wrapped.encodeValue(
                    request.name,
                    forKey: "name"
                )
            }
            try body.encodeValue(request.systemTags, forKey: "systemTags")
        }
        return try await perform(call)
    }
}
"""


class VariantTests(unittest.TestCase):
    def test_noeq_removes_the_conformance_and_the_written_out_equality(self):
        text = ablate.without_equatable(ENDPOINT)
        self.assertNotIn("Equatable", text)
        self.assertNotIn("fieldsAreEqual", text)
        self.assertIn("        public let uuid: String\n    }\n}\n", text)

    def test_noflat_removes_the_first_client_method_only(self):
        text = ablate.without_flattened_method(ENDPOINT)
        self.assertNotIn("startVm(uuid: String)", text)
        self.assertIn("public func startVm(_ request: StartVm.Request)", text)
        self.assertIn("nonisolated extension ZStackClient {\n    /// Starts a VM.\n    public func startVm(_ request", text)

    def test_nobuild_keeps_the_method_and_drops_its_body(self):
        text = ablate.without_request_building(ENDPOINT)
        self.assertIn("-> StartVm.Response {\n        fatalError()\n    }\n}\n", text)
        self.assertNotIn("setPathParameter", text)
        self.assertIn("try await startVm(StartVm.Request(uuid: uuid))", text)

    def test_nodoc_removes_every_doc_comment_line(self):
        text = ablate.without_doc_comments(ENDPOINT)
        self.assertNotIn("///", text)
        self.assertIn("public let uuid: String", text)

    def test_nodefaults_removes_the_default_values_of_parameters_only(self):
        text = ablate.without_default_arguments(
            "    public init(uuid: String, name: String? = nil) {\n        self.name = nil\n        var count: Int? = nil\n    }\n"
            "    public func queryVmItems(\n        _ request: QueryVm.Request = QueryVm.Request(),\n"
            "        pageSize: Int = 100,\n        sortedBy order: (\n            (VmInventory.QueryFields<VmInventory>) -> ZStackQuerySort<VmInventory>\n"
            "        )? = nil\n    ) -> ZStackPages<VmInventory> {\n")
        self.assertEqual(text, "    public init(uuid: String, name: String?) {\n        self.name = nil\n        var count: Int? = nil\n    }\n"
                               "    public func queryVmItems(\n        _ request: QueryVm.Request,\n"
                               "        pageSize: Int,\n        sortedBy order: (\n"
                               "            (VmInventory.QueryFields<VmInventory>) -> ZStackQuerySort<VmInventory>\n"
                               "        )?\n    ) -> ZStackPages<VmInventory> {\n")

    def test_nobody_removes_the_json_body_statement_only(self):
        text = ablate.without_json_body(ENDPOINT)
        self.assertNotIn("jsonBody", text)
        self.assertIn('call.setPathParameter("uuid", to: request.uuid)\n        return try await perform(call)\n', text)

    def test_nobody_removes_an_empty_body_too(self):
        text = ablate.without_json_body(ENDPOINT.replace(
            ENDPOINT[ENDPOINT.index("        call.jsonBody"):ENDPOINT.index("        return try await")],
            "        call.jsonBody = ZStackJSONBody { _ in }\n"))
        self.assertNotIn("jsonBody", text)

    def test_eagerbody_sets_each_field_on_a_value(self):
        text = ablate.with_eager_json_body(ENDPOINT)
        self.assertIn("""        var body = ZStackEagerJSONBody(wrapper: "params")
        body.setWrapped(request.name, forKey: "name")
        body.set(request.systemTags, forKey: "systemTags")
        call.jsonBody = body
        return try await perform(call)
""", text)

    def test_keypatheq_compares_through_key_paths(self):
        text = ablate.with_key_path_equality(ENDPOINT)
        self.assertIn("ZStackFieldwise.equalFields(lhs, rhs, \\.uuid, \\.name)\n", text)

    def test_reflecteq_compares_the_two_records_through_mirror_and_adds_the_runtime_helper(self):
        text = ablate.with_reflected_equality(ENDPOINT)
        self.assertIn("            ZStackFieldwise.reflectedEqual(lhs, rhs)\n        }\n", text)
        self.assertNotIn("ZStackFieldwise.equal(", text)
        path, runtime = ablate.RUNTIME_ADDITIONS["reflecteq"]
        self.assertEqual(path, "Support/ZStackFieldwiseReflected.swift")
        self.assertIn("Mirror(reflecting: lhs).children", runtime)

    def test_the_whole_client_is_cut_into_batches_of_25_files_in_path_order(self):
        with tempfile.TemporaryDirectory() as copy:
            for folder, count in (("Endpoints", 30), ("Types", 21)):
                os.makedirs(os.path.join(copy, folder))
                for index in range(count):
                    open(os.path.join(copy, folder, f"F{index:02}.swift"), "w").close()
            open(os.path.join(copy, "Endpoints", "notes.md"), "w").close()
            batches = ablate.client_batches(copy)
        self.assertEqual([len(batch) for batch in batches], [25, 25, 1])
        self.assertEqual(batches[0][0], os.path.join("Endpoints", "F00.swift"))
        self.assertEqual(batches[1][:6], [os.path.join("Endpoints", f"F{index}.swift") for index in range(25, 30)]
                         + [os.path.join("Types", "F00.swift")])
        self.assertEqual(batches[2], [os.path.join("Types", "F20.swift")])

    def test_the_paging_variants_take_out_their_part_of_a_query(self):
        path = os.path.join(os.path.dirname(SCRIPT), "..", "Examples/ZStackSDK/Sources/ZStackSDK/Endpoints/QueryL2Network.swift")
        with open(path, encoding="utf-8") as handle:
            query = handle.read()
        self.assertIn("func queryL2NetworkItems(", query)
        without_items = ablate.without_paging_methods(query)
        self.assertNotIn("func queryL2NetworkItems(", without_items)
        self.assertIn("public func queryL2Network(\n        _ request: QueryL2Network.Request\n", without_items)
        without_where = ablate.without_conditions_method(query)
        self.assertNotIn("where conditions:", without_where)
        self.assertEqual(without_where.count("func queryL2NetworkItems("), 2)
        without_pager = ablate.without_page_fetching(query)
        self.assertNotIn("pages(pageSize:", without_pager)
        self.assertIn(") -> ZStackPages<L2NetworkInventory> {\n        fatalError()\n    }\n}\n", without_pager)

    def test_guardeq_compares_one_field_per_guard(self):
        text = ablate.with_guard_equality(ENDPOINT)
        self.assertIn("guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }\n"
                      "            guard ZStackFieldwise.same(lhs.name, rhs.name) else { return false }\n"
                      "            return true\n", text)

    def test_requestbody_makes_the_request_encode_its_body(self):
        text = ablate.with_request_encoding_its_body(ENDPOINT)
        self.assertIn("        call.jsonBody = request\n        return try await perform(call)\n", text)
        self.assertIn("extension StartVm.Request: Encodable {\n", text)
        self.assertIn("        try body.encodeValue(self.systemTags, forKey: \"systemTags\")\n    }\n}\n", text)

    def test_keypathbody_lists_the_fields_by_key_path(self):
        text = ablate.with_key_path_body(ENDPOINT)
        self.assertIn('wrapped: [("name", \\StartVm.Request.name)],\n', text)
        self.assertIn('topLevel: [("systemTags", \\StartVm.Request.systemTags)]\n', text)

    def test_the_type_variants_take_out_query_fields_and_hashing(self):
        path = os.path.join(os.path.dirname(SCRIPT), "..", "Examples/ZStackSDK/Sources/ZStackSDK/Types/L2NetworkInventory.swift")
        with open(path, encoding="utf-8") as handle:
            inventory = handle.read()
        self.assertIn("struct QueryFields<Root>", inventory)
        self.assertNotIn("QueryFields", ablate.without_query_fields(inventory))
        without_hash = ablate.without_hashable(inventory)
        self.assertNotIn("Hashable", without_hash)
        self.assertNotIn("func hash(into", without_hash)
        self.assertIn("fieldsAreEqual", without_hash)

    def test_queryfieldnames_passes_the_path_and_the_name_apart(self):
        text = ablate.with_query_field_names_apart('        ZStackQueryField(pathPrefix + "uuid")\n')
        self.assertEqual(text, '        ZStackQueryField(pathPrefix, "uuid")\n')

    def test_classbuilder_makes_the_builder_a_class_and_the_call_a_constant(self):
        self.assertIn("        let call = ZStackRequestBuilder(operation: StartVm.operation)\n", ablate.with_builder_class(ENDPOINT))
        runtime = ablate.builder_as_class("nonisolated struct ZStackRequestBuilder {\n    mutating func setPathParameter() {}\n}\n")
        self.assertEqual(runtime, "nonisolated final class ZStackRequestBuilder {\n    func setPathParameter() {}\n}\n")

    def test_the_batch_job_compiles_its_primaries_and_reads_the_rest(self):
        command = ablate.frontend_command(["a.swift", "b.swift", "c.swift"], ["b.swift"], "/m", "/w")
        self.assertEqual(command[:3], ["swiftc", "-frontend", "-c"])
        self.assertIn("a.swift", command)
        self.assertEqual(command[command.index("b.swift") - 1], "-primary-file")
        self.assertEqual(command.count("-o"), 1)
        self.assertIn("-g", command)

    def test_the_module_job_emits_the_module_from_every_file(self):
        command = ablate.frontend_command(["a.swift", "b.swift"], [], "/m", "/w", emit_module=True)
        self.assertEqual(command[:4], ["swiftc", "-frontend", "-emit-module",
                                       "-experimental-skip-non-inlinable-function-bodies-without-types"])
        self.assertNotIn("-primary-file", command)
        self.assertIn("-enable-testing", command)
        self.assertEqual(command[command.index("-o") + 1], "/w/out.swiftmodule")

    def test_staticcall_moves_the_building_into_the_namespace_and_sends_it_from_both_methods(self):
        text = ablate.with_static_calls(ENDPOINT.replace("}\n\nnonisolated extension", "}\n\nnonisolated extension", 1))
        self.assertIn("    static func call(for request: Request) -> ZStackRequestBuilder {\n"
                      "        var call = ZStackRequestBuilder(operation: StartVm.operation)\n", text)
        self.assertIn("        try await perform(StartVm.call(for: request))\n", text)
        self.assertIn("        try await perform(StartVm.call(for: StartVm.Request(uuid: uuid)))\n", text)
        self.assertLess(text.index("static func call"), text.index("nonisolated extension ZStackClient"))

    def test_oneasync_leaves_one_async_method_that_sends_the_namespaces_call(self):
        path = os.path.join(ablate.ROOT, "Examples/ZStackSDK/Sources/ZStackSDK/Endpoints/DeleteVmConsolePassword.swift")
        with open(path, encoding="utf-8") as handle:
            generated = handle.read()
        text = ablate.with_one_async_method(generated)
        self.assertNotIn("_ request: DeleteVmConsolePassword.Request", text)
        self.assertEqual(text.count(") async throws -> DeleteVmConsolePassword.Response {"), 1)
        self.assertIn("    static func call(for request: Request) -> ZStackRequestBuilder {\n"
                      "        let call = ZStackRequestBuilder(operation: DeleteVmConsolePassword.operation)\n", text)
        self.assertIn("        try await perform(DeleteVmConsolePassword.call(for: DeleteVmConsolePassword.Request(uuid: uuid, "
                      "systemTags: systemTags, userTags: userTags)), polling: polling)\n", text)
        self.assertLess(text.index("static func call"), text.index("nonisolated extension ZStackClient"))
        self.assertNotIn("ZStackEndpoint", text)
        conforming = ablate.VARIANTS["oneasyncproto"](generated)
        self.assertIn("public nonisolated enum DeleteVmConsolePassword: ZStackEndpoint {", conforming)
        self.assertIn("protocol ZStackEndpoint", ablate.RUNTIME_ADDITIONS["oneasyncproto"][1])

    def test_stdenumcodable_and_querypath_rewrite_the_type_files_as_they_were_before_4e61243(self):
        enum = ("public nonisolated enum VolumeState: Codable, Sendable, Hashable, RawRepresentable {\n    case ready\n"
                "    case undocumented(String)\n\n    /// The value on the wire.\n    public var rawValue: String { \"\" }\n\n"
                "    /// Decodes a wire value.\n    public init(from decoder: any Decoder) throws {\n        self.init(rawValue: \"\")\n"
                "    }\n\n    /// Encodes the wire value.\n    public func encode(to encoder: any Encoder) throws {\n"
                "        try container.encode(rawValue)\n    }\n}\n")
        self.assertEqual(ablate.with_standard_enum_codable(enum),
                         "public nonisolated enum VolumeState: Codable, Sendable, Hashable, RawRepresentable {\n    case ready\n"
                         "    case undocumented(String)\n\n    /// The value on the wire.\n    public var rawValue: String { \"\" }\n}\n")
        fields = ("    public nonisolated struct QueryFields<Root>: Sendable {\n        private let pathPrefix: String\n"
                  "        public init() where Root == VmInstanceInventory {\n            self.pathPrefix = \"\"\n        }\n"
                  "        init(path: String) {\n            self.pathPrefix = path\n        }\n"
                  "        public var uuid: ZStackQueryField<Root, String> {\n            ZStackQueryField(pathPrefix + \"uuid\")\n        }\n"
                  "        public var vmNics: VmNicInventory.QueryFields<Root> {\n"
                  "            VmNicInventory.QueryFields(path: pathPrefix + \"vmNics.\")\n        }\n    }\n")
        text = ablate.with_query_path(fields)
        self.assertIn("        private let pathPrefix: ZStackQueryPath\n", text)
        self.assertIn("            self.pathPrefix = ZStackQueryPath()\n", text)
        self.assertIn("        init(path: ZStackQueryPath) {\n", text)
        self.assertIn('            ZStackQueryField(pathPrefix, "uuid")\n', text)
        self.assertIn('            VmNicInventory.QueryFields(path: pathPrefix.appending("vmNics"))\n', text)
        self.assertIn("struct ZStackQueryPath", ablate.RUNTIME_ADDITIONS["querypath"][1])

    def test_the_equatable_variants_respell_the_conformance_of_a_generated_endpoint(self):
        path = os.path.join(ablate.ROOT, "Examples/ZStackSDK/Sources/ZStackSDK/Endpoints/AddAccessControlListEntry.swift")
        with open(path, encoding="utf-8") as handle:
            generated = handle.read()
        self.assertIn("@_implements(Equatable,==(_:_:))", generated)
        text = ablate.without_equatable_conformance(generated)
        self.assertIn("    public final class Request: Sendable {\n", text)
        self.assertIn("        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {\n", text)
        self.assertNotIn("@_implements", text)
        text = ablate.with_operator_equality(generated)
        self.assertIn("    public final class Request: Sendable, Equatable {\n", text)
        self.assertIn("        public static func == (lhs: Request, rhs: Request) -> Bool {\n", text)
        self.assertNotIn("fieldsAreEqual", text)
        text = ablate.with_protocol_equality(generated)
        self.assertIn("    public final class Request: Sendable, ZStackFieldwiseEquatable {\n", text)
        self.assertNotIn("@_implements", text)
        self.assertIn("protocol ZStackFieldwiseEquatable: Equatable", ablate.RUNTIME_ADDITIONS["protoeq"][1])

    def test_concretefields_calls_a_helper_per_field_type_and_leaves_other_fields_generic(self):
        record = ("public nonisolated final class Disk: Codable, Sendable, Hashable {\n"
                  "    public let uuid: String?\n    public let size: Int64\n    public let tags: [String]?\n"
                  "    public let state: DiskState?\n"
                  "    public init(from decoder: any Decoder) throws {\n"
                  "        self.uuid = try object.optionalValue(String.self, forKey: \"uuid\")\n"
                  "        self.size = try object.requiredValue(Int64.self, forKey: \"size\")\n"
                  "        self.tags = try object.optionalValue([String].self, forKey: \"tags\")\n"
                  "        self.state = try object.optionalValue(DiskState.self, forKey: \"state\")\n    }\n"
                  "    public func encode(to encoder: any Encoder) throws {\n"
                  "        try object.encodeValue(self.size, forKey: \"size\")\n"
                  "        try object.encodeValue(self.state, forKey: \"state\")\n    }\n"
                  "    public static func fieldsAreEqual(_ lhs: Disk, _ rhs: Disk) -> Bool {\n"
                  "        guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }\n"
                  "        guard ZStackFieldwise.same(lhs.size, rhs.size) else { return false }\n"
                  "        return ZStackFieldwise.same(lhs.state, rhs.state)\n    }\n"
                  "    public func hash(into hasher: inout Hasher) {\n"
                  "        hasher.combine(self.tags)\n        hasher.combine(self.state)\n    }\n}\n")
        text = ablate.with_concrete_field_helpers(record)
        self.assertIn('self.uuid = try object.optionalString(forKey: "uuid")\n', text)
        self.assertIn('self.size = try object.requiredInt64(forKey: "size")\n', text)
        self.assertIn('self.tags = try object.optionalStrings(forKey: "tags")\n', text)
        self.assertIn('self.state = try object.optionalValue(DiskState.self, forKey: "state")\n', text)
        self.assertIn('try object.encodeInt64(self.size, forKey: "size")\n', text)
        self.assertIn('try object.encodeValue(self.state, forKey: "state")\n', text)
        self.assertIn("guard ZStackFieldwise.sameOptionalString(lhs.uuid, rhs.uuid) else", text)
        self.assertIn("guard ZStackFieldwise.sameInt64(lhs.size, rhs.size) else", text)
        self.assertIn("return ZStackFieldwise.same(lhs.state, rhs.state)\n", text)
        self.assertIn("ZStackFieldwise.hashOptionalStrings(self.tags, into: &hasher)\n", text)
        self.assertIn("hasher.combine(self.state)\n", text)
        helpers = ablate.RUNTIME_ADDITIONS["concretefields"][1]
        self.assertIn("    static func sameOptionalString(_ lhs: String?, _ rhs: String?) -> Bool { lhs == rhs }\n", helpers)
        self.assertIn("    mutating func encodeStrings(_ value: [String]?, forKey key: ZStackCodingKey) throws {", helpers)
        self.assertIn("    func requiredInt64(forKey key: ZStackCodingKey) throws -> Int64 {", helpers)

    def test_nonsending_marks_the_async_methods_and_makes_perform_a_door_to_a_concurrent_one(self):
        text = ablate.with_caller_isolated_methods(ENDPOINT + "    public func startVmItems(_ request: R) -> Pages {\n")
        self.assertIn("    nonisolated(nonsending) public func startVm(uuid: String) async throws -> StartVm.Response {\n", text)
        self.assertIn("    nonisolated(nonsending) public func startVm(_ request: StartVm.Request) async throws", text)
        self.assertEqual(text.count("nonisolated(nonsending)"), 2)
        self.assertIn("\n    public func startVmItems(_ request: R) -> Pages {\n", text)
        runtime = ablate.perform_isolated_to_caller("""    func perform<Result: Decodable>(
        _ call: ZStackRequestBuilder,
        polling: ZStackPolling? = nil
    ) async throws -> Result {
        let reply = try await successReply(of: call, polling: polling)
""")
        self.assertIn("    nonisolated(nonsending) func perform<Result: Decodable & Sendable>(\n        _ call: sending ZStackRequestBuilder,", runtime)
        self.assertIn("        try await performConcurrently(call, polling: polling)\n    }\n\n    @concurrent func performConcurrently", runtime)
        self.assertTrue(runtime.endswith("    ) async throws -> Result {\n        let reply = try await successReply(of: call, polling: polling)\n"))
        with self.assertRaises(SystemExit):
            ablate.perform_isolated_to_caller("func perform() {}\n")

    def test_a_variant_that_changes_no_file_says_so(self):
        with tempfile.TemporaryDirectory() as work:
            sources = os.path.join(work, "sources")
            os.makedirs(os.path.join(sources, "Endpoints"))
            with open(os.path.join(sources, "Endpoints", "Plain.swift"), "w", encoding="utf-8") as handle:
                handle.write("let plain = 1\n")
            stderr = io.StringIO()
            with contextlib.redirect_stderr(stderr):
                ablate.make_copy(sources, work, "noeq", "Endpoints")
            self.assertIn("warning: noeq changes no file of Endpoints", stderr.getvalue())
            stderr = io.StringIO()
            with contextlib.redirect_stderr(stderr):
                ablate.make_copy(sources, work, "nodoc", "Endpoints")
            self.assertIn("warning: nodoc changes no file", stderr.getvalue())

    def test_an_unknown_variant_stops_the_script_with_the_known_ones(self):
        with self.assertRaises(SystemExit) as stop:
            ablate.main(["--variants", "base,nocodable"])
        self.assertEqual(str(stop.exception),
                         "ablate-client-batch: unknown variant 'nocodable' (one of base, noeq, noflat, nobuild, nodoc, nodefaults, noitems, nowhere, nopager, noqueryfields, staticcall, classbuilder, queryfieldnames, nohash, nobody, eagerbody, keypatheq, guardeq, requestbody, keypathbody, classrequest, classoperation, classmodels, classfolder, flatintoclient, computedoperation, queryfieldtypes, sharedqueryfields, reflecteq, oneasync, oneasyncproto, stdenumcodable, querypath, eqnoconf, opeq, protoeq, concretefields, nonsending)")

    def test_an_unknown_part_of_a_combination_stops_the_script(self):
        with self.assertRaises(SystemExit) as stop:
            ablate.main(["--variants", "base,classrequest+nocodable"])
        self.assertTrue(str(stop.exception).startswith("ablate-client-batch: unknown variant 'classrequest+nocodable' (one of base,"))

    def test_flatintoclient_marks_the_first_client_method_only(self):
        text = ablate.with_flattened_method_emitted_into_clients(ENDPOINT)
        self.assertEqual(text.count("@_alwaysEmitIntoClient"), 1)
        self.assertIn("    @_alwaysEmitIntoClient\n    public func startVm(uuid: String)", text)

    def test_computedoperation_turns_the_stored_operation_into_a_computed_property(self):
        stored = ENDPOINT.replace("public nonisolated enum StartVm {\n", """public nonisolated enum StartVm {
    /// The endpoint's static description.
    public static let operation = ZStackOperation(
        id: "StartVm",
        method: .put
    )
""")
        text = ablate.with_computed_operation(stored)
        self.assertIn("""    public static var operation: ZStackOperation {
        ZStackOperation(
        id: "StartVm",
        method: .put
        )
    }
""", text)
        self.assertNotIn("static let", text)
        self.assertEqual(ablate.with_computed_operation(text), text)

    def test_queryfieldtypes_writes_each_query_fields_generic_arguments_out(self):
        fields = """        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathPrefix + "uuid")
        }

        public var state: ZStackQueryField<Root, VmState> {
            ZStackQueryField(pathPrefix + "state")
        }
"""
        text = ablate.with_query_field_types_written(fields)
        self.assertIn('            ZStackQueryField<Root, String>(pathPrefix + "uuid")\n', text)
        self.assertIn('            ZStackQueryField<Root, VmState>(pathPrefix + "state")\n', text)
        self.assertEqual(ablate.with_query_field_types_written(text), text)

    def test_sharedqueryfields_aliases_the_runtime_type_and_keeps_the_fields(self):
        queried = """nonisolated extension Zone {
    /// The fields of ``Zone``.
    public nonisolated struct QueryFields<Root>: Sendable {
        /// The path.
        private let pathPrefix: String

        /// For its own conditions.
        public init() where Root == Zone {
            self.pathPrefix = ""
        }

        /// Reached from `Root`.
        init(path: String) {
            self.pathPrefix = path
        }

        /// The UUID.
        public var uuid: ZStackQueryField<Root, String> {
            ZStackQueryField(pathPrefix + "uuid")
        }
    }
}
"""
        self.assertEqual(ablate.with_shared_query_fields(queried), """nonisolated extension Zone {
    /// The fields of ``Zone``.
    public typealias QueryFields<Root> = ZStackQueryFields<Root, Zone>
}

nonisolated extension ZStackQueryFields where Fields == Zone {
    /// The UUID.
    public var uuid: ZStackQueryField<Root, String> {
        ZStackQueryField(pathPrefix + "uuid")
    }
}
""")
        self.assertEqual(ablate.with_shared_query_fields(ENDPOINT), ENDPOINT)

    def test_classrequest_makes_the_request_a_final_class_whose_equality_names_it(self):
        text = ablate.with_request_class(ENDPOINT)
        self.assertIn("    public final class Request: Sendable, Equatable {\n", text)
        self.assertIn("public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {", text)
        self.assertNotIn("struct Request", text)

    def test_classmodels_makes_each_codable_struct_a_final_class_with_its_own_equality(self):
        text = ablate.models_as_classes(
            "public nonisolated struct Vm: Codable, Sendable, Hashable {\n"
            "    public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool { true }\n}\n\n"
            "    public struct Response: Codable, Sendable, Equatable {\n"
            "        public static func fieldsAreEqual(_ lhs: Self, _ rhs: Self) -> Bool { true }\n    }\n")
        self.assertEqual(text,
                         "public nonisolated final class Vm: Codable, Sendable, Hashable {\n"
                         "    public static func fieldsAreEqual(_ lhs: Vm, _ rhs: Vm) -> Bool { true }\n}\n\n"
                         "    public final class Response: Codable, Sendable, Equatable {\n"
                         "        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool { true }\n    }\n")


if __name__ == "__main__":
    unittest.main()
