public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CleanUpTrashOnBackupStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let cleanUpTrashOnBackupStorageExample = #"""
        {
          "success": true,
          "result": {
            "resourceUuids": [
              "resourceUuids"
            ],
            "details": [
              "details"
            ],
            "size": 1
          },
          "results": [
            {
              "resourceUuid": "5d85d9b4fdf1972da61a9ef866e54d59",
              "success": true,
              "error": {
                "code": "code",
                "description": "description",
                "details": "details",
                "elaboration": "elaboration",
                "opaque": {
                  "key": "value"
                }
              },
              "trashId": 1,
              "size": 1
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func cleanUpTrashOnBackupStorage(
        _ request: CleanUpTrashOnBackupStorage.Request
    ) async throws -> CleanUpTrashOnBackupStorage.Response {
        try Self.example(CleanUpTrashOnBackupStorage.Response.self, json: Self.cleanUpTrashOnBackupStorageExample)
    }
}
