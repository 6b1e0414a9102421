public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeHostNetworkInterfaceLldpMode``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeHostNetworkInterfaceLldpModeExample = #"""
        {
          "inventories": [
            {
              "uuid": "dbe351bc5cfdfa521f85e66921f16d2b",
              "interfaceUuid": "53edfb02d032653eedd5b129d4025c97",
              "mode": "mode",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "lldp": {
                "lldpUuid": "cd82d1cd21e7a90747eb8fe6695cebc6",
                "chassisId": "chassisId",
                "timeToLive": 1,
                "managementAddress": "managementAddress",
                "systemName": "systemName",
                "systemDescription": "systemDescription",
                "systemCapabilities": "systemCapabilities",
                "portId": "portId",
                "portDescription": "portDescription",
                "vlanId": 1,
                "aggregationPortId": 1,
                "mtu": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeHostNetworkInterfaceLldpMode(
        _ request: ChangeHostNetworkInterfaceLldpMode.Request
    ) async throws -> ChangeHostNetworkInterfaceLldpMode.Response {
        try Self.example(ChangeHostNetworkInterfaceLldpMode.Response.self, json: Self.changeHostNetworkInterfaceLldpModeExample)
    }
}
