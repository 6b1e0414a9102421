public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVip``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVipExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "34434594d53ae80306660398ce016f56",
            "name": "name",
            "description": "description",
            "l3NetworkUuid": "db418cea077766bb0c15d08a2d83623b",
            "ip": "ip",
            "state": "state",
            "gateway": "gateway",
            "netmask": "netmask",
            "prefixLen": 1,
            "serviceProvider": "serviceProvider",
            "peerL3NetworkUuids": [
              "peerL3NetworkUuids"
            ],
            "servicesRefs": [
              {
                "uuid": "a3c46904c621eb99a96d3aba19a6cce3",
                "serviceType": "serviceType",
                "vipUuid": "12c4abff687a1de5ca3cf3fdb05c0fcd",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "useFor": "useFor",
            "system": true,
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createVip(
        _ request: CreateVip.Request
    ) async throws -> CreateVip.Response {
        try Self.example(CreateVip.Response.self, json: Self.createVipExample)
    }
}
