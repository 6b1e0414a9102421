public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``LocalStorageMigrateVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let localStorageMigrateVolumeExample = #"""
        {
          "success": true,
          "inventory": {
            "resourceUuid": "b4aa9fe3cf495e8be222098d5c0256e9",
            "primaryStorageUuid": "80b21f44a97edacad5eafa0027010144",
            "hostUuid": "5b33d243098369a59cf30352a8d33139",
            "size": 1,
            "resourceType": "resourceType",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func localStorageMigrateVolume(
        _ request: LocalStorageMigrateVolume.Request
    ) async throws -> LocalStorageMigrateVolume.Response {
        try Self.example(LocalStorageMigrateVolume.Response.self, json: Self.localStorageMigrateVolumeExample)
    }
}
