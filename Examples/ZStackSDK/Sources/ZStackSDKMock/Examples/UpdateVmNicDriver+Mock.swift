public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``UpdateVmNicDriver``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let updateVmNicDriverExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "2fd331c7497aa0765a664a2a5f26153a",
            "vmInstanceUuid": "f54398a568b059da7fa9d28eafcec1c3",
            "l3NetworkUuid": "e921ac10c31dbd046e6f4eafd085dcfa",
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
                "uuid": "3193b440b0e92e5a3e73852a4763c167",
                "ipRangeUuid": "0b9c402420f3979d7946516b3c2df33b",
                "l3NetworkUuid": "84336b986de276a8202f2927d67fa1f5",
                "ipVersion": 1,
                "ip": "ip",
                "netmask": "netmask",
                "gateway": "gateway",
                "usedFor": "usedFor",
                "ipInLong": 1,
                "ipInBinary": [
                  1
                ],
                "vmNicUuid": "82c5072c7bdda08c9514b46f6114d50e",
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
    public func updateVmNicDriver(
        _ request: UpdateVmNicDriver.Request
    ) async throws -> UpdateVmNicDriver.Response {
        try Self.example(UpdateVmNicDriver.Response.self, json: Self.updateVmNicDriverExample)
    }
}
