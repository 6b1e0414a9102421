import Foundation
import HTTPTypes
import Testing

@testable import ZStackClient

@Suite("Building request paths")
struct RequestBuilderTests {
    private let queryOperation = ZStackOperation(
        id: "QueryZone",
        method: .get,
        pathTemplate: "/zstack/v1/zones/{uuid}",
        requiresAuthorization: true,
        isAsynchronous: false
    )

    @Test("Query parameters repeat their name for each value and are strictly encoded")
    func repeatedQueryParameters() throws {
        let call = ZStackRequestBuilder(operation: queryOperation)
        call.setPathParameter("uuid", to: "z 1")
        call.appendQueryItems("q", values: ["name=zone-1", "state!=Disabled", "description~=%a&b%"])
        call.appendQueryItem("limit", value: "10")
        call.appendQueryItem("start", value: nil)
        call.appendQueryItems("fields", values: nil)
        call.appendQueryItem("sort", value: "+createDate")
        #expect(
            try call.makePath()
                == "/zstack/v1/zones/z%201?q=name%3Dzone-1&q=state%21%3DDisabled&q=description~%3D%25a%26b%25"
                + "&limit=10&sort=%2BcreateDate"
        )
    }

    @Test("A GET has neither a body nor a content type")
    func getWithoutBody() throws {
        let call = ZStackRequestBuilder(operation: queryOperation)
        call.setPathParameter("uuid", to: "z1")
        let (request, body) = try call.makeRequest(encoder: JSONEncoder())
        #expect(request.method == .get)
        #expect(request.path == "/zstack/v1/zones/z1")
        #expect(request.headerFields[.contentType] == nil)
        #expect(body == nil)
    }

    @Test("A placeholder without a value is an error, never a literal {name} in the URL")
    func missingPathParameter() {
        let call = ZStackRequestBuilder(operation: queryOperation)
        let error = #expect(throws: ZStackClientError.self) {
            try call.makePath()
        }
        #expect(
            error?.description == #"QueryZone: cannot build the request path: the path parameter "uuid" has no value"#
        )
    }

    @Test("A value for a placeholder of another name does not fill it")
    func wronglyNamedPathParameter() {
        let call = ZStackRequestBuilder(operation: queryOperation)
        call.setPathParameter("zoneUuid", to: "z1")
        #expect(throws: ZStackClientError.self) {
            try call.makePath()
        }
    }

    @Test("An unbalanced brace in a template is an error", arguments: ["/a/{uuid", "/a/uuid}", "/a/}{uuid}"])
    func unbalancedBrace(template: String) {
        let operation = ZStackOperation(
            id: "Broken",
            method: .get,
            pathTemplate: template,
            requiresAuthorization: false,
            isAsynchronous: false
        )
        let call = ZStackRequestBuilder(operation: operation)
        call.setPathParameter("uuid", to: "x")
        #expect(throws: ZStackClientError.self) {
            try call.makePath()
        }
    }

    @Test("Values that look like placeholders are encoded, not substituted again")
    func placeholderLookingValue() throws {
        let call = ZStackRequestBuilder(operation: queryOperation)
        call.setPathParameter("uuid", to: "{uuid}")
        #expect(try call.makePath() == "/zstack/v1/zones/%7Buuid%7D")
    }

    @Test("Header fields set by an endpoint are sent")
    func headerFields() throws {
        let call = ZStackRequestBuilder(operation: queryOperation)
        call.setPathParameter("uuid", to: "z1")
        let jobUUID = try #require(HTTPField.Name("X-Job-UUID"))
        call.setHeaderField(jobUUID, value: "5e0a8b4f3c2d41e0a9f8e7d6c5b4a392")
        call.setHeaderField(.accept, value: nil)
        let (request, _) = try call.makeRequest(encoder: JSONEncoder())
        #expect(request.headerFields[jobUUID] == "5e0a8b4f3c2d41e0a9f8e7d6c5b4a392")
        #expect(request.headerFields[.accept] == nil)
    }
}
