public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetPortForwardingAttachableVmNics``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getPortForwardingAttachableVmNicsExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "8447158b2d0ed1209d230b3c81cba4e1",
              "vmInstanceUuid": "425e9cbf507af654eadb159346711ff9",
              "l3NetworkUuid": "456a3c8669f4caa6ed4f11b98bf6862d",
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
                  "uuid": "c1ba702b6f6e33a03761687d75ca70da",
                  "ipRangeUuid": "ad1fb2c41e4d421bcdd44bc827c0c369",
                  "l3NetworkUuid": "e8483e76401cc892da1987fcd2664687",
                  "ipVersion": 1,
                  "ip": "ip",
                  "netmask": "netmask",
                  "gateway": "gateway",
                  "usedFor": "usedFor",
                  "ipInLong": 1,
                  "ipInBinary": [
                    1
                  ],
                  "vmNicUuid": "66078c67a0eead66dea0315956a92057",
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
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getPortForwardingAttachableVmNics(
        _ request: GetPortForwardingAttachableVmNics.Request
    ) async throws -> GetPortForwardingAttachableVmNics.Response {
        try Self.example(GetPortForwardingAttachableVmNics.Response.self, json: Self.getPortForwardingAttachableVmNicsExample)
    }
}
