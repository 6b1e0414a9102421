public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryHostNetworkInterfaceLldp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryHostNetworkInterfaceLldpExample = #"""
        {
          "inventories": [
            {
              "uuid": "bf622293ffc197789d43d2468c956cf1",
              "interfaceUuid": "55cd5ad8d805050074ebc5f007ff3ab8",
              "mode": "mode",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "lldp": {
                "lldpUuid": "e15ea286068b8e115888d828030284d5",
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
    public func queryHostNetworkInterfaceLldp(
        _ request: QueryHostNetworkInterfaceLldp.Request
    ) async throws -> QueryHostNetworkInterfaceLldp.Response {
        try Self.example(QueryHostNetworkInterfaceLldp.Response.self, json: Self.queryHostNetworkInterfaceLldpExample)
    }
}
