public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateVmNicsForLoadBalancer``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateVmNicsForLoadBalancerExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "d785eb543a19c5730deb76cab1d55d90",
              "vmInstanceUuid": "b3991b692639903f79dce2b40190adf5",
              "l3NetworkUuid": "53ca5a64a68087c391f8c3ebd8407681",
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
                  "uuid": "e0ff69c01aa84561b30632bcb18d1480",
                  "ipRangeUuid": "bb45015485a202f8ee2c80958446176e",
                  "l3NetworkUuid": "a3e48b16e5158a25f85f4924e86a0552",
                  "ipVersion": 1,
                  "ip": "ip",
                  "netmask": "netmask",
                  "gateway": "gateway",
                  "usedFor": "usedFor",
                  "ipInLong": 1,
                  "ipInBinary": [
                    1
                  ],
                  "vmNicUuid": "b5c52e9b2a768c690bf987ac9a8623bd",
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
    public func getCandidateVmNicsForLoadBalancer(
        _ request: GetCandidateVmNicsForLoadBalancer.Request
    ) async throws -> GetCandidateVmNicsForLoadBalancer.Response {
        try Self.example(GetCandidateVmNicsForLoadBalancer.Response.self, json: Self.getCandidateVmNicsForLoadBalancerExample)
    }
}
