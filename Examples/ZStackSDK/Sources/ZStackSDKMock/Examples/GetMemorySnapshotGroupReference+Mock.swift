public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetMemorySnapshotGroupReference``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getMemorySnapshotGroupReferenceExample = #"""
        {
          "inventories": [
            {
              "uuid": "e420897ce0df3f6aa9a0bb9f88c8bfc8",
              "snapshotCount": 1,
              "name": "name",
              "description": "description",
              "vmInstanceUuid": "27b9d55811b343e29c9d83661b9bdb62",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "volumeSnapshotRefs": [
                {
                  "volumeSnapshotUuid": "95cc8bc0bf0319c4acbff7a31cfb4254",
                  "volumeSnapshotGroupUuid": "166d092aabcffeccaefc32f4a591d521",
                  "deviceId": 1,
                  "snapshotDeleted": true,
                  "volumeUuid": "e7f1aaca2044ebb092a7ba0caa5e950f",
                  "volumeName": "volumeName",
                  "volumeType": "volumeType",
                  "volumeSnapshotInstallPath": "volumeSnapshotInstallPath",
                  "volumeSnapshotName": "volumeSnapshotName",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ]
            }
          ],
          "resourceUuid": "1e45d0956e7e9b5568a371aa7e7f1bc4",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getMemorySnapshotGroupReference(
        _ request: GetMemorySnapshotGroupReference.Request
    ) async throws -> GetMemorySnapshotGroupReference.Response {
        try Self.example(GetMemorySnapshotGroupReference.Response.self, json: Self.getMemorySnapshotGroupReferenceExample)
    }
}
