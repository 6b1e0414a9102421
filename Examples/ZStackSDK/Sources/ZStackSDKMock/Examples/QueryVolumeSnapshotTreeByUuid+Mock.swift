public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVolumeSnapshotTreeByUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVolumeSnapshotTreeByUuidExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "a66a1ecfeb0057579edf66306d971dc7",
              "volumeUuid": "fc7af989484b9b7f6530b029224329b4",
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
    public func queryVolumeSnapshotTreeByUuid(
        _ request: QueryVolumeSnapshotTreeByUuid.Request
    ) async throws -> QueryVolumeSnapshotTreeByUuid.Response {
        try Self.example(QueryVolumeSnapshotTreeByUuid.Response.self, json: Self.queryVolumeSnapshotTreeByUuidExample)
    }
}
