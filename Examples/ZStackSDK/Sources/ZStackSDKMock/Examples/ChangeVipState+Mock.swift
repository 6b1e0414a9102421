public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeVipState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeVipStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "e947fc851ff40ac9a876f504f957e3dc",
            "name": "name",
            "description": "description",
            "l3NetworkUuid": "c430879c43d5471153ba43b7335470ef",
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
                "uuid": "d18312493791a9e785867db5b8a2cb7c",
                "serviceType": "serviceType",
                "vipUuid": "9d10c28f526e3dab5b25008e3572f9de",
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
    public func changeVipState(
        _ request: ChangeVipState.Request
    ) async throws -> ChangeVipState.Response {
        try Self.example(ChangeVipState.Response.self, json: Self.changeVipStateExample)
    }
}
