import APIGenCore
import Testing

/// Scalars are typed by their position in the spec, not by YAML 1.1 guessing.
@Suite("Scalar typing by position")
struct ScalarTypingTests {
    /// Compiles one endpoint spec on its own (default settings) and returns its only endpoint.
    private func endpoint(from yaml: String) throws -> Endpoint {
        let result = SpecCompiler().compile([SpecSource(path: "spec.yaml", text: yaml)])
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.formatted))")
        return try #require(result.model.endpoints.first)
    }

    @Test("Versions and YAML 1.1 booleans in text positions stay verbatim")
    func textStaysVerbatim() throws {
        let endpoint = try endpoint(from: """
            apigen: 1
            endpoint:
              operation-id: GetVm
              title: no
              description: yes
              since: 4.10
              method: GET
              path: /vms
              query-parameters:
                limit: {type: Integer, since: 1.0, description: on}
              history:
                - {version: 4.10, description: off}
            """)
        #expect(endpoint.since == "4.10")
        #expect(endpoint.title.translations == ["en": "no"])
        #expect(endpoint.description.translations == ["en": "yes"])
        #expect(endpoint.queryParameters.first?.since == "1.0")
        #expect(endpoint.queryParameters.first?.description.translations == ["en": "on"])
        #expect(endpoint.history.map(\.version) == ["4.10"])
        #expect(endpoint.history.first?.description.translations == ["en": "off"])
    }

    @Test("Inside examples, plain literals are JSON literals and everything else is a string")
    func examplesUseJSONLiterals() throws {
        let endpoint = try endpoint(from: """
            apigen: 1
            endpoint:
              operation-id: GetVm
              title: Get VM
              method: GET
              path: /vms
              response:
                fields:
                  value: {type: JSON}
              examples:
                response:
                  body: {"value": [true, "true", null, "null", ~, 4.10, "4.10", 1e3, yes, 0x1F, 012, -0]}
            """)
        let expected: JSONValue = .object([
            .init(key: "value", value: .array([
                .bool(true), .string("true"), .null, .string("null"), .null, .number("4.10"), .string("4.10"),
                .number("1e3"), .string("yes"), .string("0x1F"), .string("012"), .number("-0"),
            ])),
        ])
        #expect(endpoint.examples.response?.body == expected)
    }
}
