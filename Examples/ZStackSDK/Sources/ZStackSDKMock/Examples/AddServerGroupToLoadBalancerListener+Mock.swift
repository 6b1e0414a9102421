public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``AddServerGroupToLoadBalancerListener``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let addServerGroupToLoadBalancerListenerExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "930eb82c18005d87ae0bd06aa657d085",
            "name": "name",
            "description": "description",
            "loadBalancerUuid": "b1523c7a21f56c7d97c0b248a04defe1",
            "instancePort": 1,
            "loadBalancerPort": 1,
            "protocol": "protocol",
            "serverGroupUuid": "0280f47bafbcea3263ebc73b4103bef1",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "vmNicRefs": [
              {
                "id": 1,
                "listenerUuid": "5cfcbe25002472c98898d51fb86a40b4",
                "vmNicUuid": "5aa8b5c46188ce2d050bbfa5253f582f",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "aclRefs": [
              {
                "id": 1,
                "listenerUuid": "890784de8262654ec83b5658133b0919",
                "aclUuid": "81276240f9854e8f716a8243725393f3",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "certificateRefs": [
              {
                "id": 1,
                "listenerUuid": "e35d51f995b14965f3c4d2340f7eeb59",
                "certificateUuid": "39858495d047dceda91a0d13f2c4e4b0",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "serverGroupRefs": [
              {
                "id": 1,
                "listenerUuid": "941564cd01154f4c922a8534594d40e7",
                "serverGroupUuid": "4de24a5b6b7dc61f909aa243ab789c78",
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
    public func addServerGroupToLoadBalancerListener(
        _ request: AddServerGroupToLoadBalancerListener.Request
    ) async throws -> AddServerGroupToLoadBalancerListener.Response {
        try Self.example(AddServerGroupToLoadBalancerListener.Response.self, json: Self.addServerGroupToLoadBalancerListenerExample)
    }
}
