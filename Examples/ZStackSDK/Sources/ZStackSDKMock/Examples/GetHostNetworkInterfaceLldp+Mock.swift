public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetHostNetworkInterfaceLldp``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getHostNetworkInterfaceLldpExample = #"""
        {
          "lldp": {
            "lldpUuid": "9b4d2f11d58512ae0d9da4918df2c689",
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
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getHostNetworkInterfaceLldp(
        _ request: GetHostNetworkInterfaceLldp.Request
    ) async throws -> GetHostNetworkInterfaceLldp.Response {
        try Self.example(GetHostNetworkInterfaceLldp.Response.self, json: Self.getHostNetworkInterfaceLldpExample)
    }
}
