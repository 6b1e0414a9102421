public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetBackupStorageCapacity``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getBackupStorageCapacityExample = #"""
        {
          "totalCapacity": 1,
          "availableCapacity": 1,
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getBackupStorageCapacity(
        _ request: GetBackupStorageCapacity.Request
    ) async throws -> GetBackupStorageCapacity.Response {
        try Self.example(GetBackupStorageCapacity.Response.self, json: Self.getBackupStorageCapacityExample)
    }
}
