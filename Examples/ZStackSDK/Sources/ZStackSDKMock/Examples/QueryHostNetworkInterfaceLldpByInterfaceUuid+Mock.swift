public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryHostNetworkInterfaceLldpByInterfaceUuid``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryHostNetworkInterfaceLldpByInterfaceUuidExample = #"""
        {
          "inventories": [
            {
              "uuid": "9d141e25349a9ece095e64044ba6ea06",
              "interfaceUuid": "3d4c1af8080201b64cd8c960c0aa66b1",
              "mode": "mode",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "lldp": {
                "lldpUuid": "122b25df39f42753cc18ffd540a5771d",
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
          "success": true,
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryHostNetworkInterfaceLldpByInterfaceUuid(
        _ request: QueryHostNetworkInterfaceLldpByInterfaceUuid.Request
    ) async throws -> QueryHostNetworkInterfaceLldpByInterfaceUuid.Response {
        try Self.example(QueryHostNetworkInterfaceLldpByInterfaceUuid.Response.self, json: Self.queryHostNetworkInterfaceLldpByInterfaceUuidExample)
    }
}
