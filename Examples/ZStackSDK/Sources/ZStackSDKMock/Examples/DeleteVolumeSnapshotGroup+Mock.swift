public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DeleteVolumeSnapshotGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let deleteVolumeSnapshotGroupExample = #"""
        {
          "success": true,
          "results": [
            {
              "snapshotUuid": "fb8d30bf1a1b8d8d3dc7cf9f7d1fd79e",
              "volumeUuid": "aad5b6ab210733214b121c82c617a97f",
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
    public func deleteVolumeSnapshotGroup(
        _ request: DeleteVolumeSnapshotGroup.Request
    ) async throws -> DeleteVolumeSnapshotGroup.Response {
        try Self.example(DeleteVolumeSnapshotGroup.Response.self, json: Self.deleteVolumeSnapshotGroupExample)
    }
}
