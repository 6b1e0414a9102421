public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddBackendServerToServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addBackendServerToServerGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "5a78a596dc527bab9df98d7d5253ee8d",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "95206ac5e7f3eef5c7b1f0daefff9d1d",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listenerServerGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "2b7427eab8c9adbc601fc1d773a8d7ed",
                "serverGroupUuid": "15f9c971aff9a1575f7ccdd288b9648f",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverIps": [
              {
                "id": 1,
                "description": "description",
                "serverGroupUuid": "5ca6c6e2216fbd482541c2f72874d627",
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
                "serverGroupUuid": "d2ddc6124c416894f92a214cecfc1360",
                "vmNicUuid": "ca6ae6c4e132e0ad4267e1c3e961d007",
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
    public func addBackendServerToServerGroup(
        _ request: AddBackendServerToServerGroup.Request
    ) async throws -> AddBackendServerToServerGroup.Response {
        try Self.example(AddBackendServerToServerGroup.Response.self, json: Self.addBackendServerToServerGroupExample)
    }
}
