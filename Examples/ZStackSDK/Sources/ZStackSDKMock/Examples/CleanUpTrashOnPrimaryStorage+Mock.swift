public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CleanUpTrashOnPrimaryStorage``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let cleanUpTrashOnPrimaryStorageExample = #"""
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
              "resourceUuid": "2fa455321a45a32a7ea90374becd1034",
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
    public func cleanUpTrashOnPrimaryStorage(
        _ request: CleanUpTrashOnPrimaryStorage.Request
    ) async throws -> CleanUpTrashOnPrimaryStorage.Response {
        try Self.example(CleanUpTrashOnPrimaryStorage.Response.self, json: Self.cleanUpTrashOnPrimaryStorageExample)
    }
}
