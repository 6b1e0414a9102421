public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetL3NetworkTypes``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getL3NetworkTypesExample = #"""
        {
          "success": true,
          "types": [
            "types"
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getL3NetworkTypes(
        _ request: GetL3NetworkTypes.Request
    ) async throws -> GetL3NetworkTypes.Response {
        try Self.example(GetL3NetworkTypes.Response.self, json: Self.getL3NetworkTypesExample)
    }
}
