public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetIpAddressCapacity``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getIpAddressCapacityExample = #"""
        {
          "totalCapacity": 1,
          "availableCapacity": 1,
          "usedIpAddressNumber": 1,
          "ipv4TotalCapacity": 1,
          "ipv4AvailableCapacity": 1,
          "ipv4UsedIpAddressNumber": 1,
          "ipv6TotalCapacity": 1,
          "ipv6AvailableCapacity": 1,
          "ipv6UsedIpAddressNumber": 1,
          "capacityData": [
            {
              "resourceUuid": "9a52f11981c44882c8c1098be00f8988",
              "totalCapacity": 1,
              "availableCapacity": 1,
              "usedIpAddressNumber": 1,
              "ipv4TotalCapacity": 1,
              "ipv4AvailableCapacity": 1,
              "ipv4UsedIpAddressNumber": 1,
              "ipv6TotalCapacity": 1,
              "ipv6AvailableCapacity": 1,
              "ipv6UsedIpAddressNumber": 1
            }
          ],
          "resourceType": "resourceType",
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getIpAddressCapacity(
        _ request: GetIpAddressCapacity.Request
    ) async throws -> GetIpAddressCapacity.Response {
        try Self.example(GetIpAddressCapacity.Response.self, json: Self.getIpAddressCapacityExample)
    }
}
