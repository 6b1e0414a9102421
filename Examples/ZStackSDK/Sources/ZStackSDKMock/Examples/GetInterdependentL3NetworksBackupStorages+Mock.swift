public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetInterdependentL3NetworksBackupStorages``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getInterdependentL3NetworksBackupStoragesExample = #"""
        {
          "inventories": [
            {}
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getInterdependentL3NetworksBackupStorages(
        _ request: GetInterdependentL3NetworksBackupStorages.Request
    ) async throws -> GetInterdependentL3NetworksBackupStorages.Response {
        try Self.example(GetInterdependentL3NetworksBackupStorages.Response.self, json: Self.getInterdependentL3NetworksBackupStoragesExample)
    }
}
