public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetBackupStorageTypes``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getBackupStorageTypesExample = #"""
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
    public func getBackupStorageTypes(
        _ request: GetBackupStorageTypes.Request
    ) async throws -> GetBackupStorageTypes.Response {
        try Self.example(GetBackupStorageTypes.Response.self, json: Self.getBackupStorageTypesExample)
    }
}
