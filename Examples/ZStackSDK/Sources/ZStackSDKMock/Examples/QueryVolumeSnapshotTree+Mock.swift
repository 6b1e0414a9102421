public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVolumeSnapshotTree``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVolumeSnapshotTreeExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "bf9c3c3c0346335b4d899afc3459ca2c",
              "volumeUuid": "070a3f17b3cb90ab9430b45b6c47b0f4",
              "current": true,
              "tree": {},
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVolumeSnapshotTree(
        _ request: QueryVolumeSnapshotTree.Request
    ) async throws -> QueryVolumeSnapshotTree.Response {
        try Self.example(QueryVolumeSnapshotTree.Response.self, json: Self.queryVolumeSnapshotTreeExample)
    }
}
