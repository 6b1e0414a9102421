public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateLoadBalancerServerGroup``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateLoadBalancerServerGroupExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "940b396885443e7b3c453b3231182f07",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "a9e8170757f5fbc5b1db1ec141cb43d3",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "listenerServerGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "064e129adcf7e32ccd17866ec645aed0",
                "serverGroupUuid": "60213f4af2f39f479fc93208a4d37690",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverIps": [
              {
                "id": 1,
                "description": "description",
                "serverGroupUuid": "9c21ef9b8db0f69830a43f5a90f72fab",
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
                "serverGroupUuid": "7e00c33b36791d04b7b75847a3aa6bbd",
                "vmNicUuid": "cb1d098557b59cbdf5619e45ef9ea7d4",
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
    public func updateLoadBalancerServerGroup(
        _ request: UpdateLoadBalancerServerGroup.Request
    ) async throws -> UpdateLoadBalancerServerGroup.Response {
        try Self.example(UpdateLoadBalancerServerGroup.Response.self, json: Self.updateLoadBalancerServerGroupExample)
    }
}
