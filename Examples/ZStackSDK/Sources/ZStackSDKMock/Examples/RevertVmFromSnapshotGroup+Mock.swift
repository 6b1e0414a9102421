public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RevertVmFromSnapshotGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let revertVmFromSnapshotGroupExample = #"""
        {
          "success": true,
          "results": [
            {
              "snapshotUuid": "9ac2fdc293b551a37af80673b28dff23",
              "volumeUuid": "c3df2e22e5f68f13074377a95799f7ed",
              "success": true,
              "error": {
                "code": "code",
                "description": "description",
                "details": "details",
                "elaboration": "elaboration",
                "opaque": {
                  "key": "value"
                }
              }
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func revertVmFromSnapshotGroup(
        _ request: RevertVmFromSnapshotGroup.Request
    ) async throws -> RevertVmFromSnapshotGroup.Response {
        try Self.example(RevertVmFromSnapshotGroup.Response.self, json: Self.revertVmFromSnapshotGroupExample)
    }
}
