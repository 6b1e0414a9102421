public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateVmNic``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createVmNicExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "554d890e0804a88fb873dc0702e955f9",
            "vmInstanceUuid": "329f55d2ae3ab60fbff33e96581bb498",
            "l3NetworkUuid": "7571b57a69d44fbb6ef53994a973003a",
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
                "uuid": "1bcaf363c4f7988534ecf9483b0dc62f",
                "ipRangeUuid": "a20b049f6902bdf0f56e9a0f3a2f078f",
                "l3NetworkUuid": "922e411a23b82cf523132d2e99c2d7a1",
                "ipVersion": 1,
                "ip": "ip",
                "netmask": "netmask",
                "gateway": "gateway",
                "usedFor": "usedFor",
                "ipInLong": 1,
                "ipInBinary": [
                  1
                ],
                "vmNicUuid": "874d598c8742dc090fdfb895aeb68372",
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
    public func createVmNic(
        _ request: CreateVmNic.Request
    ) async throws -> CreateVmNic.Response {
        try Self.example(CreateVmNic.Response.self, json: Self.createVmNicExample)
    }
}
