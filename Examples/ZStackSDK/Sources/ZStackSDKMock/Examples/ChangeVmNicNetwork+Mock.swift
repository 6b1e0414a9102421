public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeVmNicNetwork``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeVmNicNetworkExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "3d045d90538cc17215674666b8e25b3d",
            "vmInstanceUuid": "0dd6f36f55b1af2e4f3513601f46996f",
            "l3NetworkUuid": "cd4a0b70c7c52908fff537d80f6e6c34",
            "ip": "ip",
            "mac": "mac",
            "hypervisorType": "hypervisorType",
            "netmask": "netmask",
            "gateway": "gateway",
            "metaData": "metaData",
            "ipVersion": 1,
            "driverType": "driverType",
            "usedIps": [
              {
                "uuid": "e5ce2d60c024acf604f96de62a8c47cb",
                "ipRangeUuid": "3cf9f3c9057a782d8a23ef59172bc24a",
                "l3NetworkUuid": "649df2738cd4459ca52ac302db4d04f3",
                "ipVersion": 1,
                "ip": "ip",
                "netmask": "netmask",
                "gateway": "gateway",
                "usedFor": "usedFor",
                "ipInLong": 1,
                "ipInBinary": [
                  1
                ],
                "vmNicUuid": "cd099fda6956f19c5bb65b6f859fde9f",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "internalName": "internalName",
            "deviceId": 1,
            "type": "type",
            "state": "state",
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
    public func changeVmNicNetwork(
        _ request: ChangeVmNicNetwork.Request
    ) async throws -> ChangeVmNicNetwork.Response {
        try Self.example(ChangeVmNicNetwork.Response.self, json: Self.changeVmNicNetworkExample)
    }
}
