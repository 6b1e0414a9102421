public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetPrimaryStorageTypes``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getPrimaryStorageTypesExample = #"""
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
    public func getPrimaryStorageTypes(
        _ request: GetPrimaryStorageTypes.Request
    ) async throws -> GetPrimaryStorageTypes.Response {
        try Self.example(GetPrimaryStorageTypes.Response.self, json: Self.getPrimaryStorageTypesExample)
    }
}
