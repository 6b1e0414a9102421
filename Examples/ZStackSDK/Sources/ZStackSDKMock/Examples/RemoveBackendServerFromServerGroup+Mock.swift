public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``RemoveBackendServerFromServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let removeBackendServerFromServerGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "d253c45ad6f2cd603670f4856b60b3a5",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "d0f0660dcf094b7eb13a0bdd45de23c0",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listenerServerGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "9414a6b6525fbc0528674ded9c26c78a",
                "serverGroupUuid": "80079b8f20f969e06a485672583e118c",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverIps": [
              {
                "id": 1,
                "description": "description",
                "serverGroupUuid": "76a921602dec391f0d3889a33325acc4",
                "ipAddress": "ipAddress",
                "weight": 1,
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "vmNicRefs": [
              {
                "id": 1,
                "serverGroupUuid": "f6af71b50f6567f7dd842da276f68cca",
                "vmNicUuid": "8a196f892262ed4afd6b5a691a9c3da5",
                "weight": 1,
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func removeBackendServerFromServerGroup(
        _ request: RemoveBackendServerFromServerGroup.Request
    ) async throws -> RemoveBackendServerFromServerGroup.Response {
        try Self.example(RemoveBackendServerFromServerGroup.Response.self, json: Self.removeBackendServerFromServerGroupExample)
    }
}
