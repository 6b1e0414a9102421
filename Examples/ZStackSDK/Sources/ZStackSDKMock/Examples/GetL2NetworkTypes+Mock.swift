public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetL2NetworkTypes``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getL2NetworkTypesExample = #"""
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
    public func getL2NetworkTypes(
        _ request: GetL2NetworkTypes.Request
    ) async throws -> GetL2NetworkTypes.Response {
        try Self.example(GetL2NetworkTypes.Response.self, json: Self.getL2NetworkTypesExample)
    }
}
