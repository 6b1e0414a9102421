public import ZStackSDK

/// The server side of the ZStack Cloud REST API: one method per endpoint.
///
/// A type that conforms answers the calls of every endpoint; ``registerHandlers(on:serverURL:configuration:middlewares:)``
/// serves it on any `ServerTransport` of the Swift OpenAPI ecosystem (Hummingbird, Vapor, …). Each method gets the
/// same typed request that the client's method of the endpoint sends, and returns the same typed reply.
///
/// ```swift
/// struct Handler: ZStackAPIHandler {
///     func addAccessControlListEntry(
///         _ request: AddAccessControlListEntry.Request
///     ) async throws -> AddAccessControlListEntry.Response {
///         AddAccessControlListEntry.Response()
///     }
///     // ... and one method for each other endpoint.
/// }
///
/// let router = Router()
/// try Handler().registerHandlers(on: router)
/// ```
///
/// A method answers with a failure reply by throwing ``ZStackServerError``; any other error is answered with
/// `500 Internal Server Error`. Methods of asynchronous endpoints run as jobs after the call has been accepted.
public nonisolated protocol ZStackAPIHandler: Sendable {
    /// AddAccessControlListEntry
    ///
    /// 向访问控制策略组添加IP组
    ///
    /// `POST /zstack/v1/access-control-lists/{aclUuid}/ipentries`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 访问控制策略组的IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addAccessControlListEntry(
        _ request: AddAccessControlListEntry.Request
    ) async throws -> AddAccessControlListEntry.Response

    /// AddAccessControlListRedirectRule
    ///
    /// 向访问控制策略组添加转发规则
    ///
    /// `POST /zstack/v1/access-control-lists/{aclUuid}/redirectRules`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 访问控制策略组的IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addAccessControlListRedirectRule(
        _ request: AddAccessControlListRedirectRule.Request
    ) async throws -> AddAccessControlListRedirectRule.Response

    /// AddAccessControlListToLoadBalancer
    ///
    /// 添加监听器的访问控制策略
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 添加监听器的访问控制策略
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addAccessControlListToLoadBalancer(
        _ request: AddAccessControlListToLoadBalancer.Request
    ) async throws -> AddAccessControlListToLoadBalancer.Response

    /// 添加后端服务器到服务器组
    ///
    /// 负载均衡器服务器组添加后端服务器
    ///
    /// `POST /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器服务器组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addBackendServerToServerGroup(
        _ request: AddBackendServerToServerGroup.Request
    ) async throws -> AddBackendServerToServerGroup.Response

    /// 添加镜像服务器(AddBackupStorage)
    ///
    /// 添加镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addBackupStorage(
        _ request: AddBackupStorage.Request
    ) async throws -> AddBackupStorage.Response

    /// 添加Ceph镜像服务器(AddCephBackupStorage)
    ///
    /// 添加Ceph镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/ceph`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addCephBackupStorage(
        _ request: AddCephBackupStorage.Request
    ) async throws -> AddCephBackupStorage.Response

    /// 添加 Ceph 主存储(AddCephPrimaryStorage)
    ///
    /// 添加 Ceph 主存储
    ///
    /// `POST /zstack/v1/primary-storage/ceph`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addCephPrimaryStorage(
        _ request: AddCephPrimaryStorage.Request
    ) async throws -> AddCephPrimaryStorage.Response

    /// AddCephPrimaryStoragePool
    ///
    /// 为Ceph主存储添加Pool
    ///
    /// `POST /zstack/v1/primary-storage/ceph/{primaryStorageUuid}/pools`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addCephPrimaryStoragePool(
        _ request: AddCephPrimaryStoragePool.Request
    ) async throws -> AddCephPrimaryStoragePool.Response

    /// AddCertificateToLoadBalancerListener
    ///
    /// 添加证书到负载均衡
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addCertificateToLoadBalancerListener(
        _ request: AddCertificateToLoadBalancerListener.Request
    ) async throws -> AddCertificateToLoadBalancerListener.Response

    /// 向三层网络添加DNS(AddDnsToL3Network)
    ///
    /// 向三层网络添加DNS
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/dns`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addDnsToL3Network(
        _ request: AddDnsToL3Network.Request
    ) async throws -> AddDnsToL3Network.Response

    /// AddExternalBackupStorage
    ///
    /// 添加外部镜像存储
    ///
    /// `POST /zstack/v1/backup-storage/addon`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 添加外部镜像存储结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addExternalBackupStorage(
        _ request: AddExternalBackupStorage.Request
    ) async throws -> AddExternalBackupStorage.Response

    /// AddExternalPrimaryStorage
    ///
    /// 添加外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addExternalPrimaryStorage(
        _ request: AddExternalPrimaryStorage.Request
    ) async throws -> AddExternalPrimaryStorage.Response

    /// AddHostRouteToL3Network
    ///
    /// 向三层网络添加DNS主机路由
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/hostroute`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addHostRouteToL3Network(
        _ request: AddHostRouteToL3Network.Request
    ) async throws -> AddHostRouteToL3Network.Response

    /// 添加镜像(AddImage)
    ///
    /// 向镜像服务器添加镜像
    ///
    /// `POST /zstack/v1/images`, asynchronous, authorization required. The method runs as a job after the call has been
    /// accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addImage(
        _ request: AddImage.Request
    ) async throws -> AddImage.Response

    /// 添加IP地址范围(AddIpRange)
    ///
    /// 添加IP地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addIpRange(
        _ request: AddIpRange.Request
    ) async throws -> AddIpRange.Response

    /// 通过网络CIDR添加IP地址范围(AddIpRangeByNetworkCidr)
    ///
    /// 通过网络CIDR添加IP地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ip-ranges/by-cidr`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addIpRangeByNetworkCidr(
        _ request: AddIpRangeByNetworkCidr.Request
    ) async throws -> AddIpRangeByNetworkCidr.Response

    /// 添加IP地址范围(AddIpv6Range)
    ///
    /// 添加IPv6地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addIpv6Range(
        _ request: AddIpv6Range.Request
    ) async throws -> AddIpv6Range.Response

    /// 通过网络CIDR添加IPv6地址范围(AddIpv6RangeByNetworkCidr)
    ///
    /// 通过网络CIDR添加IPv6地址范围
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/ipv6-ranges/by-cidr`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addIpv6RangeByNetworkCidr(
        _ request: AddIpv6RangeByNetworkCidr.Request
    ) async throws -> AddIpv6RangeByNetworkCidr.Response

    /// AddKVMHost
    ///
    /// 添加KVM主机
    ///
    /// 添加KVM主机
    ///
    /// `POST /zstack/v1/hosts/kvm`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addKVMHost(
        _ request: AddKVMHost.Request
    ) async throws -> AddKVMHost.Response

    /// AddLdapServer
    ///
    /// 添加LDAP服务器
    ///
    /// 添加LDAP服务器
    ///
    /// `POST /zstack/v1/ldap/servers`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: LDAP服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addLdapServer(
        _ request: AddLdapServer.Request
    ) async throws -> AddLdapServer.Response

    /// 添加本地存储为主存储(AddLocalPrimaryStorage)
    ///
    /// 添加类型为本地存储的主存储
    ///
    /// `POST /zstack/v1/primary-storage/local-storage`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addLocalPrimaryStorage(
        _ request: AddLocalPrimaryStorage.Request
    ) async throws -> AddLocalPrimaryStorage.Response

    /// 为 Ceph 镜像服务器添加 mon 节点(AddMonToCephBackupStorage)
    ///
    /// 为 Ceph 镜像服务器添加 mon 节点
    ///
    /// `POST /zstack/v1/backup-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 为Ceph镜像服务器添加 Mon节点
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addMonToCephBackupStorage(
        _ request: AddMonToCephBackupStorage.Request
    ) async throws -> AddMonToCephBackupStorage.Response

    /// 为 Ceph 主存储添加 mon 节点(AddMonToCephPrimaryStorage)
    ///
    /// 为 Ceph 主存储添加 mon 节点
    ///
    /// `POST /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addMonToCephPrimaryStorage(
        _ request: AddMonToCephPrimaryStorage.Request
    ) async throws -> AddMonToCephPrimaryStorage.Response

    /// 添加 NFS 主存储(AddNfsPrimaryStorage)
    ///
    /// 添加 NFS 主存储
    ///
    /// `POST /zstack/v1/primary-storage/nfs`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addNfsPrimaryStorage(
        _ request: AddNfsPrimaryStorage.Request
    ) async throws -> AddNfsPrimaryStorage.Response

    /// AddPolicyStatementsToRole
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addPolicyStatementsToRole(
        _ request: AddPolicyStatementsToRole.Request
    ) async throws -> AddPolicyStatementsToRole.Response

    /// 添加主存储(AddPrimaryStorage)
    ///
    /// 添加主存储
    ///
    /// `POST /zstack/v1/primary-storage`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addPrimaryStorage(
        _ request: AddPrimaryStorage.Request
    ) async throws -> AddPrimaryStorage.Response

    /// AddReservedIpRange
    ///
    /// 添加保留地址段
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/reserved-ip-ranges`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 添加保留地址段清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addReservedIpRange(
        _ request: AddReservedIpRange.Request
    ) async throws -> AddReservedIpRange.Response

    /// AddResourcesToDirectory
    ///
    /// 资源加入指定目录
    ///
    /// `POST /zstack/v1/add/resources/directory`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 资源加入目录返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addResourcesToDirectory(
        _ request: AddResourcesToDirectory.Request
    ) async throws -> AddResourcesToDirectory.Response

    /// AddSdnController
    ///
    /// 添加SDN控制器
    ///
    /// `POST /zstack/v1/sdn-controllers`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addSdnController(
        _ request: AddSdnController.Request
    ) async throws -> AddSdnController.Response

    /// AddSecurityGroupRule
    ///
    /// 用户可以使用AddSecurityGroupRule添加规则到安全组
    ///
    /// 用户可以使用AddSecurityGroupRule添加规则到安全组
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/rules`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addSecurityGroupRule(
        _ request: AddSecurityGroupRule.Request
    ) async throws -> AddSecurityGroupRule.Response

    /// AddServerGroupToLoadBalancerListener
    ///
    /// 绑定负载均衡器服务器组到监听器
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器监听器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addServerGroupToLoadBalancerListener(
        _ request: AddServerGroupToLoadBalancerListener.Request
    ) async throws -> AddServerGroupToLoadBalancerListener.Response

    /// 添加sftp镜像服务器(AddSftpBackupStorage)
    ///
    /// 添加sftp镜像服务器
    ///
    /// `POST /zstack/v1/backup-storage/sftp`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Sftp镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addSftpBackupStorage(
        _ request: AddSftpBackupStorage.Request
    ) async throws -> AddSftpBackupStorage.Response

    /// 添加一个共享挂载点的主存储(AddSharedMountPointPrimaryStorage)
    ///
    /// 添加一个共享挂载点的主存储
    ///
    /// `POST /zstack/v1/primary-storage/smp`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addSharedMountPointPrimaryStorage(
        _ request: AddSharedMountPointPrimaryStorage.Request
    ) async throws -> AddSharedMountPointPrimaryStorage.Response

    /// AddSimulatorBackupStorage
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/backup-storage/simulators`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addSimulatorBackupStorage(
        _ request: AddSimulatorBackupStorage.Request
    ) async throws -> AddSimulatorBackupStorage.Response

    /// AddSimulatorHost
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/hosts/simulators`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 添加物理机消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addSimulatorHost(
        _ request: AddSimulatorHost.Request
    ) async throws -> AddSimulatorHost.Response

    /// AddSimulatorPrimaryStorage
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/primary-storage/simulators`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addSimulatorPrimaryStorage(
        _ request: AddSimulatorPrimaryStorage.Request
    ) async throws -> AddSimulatorPrimaryStorage.Response

    /// AddStorageProtocol
    ///
    /// 添加存储协议
    ///
    /// `POST /zstack/v1/primary-storage/protocol`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 添加存储协议event
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addStorageProtocol(
        _ request: AddStorageProtocol.Request
    ) async throws -> AddStorageProtocol.Response

    /// AddUserToGroup
    ///
    /// 将用于添加到用户组
    ///
    /// 将用于添加到用户组
    ///
    /// `POST /zstack/v1/accounts/groups/{groupUuid}/users`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addUserToGroup(
        _ request: AddUserToGroup.Request
    ) async throws -> AddUserToGroup.Response

    /// 添加云主机网卡到负载均衡(AddVmNicToLoadBalancer)
    ///
    /// 添加云主机网卡到负载均衡
    ///
    /// `POST /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addVmNicToLoadBalancer(
        _ request: AddVmNicToLoadBalancer.Request
    ) async throws -> AddVmNicToLoadBalancer.Response

    /// AddVmNicToSecurityGroup
    ///
    /// 用户可以使用AddVmNicToSecurityGroup来添加虚拟机网卡到安全组
    ///
    /// 用户可以使用AddVmNicToSecurityGroup来添加虚拟机网卡到安全组
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func addVmNicToSecurityGroup(
        _ request: AddVmNicToSecurityGroup.Request
    ) async throws -> AddVmNicToSecurityGroup.Response

    /// 挂载镜像服务器至区域(AttachBackupStorageToZone)
    ///
    /// 挂载镜像服务器至区域
    ///
    /// `POST /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 挂载镜像服务器至某个区域(Zone)
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachBackupStorageToZone(
        _ request: AttachBackupStorageToZone.Request
    ) async throws -> AttachBackupStorageToZone.Response

    /// AttachDataVolumeToHost
    ///
    /// 加载数据云盘到物理机
    ///
    /// 加载数据云盘到物理机
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/hosts/{hostUuid}`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 加载数据云盘到物理机返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachDataVolumeToHost(
        _ request: AttachDataVolumeToHost.Request
    ) async throws -> AttachDataVolumeToHost.Response

    /// AttachDataVolumeToVm
    ///
    /// 挂载云盘到云主机上
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/vm-instances/{vmInstanceUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachDataVolumeToVm(
        _ request: AttachDataVolumeToVm.Request
    ) async throws -> AttachDataVolumeToVm.Response

    /// 绑定弹性IP(AttachEip)
    ///
    /// 绑定弹性IP
    ///
    /// `POST /zstack/v1/eips/{eipUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachEip(
        _ request: AttachEip.Request
    ) async throws -> AttachEip.Response

    /// 加载ISO到云主机(AttachIsoToVmInstance)
    ///
    /// 加载一个ISO镜像到Running或Stopped的云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/iso/{isoUuid}`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachIsoToVmInstance(
        _ request: AttachIsoToVmInstance.Request
    ) async throws -> AttachIsoToVmInstance.Response

    /// 挂载二层网络到集群(AttachL2NetworkToCluster)
    ///
    /// 挂载二层网络到集群
    ///
    /// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachL2NetworkToCluster(
        _ request: AttachL2NetworkToCluster.Request
    ) async throws -> AttachL2NetworkToCluster.Response

    /// 加载网络到云主机(AttachL3NetworkToVm)
    ///
    /// 动态添加一个网络到Running或者Stopped的云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachL3NetworkToVm(
        _ request: AttachL3NetworkToVm.Request
    ) async throws -> AttachL3NetworkToVm.Response

    /// AttachL3NetworkToVmNic
    ///
    /// 动态添加一个网络到网卡
    ///
    /// `POST /zstack/v1/nics/{vmNicUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachL3NetworkToVmNic(
        _ request: AttachL3NetworkToVmNic.Request
    ) async throws -> AttachL3NetworkToVmNic.Response

    /// 挂载网络服务到三层网络(AttachNetworkServiceToL3Network)
    ///
    /// 挂载网络服务到三层网络
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachNetworkServiceToL3Network(
        _ request: AttachNetworkServiceToL3Network.Request
    ) async throws -> AttachNetworkServiceToL3Network.Response

    /// AttachPoliciesToUser
    ///
    /// 将策略绑定到用户
    ///
    /// 将策略绑定到用户
    ///
    /// `POST /zstack/v1/accounts/users/{userUuid}/policy-collection`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachPoliciesToUser(
        _ request: AttachPoliciesToUser.Request
    ) async throws -> AttachPoliciesToUser.Response

    /// AttachPolicyToRole
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/policies/{policyUuid}/roles/{roleUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachPolicyToRole(
        _ request: AttachPolicyToRole.Request
    ) async throws -> AttachPolicyToRole.Response

    /// AttachPolicyToUser
    ///
    /// 绑定策略到用户
    ///
    /// 绑定策略到用户
    ///
    /// `POST /zstack/v1/accounts/users/{userUuid}/policies`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachPolicyToUser(
        _ request: AttachPolicyToUser.Request
    ) async throws -> AttachPolicyToUser.Response

    /// AttachPolicyToUserGroup
    ///
    /// 绑定策略到用户组
    ///
    /// 绑定策略到用户组
    ///
    /// `POST /zstack/v1/accounts/groups/{groupUuid}/policies`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachPolicyToUserGroup(
        _ request: AttachPolicyToUserGroup.Request
    ) async throws -> AttachPolicyToUserGroup.Response

    /// AttachPortForwardingRule
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// 用户可以使用AttachPortForwardingRule来挂载一个规则到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachPortForwardingRule(
        _ request: AttachPortForwardingRule.Request
    ) async throws -> AttachPortForwardingRule.Response

    /// 向集群添加主存储(AttachPrimaryStorageToCluster)
    ///
    /// 向集群添加主存储
    ///
    /// `POST /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachPrimaryStorageToCluster(
        _ request: AttachPrimaryStorageToCluster.Request
    ) async throws -> AttachPrimaryStorageToCluster.Response

    /// AttachRoleToAccount
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachRoleToAccount(
        _ request: AttachRoleToAccount.Request
    ) async throws -> AttachRoleToAccount.Response

    /// AttachSecurityGroupToL3Network
    ///
    /// 用户可以使用AttachSecurityGroupToL3Network来挂载一个安全组到L3网络
    ///
    /// 用户可以使用AttachSecurityGroupToL3Network来挂载一个安全组到L3网络
    ///
    /// `POST /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachSecurityGroupToL3Network(
        _ request: AttachSecurityGroupToL3Network.Request
    ) async throws -> AttachSecurityGroupToL3Network.Response

    /// AttachSshKeyPairToVmInstance
    ///
    /// 云主机挂载密钥对
    ///
    /// `POST /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机挂载密钥对返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachSshKeyPairToVmInstance(
        _ request: AttachSshKeyPairToVmInstance.Request
    ) async throws -> AttachSshKeyPairToVmInstance.Response

    /// AttachVipToLoadBalancer
    ///
    /// 加载VIP到负载均衡器
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/vip/{vipUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachVipToLoadBalancer(
        _ request: AttachVipToLoadBalancer.Request
    ) async throws -> AttachVipToLoadBalancer.Response

    /// AttachVmNicToVm
    ///
    /// 加载网卡到云主机
    ///
    /// `POST /zstack/v1/vm-instances/{vmInstanceUuid}/nices/{vmNicUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func attachVmNicToVm(
        _ request: AttachVmNicToVm.Request
    ) async throws -> AttachVmNicToVm.Response

    /// 在这里填写API标题
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func backupDataVolume(
        _ request: BackupDataVolume.Request
    ) async throws -> BackupDataVolume.Response

    /// BatchDeleteVolumeSnapshot
    ///
    /// 批量删除云盘快照
    ///
    /// `PUT /zstack/v1/volume-snapshots/batch-delete`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 批量删除快照结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func batchDeleteVolumeSnapshot(
        _ request: BatchDeleteVolumeSnapshot.Request
    ) async throws -> BatchDeleteVolumeSnapshot.Response

    /// BatchQuery
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/batch-queries`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func batchQuery(
        _ request: BatchQuery.Request
    ) async throws -> BatchQuery.Response

    /// BatchSyncVolumeSize
    ///
    /// 批量刷新云盘容量
    ///
    /// `POST /zstack/v1/volumes/batch-sync-volumes`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 批量刷新云盘容量返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func batchSyncVolumeSize(
        _ request: BatchSyncVolumeSize.Request
    ) async throws -> BatchSyncVolumeSize.Response

    /// CalculateImageHash
    ///
    /// 计算镜像的MD5值
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取镜像MD5值返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func calculateImageHash(
        _ request: CalculateImageHash.Request
    ) async throws -> CalculateImageHash.Response

    /// CancelLongJob
    ///
    /// 取消长任务
    ///
    /// 取消长任务
    ///
    /// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 取消长任务结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func cancelLongJob(
        _ request: CancelLongJob.Request
    ) async throws -> CancelLongJob.Response

    /// ChangeAccessControlListRedirectRule
    ///
    /// 修改控制策略组转发规则的名称
    ///
    /// `PUT /zstack/v1/access-control-lists/redirectRules/{uuid}/actions`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeAccessControlListRedirectRule(
        _ request: ChangeAccessControlListRedirectRule.Request
    ) async throws -> ChangeAccessControlListRedirectRule.Response

    /// ChangeAccessControlListServerGroup
    ///
    /// 修改访问控制组绑定的后端服务器
    ///
    /// `PUT /zstack/v1/load-balancers/listener/acl/{aclUuid}/servergroup/actions`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeAccessControlListServerGroup(
        _ request: ChangeAccessControlListServerGroup.Request
    ) async throws -> ChangeAccessControlListServerGroup.Response

    /// 更改镜像服务器可用状态(ChangeBackupStorageState)
    ///
    /// 更改镜像服务器的可用状态
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeBackupStorageState(
        _ request: ChangeBackupStorageState.Request
    ) async throws -> ChangeBackupStorageState.Response

    /// ChangeClusterState
    ///
    /// 管理员可以使用ChangeClusterState来改变一个集群的可用状态
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeClusterState(
        _ request: ChangeClusterState.Request
    ) async throws -> ChangeClusterState.Response

    /// ChangeDiskOfferingState
    ///
    /// 更改云盘规格的启用状态
    ///
    /// 更改云盘规格的启用状态
    ///
    /// `PUT /zstack/v1/disk-offerings/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeDiskOfferingState(
        _ request: ChangeDiskOfferingState.Request
    ) async throws -> ChangeDiskOfferingState.Response

    /// 更改弹性IP状态(ChangeEipState)
    ///
    /// 更改弹性IP状态
    ///
    /// `PUT /zstack/v1/eips/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeEipState(
        _ request: ChangeEipState.Request
    ) async throws -> ChangeEipState.Response

    /// ChangeHostNetworkInterfaceLldpMode
    ///
    /// 修改lldp的工作模式
    ///
    /// `PUT /zstack/v1/hostNetworkInterface/lldp/actions`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 修改lldp的工作模式
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeHostNetworkInterfaceLldpMode(
        _ request: ChangeHostNetworkInterfaceLldpMode.Request
    ) async throws -> ChangeHostNetworkInterfaceLldpMode.Response

    /// ChangeHostState
    ///
    /// 更新物理机启用状态
    ///
    /// 更新物理机启用状态
    ///
    /// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 物理机启动状态消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeHostState(
        _ request: ChangeHostState.Request
    ) async throws -> ChangeHostState.Response

    /// 修改镜像状态(ChangeImageState)
    ///
    /// 修改镜像状态
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeImageState(
        _ request: ChangeImageState.Request
    ) async throws -> ChangeImageState.Response

    /// ChangeInstanceOffering
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeInstanceOffering(
        _ request: ChangeInstanceOffering.Request
    ) async throws -> ChangeInstanceOffering.Response

    /// ChangeInstanceOfferingState
    ///
    /// 更改云主机规格的启用状态
    ///
    /// 更改云主机规格的启用状态
    ///
    /// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeInstanceOfferingState(
        _ request: ChangeInstanceOfferingState.Request
    ) async throws -> ChangeInstanceOfferingState.Response

    /// ChangeL2NetworkVlanId
    ///
    /// 修改二层物理VlanId
    ///
    /// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 修改二层物理VlanId结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeL2NetworkVlanId(
        _ request: ChangeL2NetworkVlanId.Request
    ) async throws -> ChangeL2NetworkVlanId.Response

    /// ChangeL3NetworkDhcpIpAddress
    ///
    /// 修改DHCP服务器地址
    ///
    /// `PUT /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 修改DHCP服务器地址清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeL3NetworkDhcpIpAddress(
        _ request: ChangeL3NetworkDhcpIpAddress.Request
    ) async throws -> ChangeL3NetworkDhcpIpAddress.Response

    /// 改变三层网络状态(ChangeL3NetworkState)
    ///
    /// 改变三层网络状态
    ///
    /// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeL3NetworkState(
        _ request: ChangeL3NetworkState.Request
    ) async throws -> ChangeL3NetworkState.Response

    /// 修改负载均衡后端服务器参数
    ///
    /// 修改负载均衡后端服务器参数
    ///
    /// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendserver/actions`, asynchronous,
    /// authorization required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器服务器组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeLoadBalancerBackendServer(
        _ request: ChangeLoadBalancerBackendServer.Request
    ) async throws -> ChangeLoadBalancerBackendServer.Response

    /// ChangeLoadBalancerListener
    ///
    /// 修改负载均衡监听器参数
    ///
    /// `PUT /zstack/v1/load-balancers/listeners/{uuid}/actions`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeLoadBalancerListener(
        _ request: ChangeLoadBalancerListener.Request
    ) async throws -> ChangeLoadBalancerListener.Response

    /// ChangePortForwardingRuleState
    ///
    /// 改变端口转发规则的状态
    ///
    /// 改变端口转发规则的状态
    ///
    /// `PUT /zstack/v1/port-forwarding/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changePortForwardingRuleState(
        _ request: ChangePortForwardingRuleState.Request
    ) async throws -> ChangePortForwardingRuleState.Response

    /// 更改主存储状态(ChangePrimaryStorageState)
    ///
    /// 更改主存储状态
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changePrimaryStorageState(
        _ request: ChangePrimaryStorageState.Request
    ) async throws -> ChangePrimaryStorageState.Response

    /// ChangeResourceOwner
    ///
    /// 变更资源所有者
    ///
    /// 变更资源所有者
    ///
    /// `POST /zstack/v1/account/{accountUuid}/resources`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户资源引用清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeResourceOwner(
        _ request: ChangeResourceOwner.Request
    ) async throws -> ChangeResourceOwner.Response

    /// ChangeRoleState
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/identities/roles/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeRoleState(
        _ request: ChangeRoleState.Request
    ) async throws -> ChangeRoleState.Response

    /// ChangeSecurityGroupRule
    ///
    /// 更改安全组规则
    ///
    /// 更改安全组规则
    ///
    /// `PUT /zstack/v1/security-groups/rules/{uuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeSecurityGroupRule(
        _ request: ChangeSecurityGroupRule.Request
    ) async throws -> ChangeSecurityGroupRule.Response

    /// ChangeSecurityGroupRuleState
    ///
    /// 更改安全组规则状态
    ///
    /// 更改安全组规则状态
    ///
    /// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/state/actions`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeSecurityGroupRuleState(
        _ request: ChangeSecurityGroupRuleState.Request
    ) async throws -> ChangeSecurityGroupRuleState.Response

    /// ChangeSecurityGroupState
    ///
    /// 改变安全组状态
    ///
    /// 改变安全组状态
    ///
    /// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeSecurityGroupState(
        _ request: ChangeSecurityGroupState.Request
    ) async throws -> ChangeSecurityGroupState.Response

    /// ChangeVipState
    ///
    /// 更改VIP启用状态
    ///
    /// 更改VIP启用状态
    ///
    /// `PUT /zstack/v1/vips/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeVipState(
        _ request: ChangeVipState.Request
    ) async throws -> ChangeVipState.Response

    /// 改变网卡的L3网络
    ///
    /// 改变Stopped的云主机的网卡的L3网络
    ///
    /// `POST /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks/{destL3NetworkUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 网卡清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeVmNicNetwork(
        _ request: ChangeVmNicNetwork.Request
    ) async throws -> ChangeVmNicNetwork.Response

    /// ChangeVmNicSecurityPolicy
    ///
    /// 更改网卡的默认流量策略
    ///
    /// 更改网卡的安全策略
    ///
    /// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/security-policy/actions`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeVmNicSecurityPolicy(
        _ request: ChangeVmNicSecurityPolicy.Request
    ) async throws -> ChangeVmNicSecurityPolicy.Response

    /// ChangeVmNicState
    ///
    /// 修改云主机网卡状态
    ///
    /// `PUT /zstack/v1/vm-instances/nics/{vmNicUuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeVmNicState(
        _ request: ChangeVmNicState.Request
    ) async throws -> ChangeVmNicState.Response

    /// ChangeVolumeState
    ///
    /// 开启或关闭云盘
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeVolumeState(
        _ request: ChangeVolumeState.Request
    ) async throws -> ChangeVolumeState.Response

    /// 改变区域的可用状态(ChangeZoneState)
    ///
    /// 改变区域的可用状态
    ///
    /// 改变区域的可用状态
    ///
    /// `PUT /zstack/v1/zones/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func changeZoneState(
        _ request: ChangeZoneState.Request
    ) async throws -> ChangeZoneState.Response

    /// CheckApiPermission
    ///
    /// 检查API权限
    ///
    /// 检查API权限
    ///
    /// `PUT /zstack/v1/accounts/permissions/actions`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: API权限清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func checkApiPermission(
        _ request: CheckApiPermission.Request
    ) async throws -> CheckApiPermission.Response

    /// CheckElaborationContent
    ///
    /// 检查错误码文件的格式
    ///
    /// 检查错误码文件的格式
    ///
    /// `POST /zstack/v1/errorcode/elaborations/check`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 错误码文件检查结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func checkElaborationContent(
        _ request: CheckElaborationContent.Request
    ) async throws -> CheckElaborationContent.Response

    /// 检查IP可用性(CheckIpAvailability)
    ///
    /// 检查IP可用性
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/{ip}/availability`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可用性结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func checkIpAvailability(
        _ request: CheckIpAvailability.Request
    ) async throws -> CheckIpAvailability.Response

    /// CheckVipPortAvailability
    ///
    /// 检查VIP端口是否空闲
    ///
    /// `GET /zstack/v1/vips/{vipUuid}/check-port-availability`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 检查VIP端口是否空闲
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func checkVipPortAvailability(
        _ request: CheckVipPortAvailability.Request
    ) async throws -> CheckVipPortAvailability.Response

    /// CheckVolumeSnapshotGroupAvailability
    ///
    /// 检查快照组可用性
    ///
    /// `GET /zstack/v1/volume-snapshots/groups/availabilities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 检查快照组可用性
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func checkVolumeSnapshotGroupAvailability(
        _ request: CheckVolumeSnapshotGroupAvailability.Request
    ) async throws -> CheckVolumeSnapshotGroupAvailability.Response

    /// CleanInvalidLdapBinding
    ///
    /// 清理无效的LDAP绑定
    ///
    /// 清理无效的LDAP绑定
    ///
    /// `PUT /zstack/v1/ldap/bindings/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 被清理的LDAP账户绑定关系清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func cleanInvalidLdapBinding(
        _ request: CleanInvalidLdapBinding.Request
    ) async throws -> CleanInvalidLdapBinding.Response

    /// CleanLongJob
    ///
    /// 清理Long Job
    ///
    /// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 清理Long Job的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func cleanLongJob(
        _ request: CleanLongJob.Request
    ) async throws -> CleanLongJob.Response

    /// CleanQueue
    ///
    /// 清理管理节点队列
    ///
    /// `PUT /zstack/v1/clean/queue`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 清理管理节点队列的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func cleanQueue(
        _ request: CleanQueue.Request
    ) async throws -> CleanQueue.Response

    /// 清楚主存储镜像缓存(CleanUpImageCacheOnPrimaryStorage)
    ///
    /// 尝试从主存储清除镜像缓存
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储镜像缓存清除结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func cleanUpImageCacheOnPrimaryStorage(
        _ request: CleanUpImageCacheOnPrimaryStorage.Request
    ) async throws -> CleanUpImageCacheOnPrimaryStorage.Response

    /// 清空主存储垃圾(CleanUpStorageTrashOnPrimaryStorage)
    ///
    /// 清空主存储垃圾
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/storagetrash/actions`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 清空主存储垃圾结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func cleanUpStorageTrashOnPrimaryStorage(
        _ request: CleanUpStorageTrashOnPrimaryStorage.Request
    ) async throws -> CleanUpStorageTrashOnPrimaryStorage.Response

    /// CleanUpTrashOnBackupStorage
    ///
    /// 清理备份存储上的回收数据
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/trash/actions`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 清理备份存储上的回收数据结
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func cleanUpTrashOnBackupStorage(
        _ request: CleanUpTrashOnBackupStorage.Request
    ) async throws -> CleanUpTrashOnBackupStorage.Response

    /// CleanUpTrashOnPrimaryStorage
    ///
    /// 清理主存储上的回收数据
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/trash/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 清理主存储上的回收数据结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func cleanUpTrashOnPrimaryStorage(
        _ request: CleanUpTrashOnPrimaryStorage.Request
    ) async throws -> CleanUpTrashOnPrimaryStorage.Response

    /// CreateAccessControlList
    ///
    /// 创建访问控制策略组
    ///
    /// `POST /zstack/v1/access-control-lists`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createAccessControlList(
        _ request: CreateAccessControlList.Request
    ) async throws -> CreateAccessControlList.Response

    /// CreateAccount
    ///
    /// 创建账户
    ///
    /// 创建账户
    ///
    /// `POST /zstack/v1/accounts`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createAccount(
        _ request: CreateAccount.Request
    ) async throws -> CreateAccount.Response

    /// CreateCertificate
    ///
    /// 创建证书
    ///
    /// `POST /zstack/v1/certificates`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建证书返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createCertificate(
        _ request: CreateCertificate.Request
    ) async throws -> CreateCertificate.Response

    /// CreateCluster
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// 管理员可以使用CreateCluster命令来创建一个集群
    ///
    /// `POST /zstack/v1/clusters`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createCluster(
        _ request: CreateCluster.Request
    ) async throws -> CreateCluster.Response

    /// CreateDataVolume
    ///
    /// 创建云盘
    ///
    /// `POST /zstack/v1/volumes/data`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 返回创建的云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createDataVolume(
        _ request: CreateDataVolume.Request
    ) async throws -> CreateDataVolume.Response

    /// CreateDataVolumeFromVolumeSnapshot
    ///
    /// 从快照创建一个云盘
    ///
    /// `POST /zstack/v1/volumes/data/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createDataVolumeFromVolumeSnapshot(
        _ request: CreateDataVolumeFromVolumeSnapshot.Request
    ) async throws -> CreateDataVolumeFromVolumeSnapshot.Response

    /// 从镜像创建云盘(CreateDataVolumeFromVolumeTemplate)
    ///
    /// 从镜像创建云盘
    ///
    /// `POST /zstack/v1/volumes/data/from/data-volume-templates/{imageUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createDataVolumeFromVolumeTemplate(
        _ request: CreateDataVolumeFromVolumeTemplate.Request
    ) async throws -> CreateDataVolumeFromVolumeTemplate.Response

    /// 从云盘创建数据云盘镜像(CreateDataVolumeTemplateFromVolume)
    ///
    /// 从指定的云盘创建出一个数据云盘镜像
    ///
    /// `POST /zstack/v1/images/data-volume-templates/from/volumes/{volumeUuid}`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createDataVolumeTemplateFromVolume(
        _ request: CreateDataVolumeTemplateFromVolume.Request
    ) async throws -> CreateDataVolumeTemplateFromVolume.Response

    /// 从云盘快照创建数据云盘镜像(CreateDataVolumeTemplateFromVolumeSnapshot)
    ///
    /// 从指定的云盘快照创建出一个数据云盘镜像
    ///
    /// `POST /zstack/v1/images/data-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createDataVolumeTemplateFromVolumeSnapshot(
        _ request: CreateDataVolumeTemplateFromVolumeSnapshot.Request
    ) async throws -> CreateDataVolumeTemplateFromVolumeSnapshot.Response

    /// CreateDirectory
    ///
    /// 创建目录
    ///
    /// `POST /zstack/v1/create/directory`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建目录返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createDirectory(
        _ request: CreateDirectory.Request
    ) async throws -> CreateDirectory.Response

    /// CreateDiskOffering
    ///
    /// 创建云盘规格
    ///
    /// 创建云盘规格
    ///
    /// `POST /zstack/v1/disk-offerings`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createDiskOffering(
        _ request: CreateDiskOffering.Request
    ) async throws -> CreateDiskOffering.Response

    /// 创建弹性IP(CreateEip)
    ///
    /// 创建弹性IP
    ///
    /// `POST /zstack/v1/eips`, asynchronous, authorization required. The method runs as a job after the call has been
    /// accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Eip清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createEip(
        _ request: CreateEip.Request
    ) async throws -> CreateEip.Response

    /// CreateInstanceOffering
    ///
    /// 创建云主机规格
    ///
    /// 创建云主机规格
    ///
    /// `POST /zstack/v1/instance-offerings`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createInstanceOffering(
        _ request: CreateInstanceOffering.Request
    ) async throws -> CreateInstanceOffering.Response

    /// CreateL2HardwareVxlanNetwork
    ///
    /// 创建硬件VXLAN网络
    ///
    /// `POST /zstack/v1/l2-networks/hardware-vxlan`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VXLAN网路清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createL2HardwareVxlanNetwork(
        _ request: CreateL2HardwareVxlanNetwork.Request
    ) async throws -> CreateL2HardwareVxlanNetwork.Response

    /// CreateL2HardwareVxlanNetworkPool
    ///
    /// 创建硬件VXLAN资源池
    ///
    /// `POST /zstack/v1/l2-networks/hardware-vxlan-pool`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 硬件VXLAN资源池清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createL2HardwareVxlanNetworkPool(
        _ request: CreateL2HardwareVxlanNetworkPool.Request
    ) async throws -> CreateL2HardwareVxlanNetworkPool.Response

    /// 创建普通二层网络(CreateL2NoVlanNetwork)
    ///
    /// 创建普通二层网络
    ///
    /// `POST /zstack/v1/l2-networks/no-vlan`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createL2NoVlanNetwork(
        _ request: CreateL2NoVlanNetwork.Request
    ) async throws -> CreateL2NoVlanNetwork.Response

    /// 创建tungsten fabric二层网络(CreateL2TfNetwork)
    ///
    /// 创建tungsten fabric二层网络
    ///
    /// `POST /zstack/v1/l2-networks/tf`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createL2TfNetwork(
        _ request: CreateL2TfNetwork.Request
    ) async throws -> CreateL2TfNetwork.Response

    /// 创建二层Vlan网络(CreateL2VlanNetwork)
    ///
    /// 创建二层Vlan网络
    ///
    /// `POST /zstack/v1/l2-networks/vlan`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createL2VlanNetwork(
        _ request: CreateL2VlanNetwork.Request
    ) async throws -> CreateL2VlanNetwork.Response

    /// 创建二层VXLAN网络(CreateL2VxlanNetwork)
    ///
    /// 创建二层VXLAN网络
    ///
    /// `POST /zstack/v1/l2-networks/vxlan`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层VXLAN网路清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createL2VxlanNetwork(
        _ request: CreateL2VxlanNetwork.Request
    ) async throws -> CreateL2VxlanNetwork.Response

    /// 创建VXLAN资源池(CreateL2VxlanNetworkPool)
    ///
    /// 创建VXLAN资源池
    ///
    /// `POST /zstack/v1/l2-networks/vxlan-pool`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VXLAN资源池清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createL2VxlanNetworkPool(
        _ request: CreateL2VxlanNetworkPool.Request
    ) async throws -> CreateL2VxlanNetworkPool.Response

    /// 创建三层网络(CreateL3Network)
    ///
    /// 创建三层网络
    ///
    /// `POST /zstack/v1/l3-networks`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createL3Network(
        _ request: CreateL3Network.Request
    ) async throws -> CreateL3Network.Response

    /// CreateLdapBinding
    ///
    /// 创建LDAP绑定
    ///
    /// 创建LDAP绑定
    ///
    /// `POST /zstack/v1/ldap/bindings`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: LDAP账户绑定关系清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createLdapBinding(
        _ request: CreateLdapBinding.Request
    ) async throws -> CreateLdapBinding.Response

    /// 创建负载均衡器(CreateLoadBalancer)
    ///
    /// 创建负载均衡器
    ///
    /// `POST /zstack/v1/load-balancers`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createLoadBalancer(
        _ request: CreateLoadBalancer.Request
    ) async throws -> CreateLoadBalancer.Response

    /// 创建负载均衡监听器(CreateLoadBalancerListener)
    ///
    /// 创建负载均衡监听器
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/listeners`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createLoadBalancerListener(
        _ request: CreateLoadBalancerListener.Request
    ) async throws -> CreateLoadBalancerListener.Response

    /// CreateLoadBalancerServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/load-balancers/{loadBalancerUuid}/servergroups`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器服务器组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createLoadBalancerServerGroup(
        _ request: CreateLoadBalancerServerGroup.Request
    ) async throws -> CreateLoadBalancerServerGroup.Response

    /// CreatePolicy
    ///
    /// 创建策略
    ///
    /// 创建策略
    ///
    /// `POST /zstack/v1/accounts/policies`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 策略清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createPolicy(
        _ request: CreatePolicy.Request
    ) async throws -> CreatePolicy.Response

    /// CreatePortForwardingRule
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// 用户可以使用CreatePortForwardingRule来创建一个端口转发规则, 并可以同时挂载或者不挂载到虚拟机网卡上
    ///
    /// `POST /zstack/v1/port-forwarding`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createPortForwardingRule(
        _ request: CreatePortForwardingRule.Request
    ) async throws -> CreatePortForwardingRule.Response

    /// CreateRole
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/identities/roles`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createRole(
        _ request: CreateRole.Request
    ) async throws -> CreateRole.Response

    /// 从根云盘创建根云盘镜像(CreateRootVolumeTemplateFromRootVolume)
    ///
    /// 从根云盘创建根云盘镜像
    ///
    /// `POST /zstack/v1/images/root-volume-templates/from/volumes/{rootVolumeUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createRootVolumeTemplateFromRootVolume(
        _ request: CreateRootVolumeTemplateFromRootVolume.Request
    ) async throws -> CreateRootVolumeTemplateFromRootVolume.Response

    /// 从云盘快照创建根云盘镜像(CreateRootVolumeTemplateFromVolumeSnapshot)
    ///
    /// 从云盘快照创建根云盘镜像
    ///
    /// `POST /zstack/v1/images/root-volume-templates/from/volume-snapshots/{snapshotUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createRootVolumeTemplateFromVolumeSnapshot(
        _ request: CreateRootVolumeTemplateFromVolumeSnapshot.Request
    ) async throws -> CreateRootVolumeTemplateFromVolumeSnapshot.Response

    /// CreateSecurityGroup
    ///
    /// 用户可以使用CreateSecurityGroup来创建一个安全组
    ///
    /// 用户可以使用CreateSecurityGroup来创建一个安全组
    ///
    /// `POST /zstack/v1/security-groups`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createSecurityGroup(
        _ request: CreateSecurityGroup.Request
    ) async throws -> CreateSecurityGroup.Response

    /// CreateSshKeyPair
    ///
    /// 创建密钥对
    ///
    /// `POST /zstack/v1/ssh-key-pair`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建密钥对返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createSshKeyPair(
        _ request: CreateSshKeyPair.Request
    ) async throws -> CreateSshKeyPair.Response

    /// CreateSystemTag
    ///
    /// 创建系统标签
    ///
    /// 创建系统标签
    ///
    /// `POST /zstack/v1/system-tags`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createSystemTag(
        _ request: CreateSystemTag.Request
    ) async throws -> CreateSystemTag.Response

    /// CreateSystemTags
    ///
    /// 批量创建系统标签
    ///
    /// `POST /zstack/v1/system-tags/{resourceUuid}/tags`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createSystemTags(
        _ request: CreateSystemTags.Request
    ) async throws -> CreateSystemTags.Response

    /// CreateUser
    ///
    /// 创建用户
    ///
    /// 创建用户
    ///
    /// `POST /zstack/v1/accounts/users`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 用户清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createUser(
        _ request: CreateUser.Request
    ) async throws -> CreateUser.Response

    /// CreateUserGroup
    ///
    /// 创建用户组
    ///
    /// 创建用户组
    ///
    /// `POST /zstack/v1/accounts/groups`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 用户组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createUserGroup(
        _ request: CreateUserGroup.Request
    ) async throws -> CreateUserGroup.Response

    /// CreateUserTag
    ///
    /// 创建用户标签
    ///
    /// 创建用户标签
    ///
    /// `POST /zstack/v1/user-tags`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createUserTag(
        _ request: CreateUserTag.Request
    ) async throws -> CreateUserTag.Response

    /// CreateVip
    ///
    /// 创建VIP
    ///
    /// 创建VIP
    ///
    /// `POST /zstack/v1/vips`, asynchronous, authorization required. The method runs as a job after the call has been
    /// accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVip(
        _ request: CreateVip.Request
    ) async throws -> CreateVip.Response

    /// 创建虚拟路由器规格(CreateVirtualRouterOffering)
    ///
    /// 创建虚拟路由器规格
    ///
    /// `POST /zstack/v1/instance-offerings/virtual-routers`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVirtualRouterOffering(
        _ request: CreateVirtualRouterOffering.Request
    ) async throws -> CreateVirtualRouterOffering.Response

    /// CreateVmCdRom
    ///
    /// 为云主机创建CDROM
    ///
    /// `POST /zstack/v1/vm-instances/cdroms`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建CDROM返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVmCdRom(
        _ request: CreateVmCdRom.Request
    ) async throws -> CreateVmCdRom.Response

    /// 创建云主机(CreateVmInstance)
    ///
    /// 创建一个新的云主机
    ///
    /// `POST /zstack/v1/vm-instances`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVmInstance(
        _ request: CreateVmInstance.Request
    ) async throws -> CreateVmInstance.Response

    /// CreateVmInstanceFromVolume
    ///
    /// 从云盘创建虚拟机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 从云盘创建虚拟机结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVmInstanceFromVolume(
        _ request: CreateVmInstanceFromVolume.Request
    ) async throws -> CreateVmInstanceFromVolume.Response

    /// CreateVmInstanceFromVolumeSnapshot
    ///
    /// 从快照创建云主机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 从快照创建云主机结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVmInstanceFromVolumeSnapshot(
        _ request: CreateVmInstanceFromVolumeSnapshot.Request
    ) async throws -> CreateVmInstanceFromVolumeSnapshot.Response

    /// CreateVmInstanceFromVolumeSnapshotGroup
    ///
    /// 从快照组创建云主机
    ///
    /// `POST /zstack/v1/vm-instances/from/volume-snapshots/group/{volumeSnapshotGroupUuid}`, asynchronous,
    /// authorization required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 从快照组创建云主机结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVmInstanceFromVolumeSnapshotGroup(
        _ request: CreateVmInstanceFromVolumeSnapshotGroup.Request
    ) async throws -> CreateVmInstanceFromVolumeSnapshotGroup.Response

    /// CreateVmNic
    ///
    /// 创建云主机网卡
    ///
    /// `POST /zstack/v1/nics`, asynchronous, authorization required. The method runs as a job after the call has been
    /// accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机网卡清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVmNic(
        _ request: CreateVmNic.Request
    ) async throws -> CreateVmNic.Response

    /// APCreateVmUserDefinedXmlHookScript
    ///
    /// 创建用户自定义xml hook
    ///
    /// 创建用户自定义xml hook
    ///
    /// `POST /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建用户自定义xml hook返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVmUserDefinedXmlHookScript(
        _ request: CreateVmUserDefinedXmlHookScript.Request
    ) async throws -> CreateVmUserDefinedXmlHookScript.Response

    /// 创建VNI范围(CreateVniRange)d
    ///
    /// 创建VNI范围
    ///
    /// `POST /zstack/v1/l2-networks/vxlan-pool/{l2NetworkUuid}/vni-ranges`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VNI范围清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVniRange(
        _ request: CreateVniRange.Request
    ) async throws -> CreateVniRange.Response

    /// CreateVolumeSnapshot
    ///
    /// 创建云盘快照
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/volume-snapshots`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 快照清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVolumeSnapshot(
        _ request: CreateVolumeSnapshot.Request
    ) async throws -> CreateVolumeSnapshot.Response

    /// CreateVolumeSnapshotGroup
    ///
    /// 创建云盘快照组
    ///
    /// `POST /zstack/v1/volume-snapshots/group`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建云盘快照组结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVolumeSnapshotGroup(
        _ request: CreateVolumeSnapshotGroup.Request
    ) async throws -> CreateVolumeSnapshotGroup.Response

    /// CreateVolumeSnapshotScheduler
    ///
    /// 创建快照的定时任务
    ///
    /// `POST /zstack/v1/volumes/{volumeUuid}/schedulers/creating-volume-snapshots`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVolumeSnapshotSchedulerJob(
        _ request: CreateVolumeSnapshotSchedulerJob.Request
    ) async throws -> CreateVolumeSnapshotSchedulerJob.Response

    /// 创建远端VXLAN隧道端点(CreateVxlanPoolRemoteVtep)
    ///
    /// 创建远端VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/remote-vtep-ip`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 远端VXLAN隧道端点清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVxlanPoolRemoteVtep(
        _ request: CreateVxlanPoolRemoteVtep.Request
    ) async throws -> CreateVxlanPoolRemoteVtep.Response

    /// 创建VXLAN隧道端点(CreateVxlanVtep)
    ///
    /// 创建VXLAN隧道端点
    ///
    /// `POST /zstack/v1/l2-networks/vxlan/vteps`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VXLAN隧道端点清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createVxlanVtep(
        _ request: CreateVxlanVtep.Request
    ) async throws -> CreateVxlanVtep.Response

    /// CreateWebhook
    ///
    /// 创建Webhook
    ///
    /// `POST /zstack/v1/web-hooks`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createWebhook(
        _ request: CreateWebhook.Request
    ) async throws -> CreateWebhook.Response

    /// 创建一个新的区域(CreateZone)
    ///
    /// 创建一个新的区域
    ///
    /// 创建一个新的区域
    ///
    /// `POST /zstack/v1/zones`, asynchronous, authorization required. The method runs as a job after the call has been
    /// accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func createZone(
        _ request: CreateZone.Request
    ) async throws -> CreateZone.Response

    /// DebugSignal
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/debug`, asynchronous, authorization required. The method runs as a job after the call has been
    /// accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func debugSignal(
        _ request: DebugSignal.Request
    ) async throws -> DebugSignal.Response

    /// DeleteAccessControlList
    ///
    /// 删除访问控制策略组
    ///
    /// `DELETE /zstack/v1/access-control-lists/{uuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteAccessControlList(
        _ request: DeleteAccessControlList.Request
    ) async throws -> DeleteAccessControlList.Response

    /// DeleteAccount
    ///
    /// 删除账户
    ///
    /// 删除账户
    ///
    /// `DELETE /zstack/v1/accounts/{uuid}`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteAccount(
        _ request: DeleteAccount.Request
    ) async throws -> DeleteAccount.Response

    /// 删除镜像服务器(DeleteBackupStorage)
    ///
    /// 删除指定的镜像服务器
    ///
    /// `DELETE /zstack/v1/backup-storage/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除镜像服务器
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteBackupStorage(
        _ request: DeleteBackupStorage.Request
    ) async throws -> DeleteBackupStorage.Response

    /// DeleteCephPrimaryStoragePool
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/primary-storage/ceph/pools/{uuid}`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteCephPrimaryStoragePool(
        _ request: DeleteCephPrimaryStoragePool.Request
    ) async throws -> DeleteCephPrimaryStoragePool.Response

    /// DeleteCertificate
    ///
    /// 删除证书
    ///
    /// `DELETE /zstack/v1/certificates/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除证书返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteCertificate(
        _ request: DeleteCertificate.Request
    ) async throws -> DeleteCertificate.Response

    /// DeleteCluster
    ///
    /// 管理员可以使用DeleteCluster命令来删除一个集群
    ///
    /// 管理员可以使用DeleteCluster命令来删除一个集群
    ///
    /// `DELETE /zstack/v1/clusters/{uuid}`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteCluster(
        _ request: DeleteCluster.Request
    ) async throws -> DeleteCluster.Response

    /// DeleteDataVolume
    ///
    /// 删除云盘
    ///
    /// `DELETE /zstack/v1/volumes/{uuid}`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除云盘请求结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteDataVolume(
        _ request: DeleteDataVolume.Request
    ) async throws -> DeleteDataVolume.Response

    /// DeleteDirectory
    ///
    /// 删除目录
    ///
    /// `DELETE /zstack/v1/delete/directory`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除目录返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteDirectory(
        _ request: DeleteDirectory.Request
    ) async throws -> DeleteDirectory.Response

    /// DeleteDiskOffering
    ///
    /// 删除云盘规格
    ///
    /// 删除云盘规格
    ///
    /// `DELETE /zstack/v1/disk-offerings/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteDiskOffering(
        _ request: DeleteDiskOffering.Request
    ) async throws -> DeleteDiskOffering.Response

    /// 删除弹性IP(DeleteEip)
    ///
    /// 删除弹性IP
    ///
    /// `DELETE /zstack/v1/eips/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteEip(
        _ request: DeleteEip.Request
    ) async throws -> DeleteEip.Response

    /// 从镜像服务器删除导出的镜像(DeleteExportedImageFromBackupStorage)
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/backup-storage/{backupStorageUuid}/exported-images/{imageUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 从镜像服务器删除导出的镜像
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteExportedImageFromBackupStorage(
        _ request: DeleteExportedImageFromBackupStorage.Request
    ) async throws -> DeleteExportedImageFromBackupStorage.Response

    /// DeleteGCJob
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/gc-jobs/{uuid}`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteGCJob(
        _ request: DeleteGCJob.Request
    ) async throws -> DeleteGCJob.Response

    /// DeleteHost
    ///
    /// 删除物理机
    ///
    /// 删除一个物理机
    ///
    /// `DELETE /zstack/v1/hosts/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除物理机消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteHost(
        _ request: DeleteHost.Request
    ) async throws -> DeleteHost.Response

    /// 删除镜像(DeleteImage)
    ///
    /// 删除镜像
    ///
    /// `DELETE /zstack/v1/images/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除镜像
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteImage(
        _ request: DeleteImage.Request
    ) async throws -> DeleteImage.Response

    /// DeleteInstanceOffering
    ///
    /// 删除云主机规格
    ///
    /// 删除云主机规格
    ///
    /// `DELETE /zstack/v1/instance-offerings/{uuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteInstanceOffering(
        _ request: DeleteInstanceOffering.Request
    ) async throws -> DeleteInstanceOffering.Response

    /// DeleteIpAddress
    ///
    /// 删除IP地址
    ///
    /// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/ip-address`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除IP地址
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteIpAddress(
        _ request: DeleteIpAddress.Request
    ) async throws -> DeleteIpAddress.Response

    /// 删除IP地址范围(DeleteIpRange)
    ///
    /// 删除IP地址范围
    ///
    /// `DELETE /zstack/v1/l3-networks/ip-ranges/{uuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除IP地址范围结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteIpRange(
        _ request: DeleteIpRange.Request
    ) async throws -> DeleteIpRange.Response

    /// 删除二层网络(DeleteL2Network)
    ///
    /// 删除二层网络
    ///
    /// `DELETE /zstack/v1/l2-networks/{uuid}`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteL2Network(
        _ request: DeleteL2Network.Request
    ) async throws -> DeleteL2Network.Response

    /// 删除三层网络(DeleteL3Network)
    ///
    /// 删除三层网络
    ///
    /// `DELETE /zstack/v1/l3-networks/{uuid}`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 返回码
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteL3Network(
        _ request: DeleteL3Network.Request
    ) async throws -> DeleteL3Network.Response

    /// DeleteLdapBinding
    ///
    /// 删除LDAP绑定
    ///
    /// 删除LDAP绑定
    ///
    /// `DELETE /zstack/v1/ldap/bindings/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteLdapBinding(
        _ request: DeleteLdapBinding.Request
    ) async throws -> DeleteLdapBinding.Response

    /// DeleteLdapServer
    ///
    /// 删除LDAP服务器
    ///
    /// 删除LDAP服务器
    ///
    /// `DELETE /zstack/v1/ldap/servers/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteLdapServer(
        _ request: DeleteLdapServer.Request
    ) async throws -> DeleteLdapServer.Response

    /// 删除负载均衡器(DeleteLoadBalancer)
    ///
    /// 删除负载均衡器
    ///
    /// `DELETE /zstack/v1/load-balancers/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除负载均衡器返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteLoadBalancer(
        _ request: DeleteLoadBalancer.Request
    ) async throws -> DeleteLoadBalancer.Response

    /// 删除负载均衡监听器(DeleteLoadBalancerListener)
    ///
    /// 删除负载均衡监听器
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{uuid}`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteLoadBalancerListener(
        _ request: DeleteLoadBalancerListener.Request
    ) async throws -> DeleteLoadBalancerListener.Response

    /// DeleteLoadBalancerServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/load-balancers/servergroups/{uuid}`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteLoadBalancerServerGroup(
        _ request: DeleteLoadBalancerServerGroup.Request
    ) async throws -> DeleteLoadBalancerServerGroup.Response

    /// DeleteLongJob
    ///
    /// 删除长任务
    ///
    /// 删除长任务
    ///
    /// `DELETE /zstack/v1/longjobs/{uuid}`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除长任务结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteLongJob(
        _ request: DeleteLongJob.Request
    ) async throws -> DeleteLongJob.Response

    /// DeletePolicy
    ///
    /// 删除策略
    ///
    /// 删除策略
    ///
    /// `DELETE /zstack/v1/accounts/policies/{uuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deletePolicy(
        _ request: DeletePolicy.Request
    ) async throws -> DeletePolicy.Response

    /// DeletePortForwardingRule
    ///
    /// 删除端口转发规则
    ///
    /// 删除端口转发规则
    ///
    /// `DELETE /zstack/v1/port-forwarding/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deletePortForwardingRule(
        _ request: DeletePortForwardingRule.Request
    ) async throws -> DeletePortForwardingRule.Response

    /// 删除主存储(DeletePrimaryStorage)
    ///
    /// 删除主存储
    ///
    /// `DELETE /zstack/v1/primary-storage/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除主存储结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deletePrimaryStorage(
        _ request: DeletePrimaryStorage.Request
    ) async throws -> DeletePrimaryStorage.Response

    /// DeleteReservedIpRange
    ///
    /// 删除保留地址段
    ///
    /// `DELETE /zstack/v1/l3-networks/reserved-ip-ranges/{uuid}`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除保留地址段
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteReservedIpRange(
        _ request: DeleteReservedIpRange.Request
    ) async throws -> DeleteReservedIpRange.Response

    /// DeleteResourceConfig
    ///
    /// 删除资源高级设置
    ///
    /// `DELETE /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除资源高级设置的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteResourceConfig(
        _ request: DeleteResourceConfig.Request
    ) async throws -> DeleteResourceConfig.Response

    /// DeleteRole
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/identities/roles/{uuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteRole(
        _ request: DeleteRole.Request
    ) async throws -> DeleteRole.Response

    /// DeleteSecurityGroup
    ///
    /// 删除安全组
    ///
    /// 删除安全组
    ///
    /// `DELETE /zstack/v1/security-groups/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteSecurityGroup(
        _ request: DeleteSecurityGroup.Request
    ) async throws -> DeleteSecurityGroup.Response

    /// DeleteSecurityGroupRule
    ///
    /// 删除安全组规则,这个命令是异步执行的, 在它返回后可能规则仍然没有对所有的主机上生效
    ///
    /// 删除安全组规则,这个命令是异步执行的, 在它返回后可能规则仍然没有对所有的主机上生效
    ///
    /// `DELETE /zstack/v1/security-groups/rules`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteSecurityGroupRule(
        _ request: DeleteSecurityGroupRule.Request
    ) async throws -> DeleteSecurityGroupRule.Response

    /// DeleteSshKeyPair
    ///
    /// 删除密钥对
    ///
    /// `DELETE /zstack/v1/ssh-key-pair/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除密钥对返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteSshKeyPair(
        _ request: DeleteSshKeyPair.Request
    ) async throws -> DeleteSshKeyPair.Response

    /// DeleteTag
    ///
    /// 删除标签
    ///
    /// 删除标签
    ///
    /// `DELETE /zstack/v1/tags/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteTag(
        _ request: DeleteTag.Request
    ) async throws -> DeleteTag.Response

    /// DeleteUser
    ///
    /// 删除用户
    ///
    /// 删除用户
    ///
    /// `DELETE /zstack/v1/accounts/users/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteUser(
        _ request: DeleteUser.Request
    ) async throws -> DeleteUser.Response

    /// DeleteUserGroup
    ///
    /// 删除用户组
    ///
    /// 删除用户组
    ///
    /// `DELETE /zstack/v1/accounts/groups/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteUserGroup(
        _ request: DeleteUserGroup.Request
    ) async throws -> DeleteUserGroup.Response

    /// DeleteVip
    ///
    /// 删除VIP
    ///
    /// 删除VIP
    ///
    /// `DELETE /zstack/v1/vips/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVip(
        _ request: DeleteVip.Request
    ) async throws -> DeleteVip.Response

    /// DeleteVmBootMode
    ///
    /// 删除云主机启动模式
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}/bootmode`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVmBootMode(
        _ request: DeleteVmBootMode.Request
    ) async throws -> DeleteVmBootMode.Response

    /// DeleteVmCdRom
    ///
    /// 删除CDROM
    ///
    /// `DELETE /zstack/v1/vm-instances/cdroms/{uuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除CDROM返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVmCdRom(
        _ request: DeleteVmCdRom.Request
    ) async throws -> DeleteVmCdRom.Response

    /// 删除云主机控制台密码(DeleteVmConsolePassword)
    ///
    /// 删除一个云主机的控制台密码
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}/console-password`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除云主机控制台密码结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVmConsolePassword(
        _ request: DeleteVmConsolePassword.Request
    ) async throws -> DeleteVmConsolePassword.Response

    /// 删除云主机Hostname(DeleteVmHostname)
    ///
    /// 删除云主机的Hostname。注意，该删除操作仅仅是删除配置在数据库中以及DHCP服务器上的云主机hostname，无法改变云主机内部手动配置的hostname。
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}/hostnames`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除云主机结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVmHostname(
        _ request: DeleteVmHostname.Request
    ) async throws -> DeleteVmHostname.Response

    /// DeleteVmNic
    ///
    /// 删除云主机网卡
    ///
    /// `DELETE /zstack/v1/nics/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机网卡清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVmNic(
        _ request: DeleteVmNic.Request
    ) async throws -> DeleteVmNic.Response

    /// DeleteVmNicFromSecurityGroup
    ///
    /// 用户可以使用DeleteVmNicFromSecurityGroup来从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// 用户可以使用DeleteVmNicFromSecurityGroup来从安全组删除虚拟机网卡, 这个命令是异步执行的, 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/nics`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVmNicFromSecurityGroup(
        _ request: DeleteVmNicFromSecurityGroup.Request
    ) async throws -> DeleteVmNicFromSecurityGroup.Response

    /// 删除云主机SSH Key(DeleteVmSshKey)
    ///
    /// 删除云主机SSH Key，该Key是之前通过SetVmSshKey设置的。
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}/ssh-keys`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除云主机SSH Key结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVmSshKey(
        _ request: DeleteVmSshKey.Request
    ) async throws -> DeleteVmSshKey.Response

    /// 删除云主机指定IP(DeleteVmStaticIp)
    ///
    /// 删除云主机三层网络上指定的IP
    ///
    /// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/static-ips`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除云主机指定IP结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVmStaticIp(
        _ request: DeleteVmStaticIp.Request
    ) async throws -> DeleteVmStaticIp.Response

    /// 删除VNI范围(DeleteVniRange)
    ///
    /// 删除VNI范围
    ///
    /// `DELETE /zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVniRange(
        _ request: DeleteVniRange.Request
    ) async throws -> DeleteVniRange.Response

    /// 删除云盘快照(DeleteVolumeSnapshot)
    ///
    /// 删除云盘快照
    ///
    /// `DELETE /zstack/v1/volume-snapshots/{uuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘快照删除结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVolumeSnapshot(
        _ request: DeleteVolumeSnapshot.Request
    ) async throws -> DeleteVolumeSnapshot.Response

    /// DeleteVolumeSnapshotGroup
    ///
    /// 删除快照组
    ///
    /// `DELETE /zstack/v1/volume-snapshots/group/{uuid}`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除快照组结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVolumeSnapshotGroup(
        _ request: DeleteVolumeSnapshotGroup.Request
    ) async throws -> DeleteVolumeSnapshotGroup.Response

    /// 删除远端VXLAN隧道端点(DeleteVxlanPoolRemoteVtep)
    ///
    /// 删除远端VXLAN隧道端点
    ///
    /// `DELETE /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}/delete/remote-vtep-ip`, asynchronous,
    /// authorization required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作范围结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteVxlanPoolRemoteVtep(
        _ request: DeleteVxlanPoolRemoteVtep.Request
    ) async throws -> DeleteVxlanPoolRemoteVtep.Response

    /// DeleteWebhook
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/web-hooks/{uuid}`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteWebhook(
        _ request: DeleteWebhook.Request
    ) async throws -> DeleteWebhook.Response

    /// 删除一个区域（DeleteZone）
    ///
    /// 删除一个区域
    ///
    /// 删除一个区域
    ///
    /// `DELETE /zstack/v1/zones/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func deleteZone(
        _ request: DeleteZone.Request
    ) async throws -> DeleteZone.Response

    /// 删除云主机(DestroyVmInstance)
    ///
    /// 删除一个云主机
    ///
    /// `DELETE /zstack/v1/vm-instances/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除云主机结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func destroyVmInstance(
        _ request: DestroyVmInstance.Request
    ) async throws -> DestroyVmInstance.Response

    /// 从区域中卸载已经挂载的镜像服务器(DetachBackupStorageFromZone)
    ///
    /// 从区域中卸载已经挂载的镜像服务器
    ///
    /// `DELETE /zstack/v1/zones/{zoneUuid}/backup-storage/{backupStorageUuid}`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachBackupStorageFromZone(
        _ request: DetachBackupStorageFromZone.Request
    ) async throws -> DetachBackupStorageFromZone.Response

    /// DetachDataVolumeFromHost
    ///
    /// 从物理机卸载数据云盘
    ///
    /// 从物理机卸载数据云盘
    ///
    /// `DELETE /zstack/v1/volumes/{volumeUuid}/hosts`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 从物理机卸载数据云盘返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachDataVolumeFromHost(
        _ request: DetachDataVolumeFromHost.Request
    ) async throws -> DetachDataVolumeFromHost.Response

    /// DetachDataVolumeFromVm
    ///
    /// 从云主机上卸载云盘
    ///
    /// `DELETE /zstack/v1/volumes/{uuid}/vm-instances`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachDataVolumeFromVm(
        _ request: DetachDataVolumeFromVm.Request
    ) async throws -> DetachDataVolumeFromVm.Response

    /// 解绑弹性IP(DetachEip)
    ///
    /// 解绑弹性IP
    ///
    /// `DELETE /zstack/v1/eips/{uuid}/vm-instances/nics`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachEip(
        _ request: DetachEip.Request
    ) async throws -> DetachEip.Response

    /// 卸载云主机上的ISO(DetachIsoFromVmInstance)
    ///
    /// 如果云主机上挂载有ISO，卸载它
    ///
    /// `DELETE /zstack/v1/vm-instances/{vmInstanceUuid}/iso`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachIsoFromVmInstance(
        _ request: DetachIsoFromVmInstance.Request
    ) async throws -> DetachIsoFromVmInstance.Response

    /// 从集群上卸载二层网络(DetachL2NetworkFromCluster)
    ///
    /// 从集群上卸载二层网络
    ///
    /// `DELETE /zstack/v1/l2-networks/{l2NetworkUuid}/clusters/{clusterUuid}`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachL2NetworkFromCluster(
        _ request: DetachL2NetworkFromCluster.Request
    ) async throws -> DetachL2NetworkFromCluster.Response

    /// 从云主机卸载网络(DetachL3NetworkFromVm)
    ///
    /// 从Running或Stopped的云主机上卸载一个网络
    ///
    /// `DELETE /zstack/v1/vm-instances/nics/{vmNicUuid}`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachL3NetworkFromVm(
        _ request: DetachL3NetworkFromVm.Request
    ) async throws -> DetachL3NetworkFromVm.Response

    /// 从三层网络卸载网络服务(DetachNetworkServiceFromL3Network)
    ///
    /// 从三层网络卸载网络服务
    ///
    /// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/network-services`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachNetworkServiceFromL3Network(
        _ request: DetachNetworkServiceFromL3Network.Request
    ) async throws -> DetachNetworkServiceFromL3Network.Response

    /// 从三层网络卸载网络服务(DetachNetworkServiceFromL3Network)
    ///
    /// 从三层网络卸载网络服务
    ///
    /// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/network-services/{service}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachNetworkServiceFromL3NetworkByService(
        _ request: DetachNetworkServiceFromL3NetworkByService.Request
    ) async throws -> DetachNetworkServiceFromL3NetworkByService.Response

    /// DetachPoliciesFromUser
    ///
    /// 将策略从用户解绑
    ///
    /// 将策略从用户解绑
    ///
    /// `DELETE /zstack/v1/accounts/users/{userUuid}/policies`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachPoliciesFromUser(
        _ request: DetachPoliciesFromUser.Request
    ) async throws -> DetachPoliciesFromUser.Response

    /// DetachPolicyFromRole
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/identities/policies/{policyUuid}/roles/{roleUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachPolicyFromRole(
        _ request: DetachPolicyFromRole.Request
    ) async throws -> DetachPolicyFromRole.Response

    /// DetachPolicyFromUser
    ///
    /// 将策略从用户解绑
    ///
    /// 将策略从用户解绑
    ///
    /// `DELETE /zstack/v1/accounts/users/{userUuid}/policies/{policyUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachPolicyFromUser(
        _ request: DetachPolicyFromUser.Request
    ) async throws -> DetachPolicyFromUser.Response

    /// DetachPolicyFromUserGroup
    ///
    /// 将策略从用户组解绑
    ///
    /// 将策略从用户组解绑
    ///
    /// `DELETE /zstack/v1/accounts/groups/{groupUuid}/policies/{policyUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachPolicyFromUserGroup(
        _ request: DetachPolicyFromUserGroup.Request
    ) async throws -> DetachPolicyFromUserGroup.Response

    /// DetachPortForwardingRule
    ///
    /// 用户可以使用DetachPortForwardingRule来从一个虚拟机网卡卸载一个规则
    ///
    /// 用户可以使用DetachPortForwardingRule来从一个虚拟机网卡卸载一个规则
    ///
    /// `DELETE /zstack/v1/port-forwarding/{uuid}/vm-instances/nics`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachPortForwardingRule(
        _ request: DetachPortForwardingRule.Request
    ) async throws -> DetachPortForwardingRule.Response

    /// 从集群卸载主存储(DetachPrimaryStorageFromCluster)
    ///
    /// 从集群卸载主存储
    ///
    /// `DELETE /zstack/v1/clusters/{clusterUuid}/primary-storage/{primaryStorageUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachPrimaryStorageFromCluster(
        _ request: DetachPrimaryStorageFromCluster.Request
    ) async throws -> DetachPrimaryStorageFromCluster.Response

    /// DetachRoleFromAccount
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/identities/accounts/{accountUuid}/roles/{roleUuid}`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachRoleFromAccount(
        _ request: DetachRoleFromAccount.Request
    ) async throws -> DetachRoleFromAccount.Response

    /// DetachSecurityGroupFromL3Network
    ///
    /// 用户可以使用DetachSecurityGroupFromL3Network来从一个L3网络卸载一个安全组,卸载后, 所有的规则都会从这个L3网络上的并且在这个安全组中的虚拟机网卡上删除. 这个命令是异步执行的,
    /// 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// 用户可以使用DetachSecurityGroupFromL3Network来从一个L3网络卸载一个安全组,卸载后, 所有的规则都会从这个L3网络上的并且在这个安全组中的虚拟机网卡上删除. 这个命令是异步执行的,
    /// 在它返回后可能规则仍然没有对所有虚拟机网卡生效
    ///
    /// `DELETE /zstack/v1/security-groups/{securityGroupUuid}/l3-networks/{l3NetworkUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachSecurityGroupFromL3Network(
        _ request: DetachSecurityGroupFromL3Network.Request
    ) async throws -> DetachSecurityGroupFromL3Network.Response

    /// DetachSshKeyPairFromVmInstance
    ///
    /// 云主机卸载密钥对
    ///
    /// `DELETE /zstack/v1/ssh-key-pair/{sshKeyPairUuid}/vm-instance/{vmInstanceUuid}`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机卸载密钥对返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func detachSshKeyPairFromVmInstance(
        _ request: DetachSshKeyPairFromVmInstance.Request
    ) async throws -> DetachSshKeyPairFromVmInstance.Response

    /// DiscoverExternalPrimaryStorage
    ///
    /// 发现外部存储
    ///
    /// `POST /zstack/v1/primary-storage/addon/discover`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 发现外部存储
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func discoverExternalPrimaryStorage(
        _ request: DiscoverExternalPrimaryStorage.Request
    ) async throws -> DiscoverExternalPrimaryStorage.Response

    /// 从镜像服务器导出镜像(ExportImageFromBackupStorage)
    ///
    /// 从镜像服务器中导出镜像
    ///
    /// `PUT /zstack/v1/backup-storage/{backupStorageUuid}/actions`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 导出镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func exportImageFromBackupStorage(
        _ request: ExportImageFromBackupStorage.Request
    ) async throws -> ExportImageFromBackupStorage.Response

    /// ExpungeDataVolume
    ///
    /// 彻底删除云盘
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除请求的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func expungeDataVolume(
        _ request: ExpungeDataVolume.Request
    ) async throws -> ExpungeDataVolume.Response

    /// 彻底删除镜像(ExpungeImage)
    ///
    /// 彻底删除镜像
    ///
    /// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 彻底删除镜像
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func expungeImage(
        _ request: ExpungeImage.Request
    ) async throws -> ExpungeImage.Response

    /// 彻底删除云主机(ExpungeVmInstance)
    ///
    /// 彻底删除一个处于Destroyed状态的云主机。该操作会从数据库里面删除云主机并在主存储上删除该云主机的根云盘。该操作一旦执行就不可恢复
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 彻底删除云主机结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func expungeVmInstance(
        _ request: ExpungeVmInstance.Request
    ) async throws -> ExpungeVmInstance.Response

    /// ExpungeVmUserDefinedXmlHookScript
    ///
    /// 彻底删除用户自定义xml hook脚本
    ///
    /// 彻底删除用户自定义xml hook脚本
    ///
    /// `DELETE /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 彻底删除用户自定义xml hook脚本返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func expungeVmUserDefinedXmlHookScript(
        _ request: ExpungeVmUserDefinedXmlHookScript.Request
    ) async throws -> ExpungeVmUserDefinedXmlHookScript.Response

    /// FlattenVmInstance
    ///
    /// 扁平合并云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 扁平合并云主机结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func flattenVmInstance(
        _ request: FlattenVmInstance.Request
    ) async throws -> FlattenVmInstance.Response

    /// FlattenVolume
    ///
    /// 扁平合并云盘
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 扁平合并云盘结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func flattenVolume(
        _ request: FlattenVolume.Request
    ) async throws -> FlattenVolume.Response

    /// FstrimVm
    ///
    /// 回收云主机磁盘空间
    ///
    /// 回收云主机磁盘空间
    ///
    /// `POST /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 回收云主机磁盘空间返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func fstrimVm(
        _ request: FstrimVm.Request
    ) async throws -> FstrimVm.Response

    /// GenerateSshKeyPair
    ///
    /// 生成密钥对
    ///
    /// `POST /zstack/v1/ssh-key-pair/generate`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 生成密钥对返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func generateSshKeyPair(
        _ request: GenerateSshKeyPair.Request
    ) async throws -> GenerateSshKeyPair.Response

    /// GetAccountQuotaUsage
    ///
    /// 获取账户配额使用情况
    ///
    /// 获取账户配额使用情况
    ///
    /// `GET /zstack/v1/accounts/quota/{uuid}/usages`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户配额使用情况列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getAccountQuotaUsage(
        _ request: GetAccountQuotaUsage.Request
    ) async throws -> GetAccountQuotaUsage.Response

    /// 获取云路由可加载外部网络(GetAttachablePublicL3ForVRouter)
    ///
    /// 获取云路由可加载的公网和系统网络，将自动排除到地址冲突的网络
    ///
    /// `GET /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/attachable-public-l3s`, synchronous,
    /// authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getAttachablePublicL3ForVRouter(
        _ request: GetAttachablePublicL3ForVRouter.Request
    ) async throws -> GetAttachablePublicL3ForVRouter.Response

    /// 获取镜像服务器存储容量(GetBackupStorageCapacity)
    ///
    /// 获取镜像服务器存储容量
    ///
    /// `GET /zstack/v1/backup-storage/capacities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取镜像服务器存储容量
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getBackupStorageCapacity(
        _ request: GetBackupStorageCapacity.Request
    ) async throws -> GetBackupStorageCapacity.Response

    /// 获取镜像服务器类型列表(GetBackupStorageTypes)
    ///
    /// 获取镜像服务器类型列表
    ///
    /// `GET /zstack/v1/backup-storage/types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取镜像服务器类型列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getBackupStorageTypes(
        _ request: GetBackupStorageTypes.Request
    ) async throws -> GetBackupStorageTypes.Response

    /// GetCandidateBackupStorageForCreatingImage
    ///
    /// 获取创建镜像的备份存储候选
    ///
    /// `GET /zstack/v1/images/candidate-backup-storage`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建镜像的备份存储候选
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateBackupStorageForCreatingImage(
        _ request: GetCandidateBackupStorageForCreatingImage.Request
    ) async throws -> GetCandidateBackupStorageForCreatingImage.Response

    /// GetCandidateBackupStorageForCreatingImage
    ///
    /// 获取创建镜像的备份存储候选
    ///
    /// `GET /zstack/v1/images/volume-snapshots/{volumeSnapshotUuid}/candidate-backup-storage`, synchronous,
    /// authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建镜像的备份存储候选
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid(
        _ request: GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Request
    ) async throws -> GetCandidateBackupStorageForCreatingImageByVolumeSnapshotUuid.Response

    /// GetCandidateBackupStorageForCreatingImage
    ///
    /// 获取创建镜像的备份存储候选
    ///
    /// `GET /zstack/v1/images/volumes/{volumeUuid}/candidate-backup-storage`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建镜像的备份存储候选
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateBackupStorageForCreatingImageByVolumeUuid(
        _ request: GetCandidateBackupStorageForCreatingImageByVolumeUuid.Request
    ) async throws -> GetCandidateBackupStorageForCreatingImageByVolumeUuid.Response

    /// 获取二层网络允许加载的集群
    ///
    /// 获取二层网络允许加载的集群
    ///
    /// `GET /zstack/v1/l2-networks/{l2NetworkUuid}/cluster-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取二层网络允许加载的集群返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateClustersForAttachingL2Network(
        _ request: GetCandidateClustersForAttachingL2Network.Request
    ) async throws -> GetCandidateClustersForAttachingL2Network.Response

    /// 获取云主机可加载ISO列表(GetCandidateIsoForAttachingVm)
    ///
    /// 获取一个云主机以加载的ISO列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/iso-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: ISO清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateIsoForAttachingVm(
        _ request: GetCandidateIsoForAttachingVm.Request
    ) async throws -> GetCandidateIsoForAttachingVm.Response

    /// 获取集群允许加载的二层网络
    ///
    /// 获取集群允许加载的二层网络
    ///
    /// `GET /zstack/v1/cluster/{clusterUuid}/l2-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取集群允许加载的二层网络返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateL2NetworksForAttachingCluster(
        _ request: GetCandidateL2NetworksForAttachingCluster.Request
    ) async throws -> GetCandidateL2NetworksForAttachingCluster.Response

    /// 获取云主机网卡可以加载的L3网络
    ///
    /// 获取云主机网卡可以加载的L3网络列表
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/l3-networks-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机网卡可加载网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateL3NetworksForChangeVmNicNetwork(
        _ request: GetCandidateL3NetworksForChangeVmNicNetwork.Request
    ) async throws -> GetCandidateL3NetworksForChangeVmNicNetwork.Response

    /// GetCandidateL3NetworksForLoadBalancer
    ///
    /// 获取监听器可加载L3网络
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/networks/candidates`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取监听器候选L3网络
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateL3NetworksForLoadBalancer(
        _ request: GetCandidateL3NetworksForLoadBalancer.Request
    ) async throws -> GetCandidateL3NetworksForLoadBalancer.Response

    /// GetCandidateL3NetworksForServerGroup
    ///
    /// 查询负载均衡后端服务组所能绑定的三层网络
    ///
    /// `GET /zstack/v1/load-balancers/servergroups/candidate-l3network`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateL3NetworksForServerGroup(
        _ request: GetCandidateL3NetworksForServerGroup.Request
    ) async throws -> GetCandidateL3NetworksForServerGroup.Response

    /// GetCandidateLdapEntryForBinding
    ///
    /// 查询可绑定的LDAP/AD条目(排除已绑定的LDAP/AD用户)
    ///
    /// `GET /zstack/v1/ldap/entries/candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ldap条目列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateLdapEntryForBinding(
        _ request: GetCandidateLdapEntryForBinding.Request
    ) async throws -> GetCandidateLdapEntryForBinding.Response

    /// 获取创建云主机时可选择的主存储(GetCandidatePrimaryStoragesForCreatingVm)
    ///
    /// 用户可通过指定云主机参数，来获取当前参数下可选择的主存储
    ///
    /// `GET /zstack/v1/vm-instances/candidate-storages`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 创建云主机可选主存储的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidatePrimaryStoragesForCreatingVm(
        _ request: GetCandidatePrimaryStoragesForCreatingVm.Request
    ) async throws -> GetCandidatePrimaryStoragesForCreatingVm.Response

    /// 获取ISO可加载云主机列表(GetCandidateVmForAttachingIso)
    ///
    /// 获取一个ISO可以加载到的云主机列表
    ///
    /// `GET /zstack/v1/images/iso/{isoUuid}/vm-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateVmForAttachingIso(
        _ request: GetCandidateVmForAttachingIso.Request
    ) async throws -> GetCandidateVmForAttachingIso.Response

    /// GetCandidateVmNicForSecurityGroup
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// 获取可应用安全组的网卡列表清单
    ///
    /// `GET /zstack/v1/security-groups/{securityGroupUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateVmNicForSecurityGroup(
        _ request: GetCandidateVmNicForSecurityGroup.Request
    ) async throws -> GetCandidateVmNicForSecurityGroup.Response

    /// 获取可供负载均衡器添加的云主机网卡(GetCandidateVmNicsForLoadBalancer)
    ///
    /// 获取可供负载均衡器添加的云主机网卡
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/candidate-nics`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateVmNicsForLoadBalancer(
        _ request: GetCandidateVmNicsForLoadBalancer.Request
    ) async throws -> GetCandidateVmNicsForLoadBalancer.Response

    /// GetCandidateVmNicsForLoadBalancerServerGroup
    ///
    /// 查询负载均衡后端服务器组可以添加网卡列表
    ///
    /// `GET /zstack/v1/load-balancers/servergroups/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateVmNicsForLoadBalancerServerGroup(
        _ request: GetCandidateVmNicsForLoadBalancerServerGroup.Request
    ) async throws -> GetCandidateVmNicsForLoadBalancerServerGroup.Response

    /// 获取可创建云主机的目的地列表(GetCandidateZonesClustersHostsForCreatingVm)
    ///
    /// 获取可以创建指定云主机参数的目的区域、集群、物理机。用户可以使用该API，通过指定云主机参数获得可以创建满足参数云主机的目的地。
    ///
    /// `GET /zstack/v1/vm-instances/candidate-destinations`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可创建云主机目的地结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCandidateZonesClustersHostsForCreatingVm(
        _ request: GetCandidateZonesClustersHostsForCreatingVm.Request
    ) async throws -> GetCandidateZonesClustersHostsForCreatingVm.Response

    /// GetChainTask
    ///
    /// 获取任务队列详情
    ///
    /// `GET /zstack/v1/core/task-details`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getChainTask(
        _ request: GetChainTask.Request
    ) async throws -> GetChainTask.Response

    /// GetCpuMemoryCapacity
    ///
    /// 获取cpu和内存容量
    ///
    /// `GET /zstack/v1/hosts/capacities/cpu-memory`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: cpu和内存容量
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCpuMemoryCapacity(
        _ request: GetCpuMemoryCapacity.Request
    ) async throws -> GetCpuMemoryCapacity.Response

    /// GetCurrentTime
    ///
    /// 获取当前时间
    ///
    /// 获取当前时间
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 管理节点当前时间
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getCurrentTime(
        _ request: GetCurrentTime.Request
    ) async throws -> GetCurrentTime.Response

    /// GetDataVolumeAttachableVm
    ///
    /// 获取云盘是否能被加载
    ///
    /// `GET /zstack/v1/volumes/{volumeUuid}/candidate-vm-instances`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getDataVolumeAttachableVm(
        _ request: GetDataVolumeAttachableVm.Request
    ) async throws -> GetDataVolumeAttachableVm.Response

    /// GetDebugSignal
    ///
    /// Get available debug signals
    ///
    /// `GET /zstack/v1/debug`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Available debug signals
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getDebugSignal(
        _ request: GetDebugSignal.Request
    ) async throws -> GetDebugSignal.Response

    /// 获取可绑定指定弹性IP的云主机网卡(GetEipAttachableVmNics)
    ///
    /// 获取可绑定指定弹性IP的云主机网卡
    ///
    /// `GET /zstack/v1/eips/{eipUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getEipAttachableVmNics(
        _ request: GetEipAttachableVmNics.Request
    ) async throws -> GetEipAttachableVmNics.Response

    /// GetElaborationCategories
    ///
    /// 查看错误码目录列表
    ///
    /// 查看错误码目录列表
    ///
    /// `GET /zstack/v1/errorcode/elaborations/categories`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 错误码目录查看结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getElaborationCategories(
        _ request: GetElaborationCategories.Request
    ) async throws -> GetElaborationCategories.Response

    /// GetElaborations
    ///
    /// 查看系统错误码
    ///
    /// 查看系统错误码
    ///
    /// `GET /zstack/v1/errorcode/elaborations`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查看错误码内容结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getElaborations(
        _ request: GetElaborations.Request
    ) async throws -> GetElaborations.Response

    /// GetEncryptedField
    ///
    /// 获取加密字段
    ///
    /// `GET /zstack/v1/encrypted/fields`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 加密字段返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getEncryptedField(
        _ request: GetEncryptedField.Request
    ) async throws -> GetEncryptedField.Response

    /// GetExternalServices
    ///
    /// 获取External Services
    ///
    /// `GET /zstack/v1/external/services`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取External Services的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getExternalServices(
        _ request: GetExternalServices.Request
    ) async throws -> GetExternalServices.Response

    /// 获取空闲IP(GetFreeIp)
    ///
    /// 获取空闲IP
    ///
    /// `GET /zstack/v1/l3-networks/ip/free`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 空闲IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getFreeIp(
        _ request: GetFreeIp.Request
    ) async throws -> GetFreeIp.Response

    /// 获取空闲IP(GetFreeIp)
    ///
    /// 获取空闲IP
    ///
    /// `GET /zstack/v1/l3-networks/ip-ranges/{ipRangeUuid}/ip/free`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 空闲IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getFreeIpByIpRangeUuid(
        _ request: GetFreeIpByIpRangeUuid.Request
    ) async throws -> GetFreeIpByIpRangeUuid.Response

    /// 获取空闲IP(GetFreeIp)
    ///
    /// 获取空闲IP
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip/free`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 空闲IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getFreeIpByL3NetworkUuid(
        _ request: GetFreeIpByL3NetworkUuid.Request
    ) async throws -> GetFreeIpByL3NetworkUuid.Response

    /// GetGlobalConfigOptions
    ///
    /// 获取全局配置参数选项
    ///
    /// `GET /zstack/v1/global-configurations/{category}/{name}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取全局配置可用值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getGlobalConfigOptions(
        _ request: GetGlobalConfigOptions.Request
    ) async throws -> GetGlobalConfigOptions.Response

    /// GetGuestOsMetadata
    ///
    /// 获取虚拟机操作系统元数据
    ///
    /// `GET /zstack/v1/guest-os/metadata`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取虚拟机操作系统元数据的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getGuestOsMetadata(
        _ request: GetGuestOsMetadata.Request
    ) async throws -> GetGuestOsMetadata.Response

    /// GetHostAllocatorStrategies
    ///
    /// 获取物理机分配策略
    ///
    /// 获取物理机分配策略
    ///
    /// `GET /zstack/v1/hosts/allocators/strategies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 物理机分配策略
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getHostAllocatorStrategies(
        _ request: GetHostAllocatorStrategies.Request
    ) async throws -> GetHostAllocatorStrategies.Response

    /// GetHostNetworkInterfaceLldp
    ///
    /// 获取物理网口lldp信息
    ///
    /// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}/info`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取物理网口lldp信息
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getHostNetworkInterfaceLldp(
        _ request: GetHostNetworkInterfaceLldp.Request
    ) async throws -> GetHostNetworkInterfaceLldp.Response

    /// GetHostPowerStatus
    ///
    /// 获取物理机最新电源状态
    ///
    /// 获取一台物理机最新电源状态
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取物理机最新电源状态消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getHostPowerStatus(
        _ request: GetHostPowerStatus.Request
    ) async throws -> GetHostPowerStatus.Response

    /// GetHostTask
    ///
    /// 获取物理机上的任务信息
    ///
    /// `GET /zstack/v1/hosts/task-details`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getHostTask(
        _ request: GetHostTask.Request
    ) async throws -> GetHostTask.Response

    /// GetHostWebSshUrl
    ///
    /// 获取物理机网页终端链接
    ///
    /// 获取一台物理机网页终端链接
    ///
    /// `POST /zstack/v1/hosts/webssh`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取一台物理机网页终端链接消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getHostWebSshUrl(
        _ request: GetHostWebSshUrl.Request
    ) async throws -> GetHostWebSshUrl.Response

    /// GetHypervisorTypes
    ///
    /// 获取云主机虚拟化技术类型
    ///
    /// 获取云主机的虚拟化技术类型
    ///
    /// `GET /zstack/v1/hosts/hypervisor-types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取云主机虚拟化技术类型
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getHypervisorTypes(
        _ request: GetHypervisorTypes.Request
    ) async throws -> GetHypervisorTypes.Response

    /// GetInterdependentL3NetworksBackupStorages
    ///
    /// 获取内部依赖的L3网络或者镜像服务器信息
    ///
    /// `GET /zstack/v1/backupStorage-l3networks/dependencies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取内部依赖的L3网络或者镜像服务器信息
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getInterdependentL3NetworksBackupStorages(
        _ request: GetInterdependentL3NetworksBackupStorages.Request
    ) async throws -> GetInterdependentL3NetworksBackupStorages.Response

    /// 获取相互依赖的镜像和三层网络(GetInterdependentL3NetworksImages)
    ///
    /// ZStack中一个三层网络属于一个区域，而镜像所在的镜像服务器可以加载到一个或多个区域。镜像服务器本身跟集群也存在依赖关系，例如CEPH的镜像服务器只能
    /// 跟CEPH的主存储一起工作。由于这种依赖关系的存在，创建云主机的时候指定的三层网络和镜像可能并不能一起工作。用户可以通过该API获得镜像或三层网络的相互依赖。
    ///
    /// 当指定了`l3NetworkUuids`参数时，返回的是可以跟这些三层网络一起工作的镜像的清单。
    /// 当指定了`imageUuid`参数时，返回的是可以跟该镜像一起工作的三层网络清单。
    ///
    /// `GET /zstack/v1/images-l3networks/dependencies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络、镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getInterdependentL3NetworksImages(
        _ request: GetInterdependentL3NetworksImages.Request
    ) async throws -> GetInterdependentL3NetworksImages.Response

    /// 获取IP网络地址容量(GetIpAddressCapacity)
    ///
    /// 获取IP网络地址容量
    ///
    /// `GET /zstack/v1/ip-capacity`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: IP地址容量返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getIpAddressCapacity(
        _ request: GetIpAddressCapacity.Request
    ) async throws -> GetIpAddressCapacity.Response

    /// 获取二层网络类型(GetL2NetworkTypes)
    ///
    /// 获取二层网络类型
    ///
    /// `GET /zstack/v1/l2-networks/types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getL2NetworkTypes(
        _ request: GetL2NetworkTypes.Request
    ) async throws -> GetL2NetworkTypes.Response

    /// 获取网络DHCP服务所用地址(GetL3NetworkDhcpIpAddress)
    ///
    /// 获取网络DHCP服务所用地址
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/dhcp-ip`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取DHCP服务所用地址返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getL3NetworkDhcpIpAddress(
        _ request: GetL3NetworkDhcpIpAddress.Request
    ) async throws -> GetL3NetworkDhcpIpAddress.Response

    /// 获取三层网络IP地址使用情况统计(GetL3NetworkIpStatistic)
    ///
    /// 获取三层网络IP地址使用情况统计
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/ip-statistic`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取三层网络IP使用情况统计返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getL3NetworkIpStatistic(
        _ request: GetL3NetworkIpStatistic.Request
    ) async throws -> GetL3NetworkIpStatistic.Response

    /// GetL3NetworkMtu
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/mtu`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getL3NetworkMtu(
        _ request: GetL3NetworkMtu.Request
    ) async throws -> GetL3NetworkMtu.Response

    /// GetL3NetworkRouterInterfaceIp
    ///
    /// 获取三层网络上路由器的接口地址
    ///
    /// `GET /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取三层网络上路由器接口地址回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getL3NetworkRouterInterfaceIp(
        _ request: GetL3NetworkRouterInterfaceIp.Request
    ) async throws -> GetL3NetworkRouterInterfaceIp.Response

    /// 获取三层网络类型(GetL3NetworkTypes)
    ///
    /// 获取三层网络类型
    ///
    /// `GET /zstack/v1/l3-networks/types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 网络类型清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getL3NetworkTypes(
        _ request: GetL3NetworkTypes.Request
    ) async throws -> GetL3NetworkTypes.Response

    /// GetLdapEntry
    ///
    /// 查询LDAP/AD条目
    ///
    /// `GET /zstack/v1/ldap/entry`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ldap条目列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getLdapEntry(
        _ request: GetLdapEntry.Request
    ) async throws -> GetLdapEntry.Response

    /// GetLoadBalancerListenerACLEntries
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/load-balancers/listeners/access-control-lists/entries`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getLoadBalancerListenerACLEntries(
        _ request: GetLoadBalancerListenerACLEntries.Request
    ) async throws -> GetLoadBalancerListenerACLEntries.Response

    /// 获取主机本地存储容量(GetLocalStorageHostDiskCapacity)
    ///
    /// 获取本地存储中物理机本地盘磁盘容量
    ///
    /// `GET /zstack/v1/primary-storage/local-storage/{primaryStorageUuid}/capacities`, synchronous, authorization
    /// required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主机本地存储云盘容量清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getLocalStorageHostDiskCapacity(
        _ request: GetLocalStorageHostDiskCapacity.Request
    ) async throws -> GetLocalStorageHostDiskCapacity.Response

    /// GetLoginProcedures
    ///
    /// 获取登录的认证步骤
    ///
    /// `GET /zstack/v1/login/procedures`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 登录的认证步骤的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getLoginProcedures(
        _ request: GetLoginProcedures.Request
    ) async throws -> GetLoginProcedures.Response

    /// GetManagementNodeArch
    ///
    /// 获取管理节点系统架构
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取管理节点系统架构的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getManagementNodeArch(
        _ request: GetManagementNodeArch.Request
    ) async throws -> GetManagementNodeArch.Response

    /// GetManagementNodeOS
    ///
    /// 获取管理节点系统
    ///
    /// `PUT /zstack/v1/management/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取管理节点系统的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getManagementNodeOS(
        _ request: GetManagementNodeOS.Request
    ) async throws -> GetManagementNodeOS.Response

    /// GetMemorySnapshotGroupReference
    ///
    /// 获取资源被引用的内存快照组
    ///
    /// `GET /zstack/v1/memory-snapshots/group/reference`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取资源引用快照组列表返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getMemorySnapshotGroupReference(
        _ request: GetMemorySnapshotGroupReference.Request
    ) async throws -> GetMemorySnapshotGroupReference.Response

    /// 获取网络服务类型(GetNetworkServiceTypes)
    ///
    /// 获取网络服务类型
    ///
    /// `GET /zstack/v1/network-services/types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 网络服务类型清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getNetworkServiceTypes(
        _ request: GetNetworkServiceTypes.Request
    ) async throws -> GetNetworkServiceTypes.Response

    /// GetPlatformTimeZone
    ///
    /// 获取管理节点当前的时区信息
    ///
    /// `GET /zstack/v1/management-nodes/platform-timezone`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取管理节点时区信息结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getPlatformTimeZone(
        _ request: GetPlatformTimeZone.Request
    ) async throws -> GetPlatformTimeZone.Response

    /// GetPortForwardingAttachableVmNics
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// 获取可应用端口转发规则的云主机网卡列表
    ///
    /// `GET /zstack/v1/port-forwarding/{ruleUuid}/vm-instances/candidate-nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getPortForwardingAttachableVmNics(
        _ request: GetPortForwardingAttachableVmNics.Request
    ) async throws -> GetPortForwardingAttachableVmNics.Response

    /// 获取主存储分配策略清单(GetPrimaryStorageAllocatorStrategies)
    ///
    /// 获取主存储分配策略清单
    ///
    /// `GET /zstack/v1/primary-storage/allocators/strategies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储分配策略清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getPrimaryStorageAllocatorStrategies(
        _ request: GetPrimaryStorageAllocatorStrategies.Request
    ) async throws -> GetPrimaryStorageAllocatorStrategies.Response

    /// 获取主存储容量(GetPrimaryStorageCapacity)
    ///
    /// 获取主存储容量
    ///
    /// `GET /zstack/v1/primary-storage/capacities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储容量信息
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getPrimaryStorageCapacity(
        _ request: GetPrimaryStorageCapacity.Request
    ) async throws -> GetPrimaryStorageCapacity.Response

    /// 获取主存储的License信息(GetPrimaryStorageLicenseInfo)
    ///
    /// 获取主存储的License信息
    ///
    /// `GET /zstack/v1/primary-storage/{uuid}/license`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储License信息
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getPrimaryStorageLicenseInfo(
        _ request: GetPrimaryStorageLicenseInfo.Request
    ) async throws -> GetPrimaryStorageLicenseInfo.Response

    /// 获取主存储类型列表(GetPrimaryStorageTypes)
    ///
    /// 获取主存储类型列表
    ///
    /// `GET /zstack/v1/primary-storage/types`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 存存储类型列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getPrimaryStorageTypes(
        _ request: GetPrimaryStorageTypes.Request
    ) async throws -> GetPrimaryStorageTypes.Response

    /// GetPrimaryStorageUsageReport
    ///
    /// 获取主存储预测容量报告
    ///
    /// `GET /zstack/v1/primary-storage/{primaryStorageUuid}/usage/report`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取主存储预测容量报告返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getPrimaryStorageUsageReport(
        _ request: GetPrimaryStorageUsageReport.Request
    ) async throws -> GetPrimaryStorageUsageReport.Response

    /// 查看资源所属账户
    ///
    /// 输入资源的UUID可以获得该资源所属账户
    ///
    /// `GET /zstack/v1/resources/accounts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getResourceAccount(
        _ request: GetResourceAccount.Request
    ) async throws -> GetResourceAccount.Response

    /// GetResourceBindableConfig
    ///
    /// 罗列可配置的资源高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/bindable`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 罗列可配置的资源高级设置的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getResourceBindableConfig(
        _ request: GetResourceBindableConfig.Request
    ) async throws -> GetResourceBindableConfig.Response

    /// GetResourceBindableConfig
    ///
    /// 罗列可配置的资源高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/bindable/{category}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 罗列可配置的资源高级设置的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getResourceBindableConfigByCategory(
        _ request: GetResourceBindableConfigByCategory.Request
    ) async throws -> GetResourceBindableConfigByCategory.Response

    /// GetResourceConfig
    ///
    /// 获取资源的高级设置
    ///
    /// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}/{name}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取资源的高级设置的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getResourceConfig(
        _ request: GetResourceConfig.Request
    ) async throws -> GetResourceConfig.Response

    /// GetResourceConfigs
    ///
    /// 查询多个资源级配置
    ///
    /// `GET /zstack/v1/resource-configurations/{resourceUuid}/{category}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询多个资源级配置的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getResourceConfigs(
        _ request: GetResourceConfigs.Request
    ) async throws -> GetResourceConfigs.Response

    /// GetResourceNames
    ///
    /// 输入资源的UUID可以获得该资源的名称，例如知道虚拟机的UUID，用于获得虚拟机名称。该API的特点在在于无需知道某个UUID具体代表什么资源，易于UI用作UUID到名称的翻译
    ///
    /// `GET /zstack/v1/resources/names`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getResourceNames(
        _ request: GetResourceNames.Request
    ) async throws -> GetResourceNames.Response

    /// 获取spice的CA证书(GetSpiceCertificates)
    ///
    /// 开启Spice TLS加密后，spice客户端需要下载CA证书才能访问云主机控制台
    ///
    /// `GET /zstack/v1/spice/certificates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取spice的CA证书
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getSpiceCertificates(
        _ request: GetSpiceCertificates.Request
    ) async throws -> GetSpiceCertificates.Response

    /// GetSupportAPIs
    ///
    /// 获取所有支持的API
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 支持的API列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getSupportAPIs(
        _ request: GetSupportAPIs.Request
    ) async throws -> GetSupportAPIs.Response

    /// GetSupportedIdentityModels
    ///
    /// 获取支持的账户类型
    ///
    /// `GET /zstack/v1/identity-models`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取支持的账户类型的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getSupportedIdentityModels(
        _ request: GetSupportedIdentityModels.Request
    ) async throws -> GetSupportedIdentityModels.Response

    /// GetTaskProgress
    ///
    /// 获取任务进度
    ///
    /// `GET /zstack/v1/task-progresses/{apiId}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getTaskProgress(
        _ request: GetTaskProgress.Request
    ) async throws -> GetTaskProgress.Response

    /// GetTrashOnBackupStorage
    ///
    /// 获取备份存储上的回收数据列表
    ///
    /// `GET /zstack/v1/backup-storage/trash`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取备份存储上的回收数据列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getTrashOnBackupStorage(
        _ request: GetTrashOnBackupStorage.Request
    ) async throws -> GetTrashOnBackupStorage.Response

    /// GetTrashOnPrimaryStorage
    ///
    /// 获取主存储站上的回收数据列表
    ///
    /// `GET /zstack/v1/primary-storage/trash`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取主存储上的回收数据列表结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getTrashOnPrimaryStorage(
        _ request: GetTrashOnPrimaryStorage.Request
    ) async throws -> GetTrashOnPrimaryStorage.Response

    /// GetUploadImageJobDetails
    ///
    /// 获取上传镜像任务详情
    ///
    /// `GET /zstack/v1/images/upload-job/details/{imageId}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取上传镜像任务详情结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getUploadImageJobDetails(
        _ request: GetUploadImageJobDetails.Request
    ) async throws -> GetUploadImageJobDetails.Response

    /// 获取虚拟交换机类型(GetVSwitchTypes)
    ///
    /// 获取虚拟交换机类型
    ///
    /// `GET /zstack/v1/l2-networks/vSwitchTypes`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 虚拟交换机类型清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVSwitchTypes(
        _ request: GetVSwitchTypes.Request
    ) async throws -> GetVSwitchTypes.Response

    /// GetVersion
    ///
    /// 获取当前版本
    ///
    /// 获取当前版本
    ///
    /// `PUT /zstack/v1/management-nodes/actions`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 管理节点当前版本
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVersion(
        _ request: GetVersion.Request
    ) async throws -> GetVersion.Response

    /// GetVipAvailablePort
    ///
    /// 获取VIP空闲端口
    ///
    /// `GET /zstack/v1/vips/{vipUuid}/get-port-availability`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取VIP空闲端口
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVipAvailablePort(
        _ request: GetVipAvailablePort.Request
    ) async throws -> GetVipAvailablePort.Response

    /// GetVipUsedPorts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/vips/{uuid}/usedports`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVipUsedPorts(
        _ request: GetVipUsedPorts.Request
    ) async throws -> GetVipUsedPorts.Response

    /// 获取云主机可加载云盘列表(GetVmAttachableDataVolume)
    ///
    /// 获取一个云主机可以加载的云盘列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/data-volume-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可加载云盘
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmAttachableDataVolume(
        _ request: GetVmAttachableDataVolume.Request
    ) async throws -> GetVmAttachableDataVolume.Response

    /// 获取云主机可加载三层网络列表(GetVmAttachableL3Network)
    ///
    /// 获取一个云主机可加载网络三层网络列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/l3-networks-candidates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可加载三层网络
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmAttachableL3Network(
        _ request: GetVmAttachableL3Network.Request
    ) async throws -> GetVmAttachableL3Network.Response

    /// 获得云主机启动设备列表(GetVmBootOrder)
    ///
    /// 获得一个云主机的启动设备列表
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/boot-orders`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmBootOrder(
        _ request: GetVmBootOrder.Request
    ) async throws -> GetVmBootOrder.Response

    /// 获取云主机能力(GetVmCapabilities)
    ///
    /// 获取一个云主机的能力，用于判断云主机是否能做某些特定操作。目前已定义能力包括:
    ///
    /// |名称|描述|类型|
    /// |---|---|---|
    /// |LiveMigration|是否支持热迁移|Boolean|
    /// |VolumeMigration|是否支持根云盘迁移|Boolean|
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/capabilities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机能力结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmCapabilities(
        _ request: GetVmCapabilities.Request
    ) async throws -> GetVmCapabilities.Response

    /// 获取云主机控制台地址(GetVmConsoleAddress)
    ///
    /// 获取云主机控制台地址和访问协议
    ///
    /// >该API应该仅仅用于调试目的
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/console-addresses`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机控制台地址
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmConsoleAddress(
        _ request: GetVmConsoleAddress.Request
    ) async throws -> GetVmConsoleAddress.Response

    /// 获取云主机控制台密码(GetVmConsolePassword)
    ///
    /// 获取一个云主机的控制台密码
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/console-passwords`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机控制台密码
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmConsolePassword(
        _ request: GetVmConsolePassword.Request
    ) async throws -> GetVmConsolePassword.Response

    /// GetVmDeviceAddress
    ///
    /// 获取云主机内部与云平台资源对应的设备地址
    ///
    /// `GET /zstack/v1/vm-instances/devices`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取云主机设备地址结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmDeviceAddress(
        _ request: GetVmDeviceAddress.Request
    ) async throws -> GetVmDeviceAddress.Response

    /// 获取云主机Hostname(GetVmHostname)
    ///
    /// 获取云主机指定的Hostname。该Hostname是用户之前用SetVmHostname指定的。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/hostnames`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机hostname
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmHostname(
        _ request: GetVmHostname.Request
    ) async throws -> GetVmHostname.Response

    /// 获取可热迁移的物理机列表(GetVmMigrationCandidateHosts)
    ///
    /// 获取一个云主机可以热迁移的物理机列表
    ///
    /// `GET /zstack/v1/vm-instances/{vmInstanceUuid}/migration-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 可迁移物理机
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmMigrationCandidateHosts(
        _ request: GetVmMigrationCandidateHosts.Request
    ) async throws -> GetVmMigrationCandidateHosts.Response

    /// GetVmNicAttachableEips
    ///
    /// 获取云主机网卡可挂载弹性IP
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/candidate-eips`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取云主机网卡可挂载弹性IP的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmNicAttachableEips(
        _ request: GetVmNicAttachableEips.Request
    ) async throws -> GetVmNicAttachableEips.Response

    /// 获取网卡加载的网络服务名称(GetVmNicAttachedNetworkService)
    ///
    /// 获取一个网卡已加载的网络服务名称
    ///
    /// `GET /zstack/v1/vm-instances/nics/{vmNicUuid}/attached-networkservices`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 网卡已加载的网络服务名称
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmNicAttachedNetworkService(
        _ request: GetVmNicAttachedNetworkService.Request
    ) async throws -> GetVmNicAttachedNetworkService.Response

    /// 获取云主机SSH KEY(GetVmSshKey)
    ///
    /// 获取一个云主机的SSH Key，该SSH key是通过SetVmSshKey设置的。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/ssh-keys`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机SSH Key
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmSshKey(
        _ request: GetVmSshKey.Request
    ) async throws -> GetVmSshKey.Response

    /// 获取云主机可启动目的地列表(GetVmStartingCandidateClustersHosts)
    ///
    /// 获取一个停止的云主机可以启动的集群、物理机列表。用户可以用该API判断一个停止可以在哪些集群、物理机上启动。
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}/starting-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机可启动目的地结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmStartingCandidateClustersHosts(
        _ request: GetVmStartingCandidateClustersHosts.Request
    ) async throws -> GetVmStartingCandidateClustersHosts.Response

    /// GetVmTask
    ///
    /// 获取虚拟机上的任务信息
    ///
    /// `GET /zstack/v1/vm-instances/task-details`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取任务队列返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmTask(
        _ request: GetVmTask.Request
    ) async throws -> GetVmTask.Response

    /// GetVmsCapabilities
    ///
    /// 批量获取云主机能力
    ///
    /// `GET /zstack/v1/vm-instances/capabilities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 批量获取云主机能力返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVmsCapabilities(
        _ request: GetVmsCapabilities.Request
    ) async throws -> GetVmsCapabilities.Response

    /// 获取云盘支持的类型的能力(GetVolumeCapabilities)
    ///
    /// 获取云盘支持的类型的能力
    ///
    /// `GET /zstack/v1/volumes/{uuid}/capabilities`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘支持的类型的列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVolumeCapabilities(
        _ request: GetVolumeCapabilities.Request
    ) async throws -> GetVolumeCapabilities.Response

    /// GetVolumeFormat
    ///
    /// 获取云盘格式
    ///
    /// `GET /zstack/v1/volumes/formats`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVolumeFormat(
        _ request: GetVolumeFormat.Request
    ) async throws -> GetVolumeFormat.Response

    /// GetVolumeSnapshotSize
    ///
    /// 获取快照容量
    ///
    /// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取快照容量返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getVolumeSnapshotSize(
        _ request: GetVolumeSnapshotSize.Request
    ) async throws -> GetVolumeSnapshotSize.Response

    /// GetZone
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/zones/{uuid}/info`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func getZone(
        _ request: GetZone.Request
    ) async throws -> GetZone.Response

    /// IsOpensourceVersion
    ///
    /// 判断ZStack是否为开源版本。开源版本不带企业版插件
    ///
    /// `GET /zstack/v1/meta-data/opensource`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 返回当前ZStack是否为开源版本
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func isOpensourceVersion(
        _ request: IsOpensourceVersion.Request
    ) async throws -> IsOpensourceVersion.Response

    /// IsReadyToGo
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/management-nodes/ready`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func isReadyToGo(
        _ request: IsReadyToGo.Request
    ) async throws -> IsReadyToGo.Response

    /// KvmRunShell
    ///
    /// KVM运行命令
    ///
    /// KVM运行命令
    ///
    /// `PUT /zstack/v1/hosts/kvm/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: KVM执行shell结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func kvmRunShell(
        _ request: KvmRunShell.Request
    ) async throws -> KvmRunShell.Response

    /// LocalStorageGetVolumeMigratableHosts
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/volumes/{volumeUuid}/migration-target-hosts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func localStorageGetVolumeMigratableHosts(
        _ request: LocalStorageGetVolumeMigratableHosts.Request
    ) async throws -> LocalStorageGetVolumeMigratableHosts.Response

    /// 迁移本地存储上存放的云盘(LocalStorageMigrateVolume)
    ///
    /// 迁移本地存储上存放的云盘
    ///
    /// `PUT /zstack/v1/primary-storage/local-storage/volumes/{volumeUuid}/actions`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 本地存储资源引用清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func localStorageMigrateVolume(
        _ request: LocalStorageMigrateVolume.Request
    ) async throws -> LocalStorageMigrateVolume.Response

    /// LogIn
    ///
    /// 登录
    ///
    /// `PUT /zstack/v1/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func logIn(
        _ request: LogIn.Request
    ) async throws -> LogIn.Response

    /// LogInByAccount
    ///
    /// 使用账户身份登录
    ///
    /// 使用账户身份登录
    ///
    /// `PUT /zstack/v1/accounts/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func logInByAccount(
        _ request: LogInByAccount.Request
    ) async throws -> LogInByAccount.Response

    /// LogInByLdap
    ///
    /// 使用LDAP身份登录
    ///
    /// 使用LDAP身份登录
    ///
    /// `PUT /zstack/v1/ldap/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 登录操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func logInByLdap(
        _ request: LogInByLdap.Request
    ) async throws -> LogInByLdap.Response

    /// LogInByUser
    ///
    /// 使用用户身份登录
    ///
    /// 使用用户身份登录
    ///
    /// `PUT /zstack/v1/accounts/users/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func logInByUser(
        _ request: LogInByUser.Request
    ) async throws -> LogInByUser.Response

    /// LogOut
    ///
    /// 退出当前登录状态
    ///
    /// 退出当前登录状态
    ///
    /// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func logOut(
        _ request: LogOut.Request
    ) async throws -> LogOut.Response

    /// 热迁移云主机(MigrateVm)
    ///
    /// 将云主机热迁移至另一个物理机
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func migrateVm(
        _ request: MigrateVm.Request
    ) async throws -> MigrateVm.Response

    /// MoveDirectory
    ///
    /// 移动目录
    ///
    /// `PUT /zstack/v1/move/directory`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 移动目录返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func moveDirectory(
        _ request: MoveDirectory.Request
    ) async throws -> MoveDirectory.Response

    /// MoveResourcesToDirectory
    ///
    /// 移动资源到指定目录
    ///
    /// `PUT /zstack/v1/move/resources/directory`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 移动资源到指定目录返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func moveResourcesToDirectory(
        _ request: MoveResourcesToDirectory.Request
    ) async throws -> MoveResourcesToDirectory.Response

    /// 暂停云主机(PauseVmInstance)
    ///
    /// 暂停一个云主机，云主机状态仍然存在内存里面，稍后可以恢复
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func pauseVmInstance(
        _ request: PauseVmInstance.Request
    ) async throws -> PauseVmInstance.Response

    /// PowerOnHost
    ///
    /// 物理机开机
    ///
    /// 一台物理机开机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 物理机开机消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func powerOnHost(
        _ request: PowerOnHost.Request
    ) async throws -> PowerOnHost.Response

    /// PowerResetHost
    ///
    /// 重启物理机
    ///
    /// 重启一台物理机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重启物理机消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func powerResetHost(
        _ request: PowerResetHost.Request
    ) async throws -> PowerResetHost.Response

    /// 重新配置虚拟路由器(ProvisionVirtualRouterConfig)
    ///
    /// 重新配置虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/provision`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重新配置虚拟路由器的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func provisionVirtualRouterConfig(
        _ request: ProvisionVirtualRouterConfig.Request
    ) async throws -> ProvisionVirtualRouterConfig.Response

    /// QueryAccessControlList
    ///
    /// 查询访问控制策略组
    ///
    /// `GET /zstack/v1/access-control-lists`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAccessControlList(
        _ request: QueryAccessControlList.Request
    ) async throws -> QueryAccessControlList.Response

    /// QueryAccessControlList
    ///
    /// 查询访问控制策略组
    ///
    /// `GET /zstack/v1/access-control-lists/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 访问控制策略组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAccessControlListByUuid(
        _ request: QueryAccessControlListByUuid.Request
    ) async throws -> QueryAccessControlListByUuid.Response

    /// QueryAccount
    ///
    /// 查询账户
    ///
    /// 查询账户
    ///
    /// `GET /zstack/v1/accounts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAccount(
        _ request: QueryAccount.Request
    ) async throws -> QueryAccount.Response

    /// QueryAccount
    ///
    /// 查询账户
    ///
    /// 查询账户
    ///
    /// `GET /zstack/v1/accounts/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAccountByUuid(
        _ request: QueryAccountByUuid.Request
    ) async throws -> QueryAccountByUuid.Response

    /// QueryAccountResourceRef
    ///
    /// 查询账户资源引用
    ///
    /// 查询账户资源引用
    ///
    /// `GET /zstack/v1/accounts/resources/refs`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户资源引用清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAccountResourceRef(
        _ request: QueryAccountResourceRef.Request
    ) async throws -> QueryAccountResourceRef.Response

    /// 查询IP地址池(QueryAddressPool)
    ///
    /// 查询IP地址池
    ///
    /// `GET /zstack/v1/l3-networks/address-pools`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: IP地址池清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAddressPool(
        _ request: QueryAddressPool.Request
    ) async throws -> QueryAddressPool.Response

    /// 查询IP地址池(QueryAddressPool)
    ///
    /// 查询IP地址池
    ///
    /// `GET /zstack/v1/l3-networks/address-pools/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: IP地址池清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAddressPoolByUuid(
        _ request: QueryAddressPoolByUuid.Request
    ) async throws -> QueryAddressPoolByUuid.Response

    /// QueryAgentVersion
    ///
    /// 查询 Agent 版本信息
    ///
    /// `GET /zstack/v1/agent-version`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询 Agent 版本信息返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAgentVersion(
        _ request: QueryAgentVersion.Request
    ) async throws -> QueryAgentVersion.Response

    /// QueryAgentVersion
    ///
    /// 查询 Agent 版本信息
    ///
    /// `GET /zstack/v1/agent-version/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询 Agent 版本信息返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryAgentVersionByUuid(
        _ request: QueryAgentVersionByUuid.Request
    ) async throws -> QueryAgentVersionByUuid.Response

    /// 查询系统云主机(QueryApplianceVm)
    ///
    /// 查询系统云主机
    ///
    /// `GET /zstack/v1/vm-instances/appliances`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 系统云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryApplianceVm(
        _ request: QueryApplianceVm.Request
    ) async throws -> QueryApplianceVm.Response

    /// 查询系统云主机(QueryApplianceVm)
    ///
    /// 查询系统云主机
    ///
    /// `GET /zstack/v1/vm-instances/appliances/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 系统云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryApplianceVmByUuid(
        _ request: QueryApplianceVmByUuid.Request
    ) async throws -> QueryApplianceVmByUuid.Response

    /// 查询镜像服务器(QueryBackupStorage)
    ///
    /// 查询镜像服务器
    ///
    /// `GET /zstack/v1/backup-storage`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryBackupStorage(
        _ request: QueryBackupStorage.Request
    ) async throws -> QueryBackupStorage.Response

    /// 查询镜像服务器(QueryBackupStorage)
    ///
    /// 查询镜像服务器
    ///
    /// `GET /zstack/v1/backup-storage/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryBackupStorageByUuid(
        _ request: QueryBackupStorageByUuid.Request
    ) async throws -> QueryBackupStorageByUuid.Response

    /// 查询 Ceph 镜像服务器(QueryCephBackupStorage)
    ///
    /// 查询 Ceph 镜像服务器
    ///
    /// `GET /zstack/v1/backup-storage/ceph`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCephBackupStorage(
        _ request: QueryCephBackupStorage.Request
    ) async throws -> QueryCephBackupStorage.Response

    /// 查询 Ceph 镜像服务器(QueryCephBackupStorage)
    ///
    /// 查询 Ceph 镜像服务器
    ///
    /// `GET /zstack/v1/backup-storage/ceph/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCephBackupStorageByUuid(
        _ request: QueryCephBackupStorageByUuid.Request
    ) async throws -> QueryCephBackupStorageByUuid.Response

    /// QueryCephOsdGroup
    ///
    /// 查询CephOsdGroup相关信息
    ///
    /// `GET /zstack/v1/primary-storage/ceph/osdgroups`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询CephOsdGroup返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCephOsdGroup(
        _ request: QueryCephOsdGroup.Request
    ) async throws -> QueryCephOsdGroup.Response

    /// QueryCephOsdGroup
    ///
    /// 查询CephOsdGroup相关信息
    ///
    /// `GET /zstack/v1/primary-storage/ceph/osdgroups/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询CephOsdGroup返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCephOsdGroupByUuid(
        _ request: QueryCephOsdGroupByUuid.Request
    ) async throws -> QueryCephOsdGroupByUuid.Response

    /// 查询 Ceph 主存储(QueryCephPrimaryStorage)
    ///
    /// 查询 Ceph 主存储
    ///
    /// `GET /zstack/v1/primary-storage/ceph`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCephPrimaryStorage(
        _ request: QueryCephPrimaryStorage.Request
    ) async throws -> QueryCephPrimaryStorage.Response

    /// 查询 Ceph 主存储(QueryCephPrimaryStorage)
    ///
    /// 查询 Ceph 主存储
    ///
    /// `GET /zstack/v1/primary-storage/ceph/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCephPrimaryStorageByUuid(
        _ request: QueryCephPrimaryStorageByUuid.Request
    ) async throws -> QueryCephPrimaryStorageByUuid.Response

    /// QueryCephPrimaryStoragePool
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/primary-storage/ceph/pools`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCephPrimaryStoragePool(
        _ request: QueryCephPrimaryStoragePool.Request
    ) async throws -> QueryCephPrimaryStoragePool.Response

    /// QueryCephPrimaryStoragePool
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/primary-storage/ceph/pools/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCephPrimaryStoragePoolByUuid(
        _ request: QueryCephPrimaryStoragePoolByUuid.Request
    ) async throws -> QueryCephPrimaryStoragePoolByUuid.Response

    /// QueryCertificate
    ///
    /// 查询证书
    ///
    /// `GET /zstack/v1/certificates`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询证书清单返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCertificate(
        _ request: QueryCertificate.Request
    ) async throws -> QueryCertificate.Response

    /// QueryCertificate
    ///
    /// 查询证书
    ///
    /// `GET /zstack/v1/certificates/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询证书清单返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCertificateByUuid(
        _ request: QueryCertificateByUuid.Request
    ) async throws -> QueryCertificateByUuid.Response

    /// QueryCluster
    ///
    /// 管理员可以使用QueryCluster命令来查询集群
    ///
    /// 管理员可以使用QueryCluster命令来查询集群
    ///
    /// `GET /zstack/v1/clusters`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryCluster(
        _ request: QueryCluster.Request
    ) async throws -> QueryCluster.Response

    /// QueryCluster
    ///
    /// 管理员可以使用QueryCluster命令来查询集群
    ///
    /// 管理员可以使用QueryCluster命令来查询集群
    ///
    /// `GET /zstack/v1/clusters/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryClusterByUuid(
        _ request: QueryClusterByUuid.Request
    ) async throws -> QueryClusterByUuid.Response

    /// QueryConsoleProxyAgent
    ///
    /// 查询控制台代理Agent
    ///
    /// 查询控制台代理Agent
    ///
    /// `GET /zstack/v1/consoles/agents`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 控制台代理Agent清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryConsoleProxyAgent(
        _ request: QueryConsoleProxyAgent.Request
    ) async throws -> QueryConsoleProxyAgent.Response

    /// QueryConsoleProxyAgent
    ///
    /// 查询控制台代理Agent
    ///
    /// 查询控制台代理Agent
    ///
    /// `GET /zstack/v1/consoles/agents/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 控制台代理Agent清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryConsoleProxyAgentByUuid(
        _ request: QueryConsoleProxyAgentByUuid.Request
    ) async throws -> QueryConsoleProxyAgentByUuid.Response

    /// QueryDirectory
    ///
    /// 查询目录分组
    ///
    /// `GET /zstack/v1/directories`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询目录分组的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryDirectory(
        _ request: QueryDirectory.Request
    ) async throws -> QueryDirectory.Response

    /// QueryDirectory
    ///
    /// 查询目录分组
    ///
    /// `GET /zstack/v1/directories/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询目录分组的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryDirectoryByUuid(
        _ request: QueryDirectoryByUuid.Request
    ) async throws -> QueryDirectoryByUuid.Response

    /// QueryDiskOffering
    ///
    /// 查询云盘规格
    ///
    /// 查询云盘规格
    ///
    /// `GET /zstack/v1/disk-offerings`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘规格清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryDiskOffering(
        _ request: QueryDiskOffering.Request
    ) async throws -> QueryDiskOffering.Response

    /// QueryDiskOffering
    ///
    /// 查询云盘规格
    ///
    /// 查询云盘规格
    ///
    /// `GET /zstack/v1/disk-offerings/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘规格清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryDiskOfferingByUuid(
        _ request: QueryDiskOfferingByUuid.Request
    ) async throws -> QueryDiskOfferingByUuid.Response

    /// 查询弹性IP(QueryEip)
    ///
    /// 查询弹性IP
    ///
    /// `GET /zstack/v1/eips`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryEip(
        _ request: QueryEip.Request
    ) async throws -> QueryEip.Response

    /// 查询弹性IP(QueryEip)
    ///
    /// 查询弹性IP
    ///
    /// `GET /zstack/v1/eips/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryEipByUuid(
        _ request: QueryEipByUuid.Request
    ) async throws -> QueryEipByUuid.Response

    /// QueryEventLog
    ///
    /// 查询Event Log
    ///
    /// `GET /zstack/v1/eventlogs`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询事件日志的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryEventLog(
        _ request: QueryEventLog.Request
    ) async throws -> QueryEventLog.Response

    /// QueryEventLog
    ///
    /// 查询Event Log
    ///
    /// `GET /zstack/v1/eventlogs/{id}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询事件日志的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryEventLogById(
        _ request: QueryEventLogById.Request
    ) async throws -> QueryEventLogById.Response

    /// QueryGCJob
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/gc-jobs`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryGCJob(
        _ request: QueryGCJob.Request
    ) async throws -> QueryGCJob.Response

    /// QueryGCJob
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/gc-jobs/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryGCJobByUuid(
        _ request: QueryGCJobByUuid.Request
    ) async throws -> QueryGCJobByUuid.Response

    /// QueryGlobalConfig
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/global-configurations`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryGlobalConfig(
        _ request: QueryGlobalConfig.Request
    ) async throws -> QueryGlobalConfig.Response

    /// QueryHost
    ///
    /// 查询物理机
    ///
    /// 获取物理机清单
    ///
    /// `GET /zstack/v1/hosts`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取物理机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryHost(
        _ request: QueryHost.Request
    ) async throws -> QueryHost.Response

    /// QueryHost
    ///
    /// 查询物理机
    ///
    /// 获取物理机清单
    ///
    /// `GET /zstack/v1/hosts/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取物理机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryHostByUuid(
        _ request: QueryHostByUuid.Request
    ) async throws -> QueryHostByUuid.Response

    /// QueryHostNetworkInterfaceLldp
    ///
    /// 查询物理网口lldp配置
    ///
    /// `GET /zstack/v1/hostNetworkInterface/lldp/all`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询物理网口lldp配置
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryHostNetworkInterfaceLldp(
        _ request: QueryHostNetworkInterfaceLldp.Request
    ) async throws -> QueryHostNetworkInterfaceLldp.Response

    /// QueryHostNetworkInterfaceLldp
    ///
    /// 查询物理网口lldp配置
    ///
    /// `GET /zstack/v1/hostNetworkInterface/lldp/{interfaceUuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询物理网口lldp配置
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryHostNetworkInterfaceLldpByInterfaceUuid(
        _ request: QueryHostNetworkInterfaceLldpByInterfaceUuid.Request
    ) async throws -> QueryHostNetworkInterfaceLldpByInterfaceUuid.Response

    /// QueryHostOsCategory
    ///
    /// 查询物理机系统类型
    ///
    /// `GET /zstack/v1/hosts/os/category`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询物理机系统类型结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryHostOsCategory(
        _ request: QueryHostOsCategory.Request
    ) async throws -> QueryHostOsCategory.Response

    /// QueryImage
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/images`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryImage(
        _ request: QueryImage.Request
    ) async throws -> QueryImage.Response

    /// QueryImage
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/images/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryImageByUuid(
        _ request: QueryImageByUuid.Request
    ) async throws -> QueryImageByUuid.Response

    /// QueryImageCache
    ///
    /// 查询主存储上的镜像缓存
    ///
    /// `GET /zstack/v1/primary-storage/imagecache`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像缓存清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryImageCache(
        _ request: QueryImageCache.Request
    ) async throws -> QueryImageCache.Response

    /// QueryInstanceOffering
    ///
    /// 查询云主机规格
    ///
    /// 查询云主机规格
    ///
    /// `GET /zstack/v1/instance-offerings`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机规格清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryInstanceOffering(
        _ request: QueryInstanceOffering.Request
    ) async throws -> QueryInstanceOffering.Response

    /// QueryInstanceOffering
    ///
    /// 查询云主机规格
    ///
    /// 查询云主机规格
    ///
    /// `GET /zstack/v1/instance-offerings/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机规格清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryInstanceOfferingByUuid(
        _ request: QueryInstanceOfferingByUuid.Request
    ) async throws -> QueryInstanceOfferingByUuid.Response

    /// QueryIpAddress
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/l3-networks/ip-address`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryIpAddress(
        _ request: QueryIpAddress.Request
    ) async throws -> QueryIpAddress.Response

    /// QueryIpAddress
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/l3-networks/ip-address/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryIpAddressByUuid(
        _ request: QueryIpAddressByUuid.Request
    ) async throws -> QueryIpAddressByUuid.Response

    /// 查询IP地址范围(QueryIpRange)
    ///
    /// 查询IP地址范围
    ///
    /// `GET /zstack/v1/l3-networks/ip-ranges`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryIpRange(
        _ request: QueryIpRange.Request
    ) async throws -> QueryIpRange.Response

    /// 查询IP地址范围(QueryIpRange)
    ///
    /// 查询IP地址范围
    ///
    /// `GET /zstack/v1/l3-networks/ip-ranges/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryIpRangeByUuid(
        _ request: QueryIpRangeByUuid.Request
    ) async throws -> QueryIpRangeByUuid.Response

    /// QueryKvmHypervisorInfo
    ///
    /// 查询资源的虚拟化软件信息
    ///
    /// `GET /zstack/v1/hosts/kvm/hypervisor/info`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询资源的虚拟化软件信息结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryKvmHypervisorInfo(
        _ request: QueryKvmHypervisorInfo.Request
    ) async throws -> QueryKvmHypervisorInfo.Response

    /// 查询二层网络(QueryL2Network)
    ///
    /// 查询二层网络
    ///
    /// `GET /zstack/v1/l2-networks`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL2Network(
        _ request: QueryL2Network.Request
    ) async throws -> QueryL2Network.Response

    /// 查询二层网络(QueryL2Network)
    ///
    /// 查询二层网络
    ///
    /// `GET /zstack/v1/l2-networks/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL2NetworkByUuid(
        _ request: QueryL2NetworkByUuid.Request
    ) async throws -> QueryL2NetworkByUuid.Response

    /// 查询二层Vlan网络(QueryL2VlanNetwork)
    ///
    /// 查询二层Vlan网络
    ///
    /// `GET /zstack/v1/l2-networks/vlan`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层Vlan网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL2VlanNetwork(
        _ request: QueryL2VlanNetwork.Request
    ) async throws -> QueryL2VlanNetwork.Response

    /// 查询二层Vlan网络(QueryL2VlanNetwork)
    ///
    /// 查询二层Vlan网络
    ///
    /// `GET /zstack/v1/l2-networks/vlan/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层Vlan网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL2VlanNetworkByUuid(
        _ request: QueryL2VlanNetworkByUuid.Request
    ) async throws -> QueryL2VlanNetworkByUuid.Response

    /// 查询二层VXLAN网络(QueryL2VxlanNetwork)
    ///
    /// 查询二层VXLAN网络
    ///
    /// `GET /zstack/v1/l2-networks/vxlan`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层VXLAN网络清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL2VxlanNetwork(
        _ request: QueryL2VxlanNetwork.Request
    ) async throws -> QueryL2VxlanNetwork.Response

    /// 查询二层VXLAN网络(QueryL2VxlanNetwork)
    ///
    /// 查询二层VXLAN网络
    ///
    /// `GET /zstack/v1/l2-networks/vxlan/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层VXLAN网络清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL2VxlanNetworkByUuid(
        _ request: QueryL2VxlanNetworkByUuid.Request
    ) async throws -> QueryL2VxlanNetworkByUuid.Response

    /// 查询VXLAN资源池(QueryL2VxlanNetworkPool)
    ///
    /// 查询VXLAN资源池
    ///
    /// `GET /zstack/v1/l2-networks/vxlan-pool`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VXLAN资源池清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL2VxlanNetworkPool(
        _ request: QueryL2VxlanNetworkPool.Request
    ) async throws -> QueryL2VxlanNetworkPool.Response

    /// 查询VXLAN资源池(QueryL2VxlanNetworkPool)
    ///
    /// 查询VXLAN资源池
    ///
    /// `GET /zstack/v1/l2-networks/vxlan-pool/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VXLAN资源池清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL2VxlanNetworkPoolByUuid(
        _ request: QueryL2VxlanNetworkPoolByUuid.Request
    ) async throws -> QueryL2VxlanNetworkPoolByUuid.Response

    /// 查询三层网络(QueryL3Network)
    ///
    /// 查询三层网络
    ///
    /// `GET /zstack/v1/l3-networks`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL3Network(
        _ request: QueryL3Network.Request
    ) async throws -> QueryL3Network.Response

    /// 查询三层网络(QueryL3Network)
    ///
    /// 查询三层网络
    ///
    /// `GET /zstack/v1/l3-networks/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryL3NetworkByUuid(
        _ request: QueryL3NetworkByUuid.Request
    ) async throws -> QueryL3NetworkByUuid.Response

    /// QueryLdapBinding
    ///
    /// 查询LDAP绑定
    ///
    /// `GET /zstack/v1/ldap/bindings`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: LDAP账户绑定关系清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLdapBinding(
        _ request: QueryLdapBinding.Request
    ) async throws -> QueryLdapBinding.Response

    /// QueryLdapBinding
    ///
    /// 查询LDAP绑定
    ///
    /// `GET /zstack/v1/ldap/bindings/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: LDAP账户绑定关系清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLdapBindingByUuid(
        _ request: QueryLdapBindingByUuid.Request
    ) async throws -> QueryLdapBindingByUuid.Response

    /// QueryLdapServer
    ///
    /// 查询LDAP服务器
    ///
    /// `GET /zstack/v1/ldap/servers`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: LDAP服务器清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLdapServer(
        _ request: QueryLdapServer.Request
    ) async throws -> QueryLdapServer.Response

    /// QueryLdapServer
    ///
    /// 查询LDAP服务器
    ///
    /// `GET /zstack/v1/ldap/servers/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: LDAP服务器清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLdapServerByUuid(
        _ request: QueryLdapServerByUuid.Request
    ) async throws -> QueryLdapServerByUuid.Response

    /// 查询负载均衡器(QueryLoadBalancer)
    ///
    /// 查询负载均衡器
    ///
    /// `GET /zstack/v1/load-balancers`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLoadBalancer(
        _ request: QueryLoadBalancer.Request
    ) async throws -> QueryLoadBalancer.Response

    /// 查询负载均衡器(QueryLoadBalancer)
    ///
    /// 查询负载均衡器
    ///
    /// `GET /zstack/v1/load-balancers/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLoadBalancerByUuid(
        _ request: QueryLoadBalancerByUuid.Request
    ) async throws -> QueryLoadBalancerByUuid.Response

    /// 查询负载均衡监听器(QueryLoadBalancerListener)
    ///
    /// 查询负载均衡监听器
    ///
    /// `GET /zstack/v1/load-balancers/listeners`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLoadBalancerListener(
        _ request: QueryLoadBalancerListener.Request
    ) async throws -> QueryLoadBalancerListener.Response

    /// 查询负载均衡监听器(QueryLoadBalancerListener)
    ///
    /// 查询负载均衡监听器
    ///
    /// `GET /zstack/v1/load-balancers/listeners/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLoadBalancerListenerByUuid(
        _ request: QueryLoadBalancerListenerByUuid.Request
    ) async throws -> QueryLoadBalancerListenerByUuid.Response

    /// QueryLoadBalancerServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/load-balancers/servergroups`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLoadBalancerServerGroup(
        _ request: QueryLoadBalancerServerGroup.Request
    ) async throws -> QueryLoadBalancerServerGroup.Response

    /// QueryLoadBalancerServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/load-balancers/servergroups/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLoadBalancerServerGroupByUuid(
        _ request: QueryLoadBalancerServerGroupByUuid.Request
    ) async throws -> QueryLoadBalancerServerGroupByUuid.Response

    /// 查询本地存储资源引用(QueryLocalStorageResourceRef)
    ///
    /// 查询本地存储资源引用
    ///
    /// `GET /zstack/v1/primary-storage/local-storage/resource-refs`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 本地存储资源引用清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLocalStorageResourceRef(
        _ request: QueryLocalStorageResourceRef.Request
    ) async throws -> QueryLocalStorageResourceRef.Response

    /// QueryLongJob
    ///
    /// 查询长任务
    ///
    /// 查询长任务
    ///
    /// `GET /zstack/v1/longjobs`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询所得长任务
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLongJob(
        _ request: QueryLongJob.Request
    ) async throws -> QueryLongJob.Response

    /// QueryLongJob
    ///
    /// 查询长任务
    ///
    /// 查询长任务
    ///
    /// `GET /zstack/v1/longjobs/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询所得长任务
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryLongJobByUuid(
        _ request: QueryLongJobByUuid.Request
    ) async throws -> QueryLongJobByUuid.Response

    /// QueryManagementNode
    ///
    /// 查询管理节点
    ///
    /// 查询管理节点
    ///
    /// `GET /zstack/v1/management-nodes`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 管理节点清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryManagementNode(
        _ request: QueryManagementNode.Request
    ) async throws -> QueryManagementNode.Response

    /// QueryManagementNode
    ///
    /// 查询管理节点
    ///
    /// 查询管理节点
    ///
    /// `GET /zstack/v1/management-nodes/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 管理节点清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryManagementNodeByUuid(
        _ request: QueryManagementNodeByUuid.Request
    ) async throws -> QueryManagementNodeByUuid.Response

    /// 查询网络服务与三层网络引用(QueryNetworkServiceL3NetworkRef)
    ///
    /// 查询网络服务与三层网络引用
    ///
    /// `GET /zstack/v1/l3-networks/network-services/refs`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryNetworkServiceL3NetworkRef(
        _ request: QueryNetworkServiceL3NetworkRef.Request
    ) async throws -> QueryNetworkServiceL3NetworkRef.Response

    /// 查询网络服务模块(QueryNetworkServiceProvider)
    ///
    /// 查询网络服务模块
    ///
    /// `GET /zstack/v1/network-services/providers`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 网络服务模块清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryNetworkServiceProvider(
        _ request: QueryNetworkServiceProvider.Request
    ) async throws -> QueryNetworkServiceProvider.Response

    /// QueryPolicy
    ///
    /// 查询策略
    ///
    /// 查询策略
    ///
    /// `GET /zstack/v1/accounts/policies`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 策略清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryPolicy(
        _ request: QueryPolicy.Request
    ) async throws -> QueryPolicy.Response

    /// QueryPolicy
    ///
    /// 查询策略
    ///
    /// 查询策略
    ///
    /// `GET /zstack/v1/accounts/policies/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 策略清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryPolicyByUuid(
        _ request: QueryPolicyByUuid.Request
    ) async throws -> QueryPolicyByUuid.Response

    /// QueryPortForwardingRule
    ///
    /// 用户可以使用QueryPortForwardingRule来查询规则
    ///
    /// 用户可以使用QueryPortForwardingRule来查询规则
    ///
    /// `GET /zstack/v1/port-forwarding`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryPortForwardingRule(
        _ request: QueryPortForwardingRule.Request
    ) async throws -> QueryPortForwardingRule.Response

    /// QueryPortForwardingRule
    ///
    /// 用户可以使用QueryPortForwardingRule来查询规则
    ///
    /// 用户可以使用QueryPortForwardingRule来查询规则
    ///
    /// `GET /zstack/v1/port-forwarding/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryPortForwardingRuleByUuid(
        _ request: QueryPortForwardingRuleByUuid.Request
    ) async throws -> QueryPortForwardingRuleByUuid.Response

    /// QueryPrimaryStorage
    ///
    /// 查询主存储
    ///
    /// `GET /zstack/v1/primary-storage`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryPrimaryStorage(
        _ request: QueryPrimaryStorage.Request
    ) async throws -> QueryPrimaryStorage.Response

    /// QueryQuota
    ///
    /// 查询配额
    ///
    /// 查询配额
    ///
    /// `GET /zstack/v1/accounts/quotas`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 配额清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryQuota(
        _ request: QueryQuota.Request
    ) async throws -> QueryQuota.Response

    /// QueryResourceConfig
    ///
    /// 查询资源高级设置
    ///
    /// `GET /zstack/v1/resource-configurations`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询资源高级设置的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryResourceConfig(
        _ request: QueryResourceConfig.Request
    ) async throws -> QueryResourceConfig.Response

    /// QueryRole
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/identities/roles`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryRole(
        _ request: QueryRole.Request
    ) async throws -> QueryRole.Response

    /// QueryRole
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/identities/roles/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryRoleByUuid(
        _ request: QueryRoleByUuid.Request
    ) async throws -> QueryRoleByUuid.Response

    /// QuerySdnController
    ///
    /// 查询SDN控制器
    ///
    /// `GET /zstack/v1/sdn-controllers`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySdnController(
        _ request: QuerySdnController.Request
    ) async throws -> QuerySdnController.Response

    /// QuerySdnController
    ///
    /// 查询SDN控制器
    ///
    /// `GET /zstack/v1/sdn-controllers/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySdnControllerByUuid(
        _ request: QuerySdnControllerByUuid.Request
    ) async throws -> QuerySdnControllerByUuid.Response

    /// QuerySecurityGroup
    ///
    /// 查询安全组
    ///
    /// 查询安全组
    ///
    /// `GET /zstack/v1/security-groups`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySecurityGroup(
        _ request: QuerySecurityGroup.Request
    ) async throws -> QuerySecurityGroup.Response

    /// QuerySecurityGroup
    ///
    /// 查询安全组
    ///
    /// 查询安全组
    ///
    /// `GET /zstack/v1/security-groups/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySecurityGroupByUuid(
        _ request: QuerySecurityGroupByUuid.Request
    ) async throws -> QuerySecurityGroupByUuid.Response

    /// QuerySecurityGroupRule
    ///
    /// 查询安全组规则
    ///
    /// 查询安全组规则
    ///
    /// `GET /zstack/v1/security-groups/rules`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySecurityGroupRule(
        _ request: QuerySecurityGroupRule.Request
    ) async throws -> QuerySecurityGroupRule.Response

    /// QuerySecurityGroupRule
    ///
    /// 查询安全组规则
    ///
    /// 查询安全组规则
    ///
    /// `GET /zstack/v1/security-groups/rules/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySecurityGroupRuleByUuid(
        _ request: QuerySecurityGroupRuleByUuid.Request
    ) async throws -> QuerySecurityGroupRuleByUuid.Response

    /// 查询Sftp镜像服务器(QuerySftpBackupStorage)
    ///
    /// 查询所有的Sftp镜像服务器
    ///
    /// `GET /zstack/v1/backup-storage/sftp`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Sftp镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySftpBackupStorage(
        _ request: QuerySftpBackupStorage.Request
    ) async throws -> QuerySftpBackupStorage.Response

    /// 查询Sftp镜像服务器(QuerySftpBackupStorage)
    ///
    /// 查询所有的Sftp镜像服务器
    ///
    /// `GET /zstack/v1/backup-storage/sftp/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Sftp镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySftpBackupStorageByUuid(
        _ request: QuerySftpBackupStorageByUuid.Request
    ) async throws -> QuerySftpBackupStorageByUuid.Response

    /// QuerySharedResource
    ///
    /// 查询共享资源
    ///
    /// 查询共享资源
    ///
    /// `GET /zstack/v1/accounts/resources`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 共享资源清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySharedResource(
        _ request: QuerySharedResource.Request
    ) async throws -> QuerySharedResource.Response

    /// QuerySshKeyPair
    ///
    /// 查询密钥对
    ///
    /// `GET /zstack/v1/ssh-key-pair`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询密钥对返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySshKeyPair(
        _ request: QuerySshKeyPair.Request
    ) async throws -> QuerySshKeyPair.Response

    /// QuerySshKeyPair
    ///
    /// 查询密钥对
    ///
    /// `GET /zstack/v1/ssh-key-pair/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询密钥对返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySshKeyPairByUuid(
        _ request: QuerySshKeyPairByUuid.Request
    ) async throws -> QuerySshKeyPairByUuid.Response

    /// QuerySystemTag
    ///
    /// 查询系统标签
    ///
    /// 查询系统标签
    ///
    /// `GET /zstack/v1/system-tags`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySystemTag(
        _ request: QuerySystemTag.Request
    ) async throws -> QuerySystemTag.Response

    /// QuerySystemTag
    ///
    /// 查询系统标签
    ///
    /// 查询系统标签
    ///
    /// `GET /zstack/v1/system-tags/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func querySystemTagByUuid(
        _ request: QuerySystemTagByUuid.Request
    ) async throws -> QuerySystemTagByUuid.Response

    /// QueryUser
    ///
    /// 查询用户
    ///
    /// 查询用户
    ///
    /// `GET /zstack/v1/accounts/users`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 用户清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryUser(
        _ request: QueryUser.Request
    ) async throws -> QueryUser.Response

    /// QueryUser
    ///
    /// 查询用户
    ///
    /// 查询用户
    ///
    /// `GET /zstack/v1/accounts/users/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 用户清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryUserByUuid(
        _ request: QueryUserByUuid.Request
    ) async throws -> QueryUserByUuid.Response

    /// QueryUserGroup
    ///
    /// 查询用户组
    ///
    /// 查询用户组
    ///
    /// `GET /zstack/v1/accounts/groups`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 用户组清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryUserGroup(
        _ request: QueryUserGroup.Request
    ) async throws -> QueryUserGroup.Response

    /// QueryUserGroup
    ///
    /// 查询用户组
    ///
    /// 查询用户组
    ///
    /// `GET /zstack/v1/accounts/groups/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 用户组清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryUserGroupByUuid(
        _ request: QueryUserGroupByUuid.Request
    ) async throws -> QueryUserGroupByUuid.Response

    /// QueryUserTag
    ///
    /// 查询用户标签
    ///
    /// 查询用户标签
    ///
    /// `GET /zstack/v1/user-tags`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryUserTag(
        _ request: QueryUserTag.Request
    ) async throws -> QueryUserTag.Response

    /// QueryUserTag
    ///
    /// 查询用户标签
    ///
    /// 查询用户标签
    ///
    /// `GET /zstack/v1/user-tags/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryUserTagByUuid(
        _ request: QueryUserTagByUuid.Request
    ) async throws -> QueryUserTagByUuid.Response

    /// QueryVip
    ///
    /// 查询VIP
    ///
    /// 查询VIP
    ///
    /// `GET /zstack/v1/vips`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVip(
        _ request: QueryVip.Request
    ) async throws -> QueryVip.Response

    /// QueryVip
    ///
    /// 查询VIP
    ///
    /// 查询VIP
    ///
    /// `GET /zstack/v1/vips/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVipByUuid(
        _ request: QueryVipByUuid.Request
    ) async throws -> QueryVipByUuid.Response

    /// 查询虚拟路由器规格(QueryVirtualRouterOffering)
    ///
    /// 查询虚拟路由器规格
    ///
    /// `GET /zstack/v1/instance-offerings/virtual-routers`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 虚拟路由器规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVirtualRouterOffering(
        _ request: QueryVirtualRouterOffering.Request
    ) async throws -> QueryVirtualRouterOffering.Response

    /// 查询虚拟路由器规格(QueryVirtualRouterOffering)
    ///
    /// 查询虚拟路由器规格
    ///
    /// `GET /zstack/v1/instance-offerings/virtual-routers/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 虚拟路由器规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVirtualRouterOfferingByUuid(
        _ request: QueryVirtualRouterOfferingByUuid.Request
    ) async throws -> QueryVirtualRouterOfferingByUuid.Response

    /// 查询虚拟路由器云主机(QueryVirtualRouterVm)
    ///
    /// 查询虚拟路由器云主机
    ///
    /// `GET /zstack/v1/vm-instances/appliances/virtual-routers`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 系统云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVirtualRouterVm(
        _ request: QueryVirtualRouterVm.Request
    ) async throws -> QueryVirtualRouterVm.Response

    /// 查询虚拟路由器云主机(QueryVirtualRouterVm)
    ///
    /// 查询虚拟路由器云主机
    ///
    /// `GET /zstack/v1/vm-instances/appliances/virtual-routers/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 系统云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVirtualRouterVmByUuid(
        _ request: QueryVirtualRouterVmByUuid.Request
    ) async throws -> QueryVirtualRouterVmByUuid.Response

    /// QueryVmCdRom
    ///
    /// 查询CDROM清单
    ///
    /// `GET /zstack/v1/vm-instances/cdroms`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询CDROM清单返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmCdRom(
        _ request: QueryVmCdRom.Request
    ) async throws -> QueryVmCdRom.Response

    /// QueryVmCdRom
    ///
    /// 查询CDROM清单
    ///
    /// `GET /zstack/v1/vm-instances/cdroms/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询CDROM清单返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmCdRomByUuid(
        _ request: QueryVmCdRomByUuid.Request
    ) async throws -> QueryVmCdRomByUuid.Response

    /// 查询云主机(QueryVmInstance)
    ///
    /// 查询云主机
    ///
    /// `GET /zstack/v1/vm-instances`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmInstance(
        _ request: QueryVmInstance.Request
    ) async throws -> QueryVmInstance.Response

    /// 查询云主机(QueryVmInstance)
    ///
    /// 查询云主机
    ///
    /// `GET /zstack/v1/vm-instances/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmInstanceByUuid(
        _ request: QueryVmInstanceByUuid.Request
    ) async throws -> QueryVmInstanceByUuid.Response

    /// QueryVmInstanceDeviceAddressArchive
    ///
    /// 查询云主机设备地址归档
    ///
    /// `GET /zstack/v1/vmInstance/device/address/archive`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询云主机设备地址归档的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmInstanceDeviceAddressArchive(
        _ request: QueryVmInstanceDeviceAddressArchive.Request
    ) async throws -> QueryVmInstanceDeviceAddressArchive.Response

    /// QueryVmInstanceDeviceAddressArchive
    ///
    /// 查询云主机设备地址归档
    ///
    /// `GET /zstack/v1/vmInstance/device/address/archive/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询云主机设备地址归档的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmInstanceDeviceAddressArchiveByUuid(
        _ request: QueryVmInstanceDeviceAddressArchiveByUuid.Request
    ) async throws -> QueryVmInstanceDeviceAddressArchiveByUuid.Response

    /// QueryVmInstanceDeviceAddressGroup
    ///
    /// 查询云主机设备地址组
    ///
    /// `GET /zstack/v1/vmInstance/device/address/group`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询云主机设备地址组的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmInstanceDeviceAddressGroup(
        _ request: QueryVmInstanceDeviceAddressGroup.Request
    ) async throws -> QueryVmInstanceDeviceAddressGroup.Response

    /// QueryVmInstanceDeviceAddressGroup
    ///
    /// 查询云主机设备地址组
    ///
    /// `GET /zstack/v1/vmInstance/device/address/group/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询云主机设备地址组的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmInstanceDeviceAddressGroupByUuid(
        _ request: QueryVmInstanceDeviceAddressGroupByUuid.Request
    ) async throws -> QueryVmInstanceDeviceAddressGroupByUuid.Response

    /// 查询云主机网卡(QueryVmNic)
    ///
    /// 查询云主机网卡
    ///
    /// `GET /zstack/v1/vm-instances/nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机网卡清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmNic(
        _ request: QueryVmNic.Request
    ) async throws -> QueryVmNic.Response

    /// 查询云主机网卡(QueryVmNic)
    ///
    /// 查询云主机网卡
    ///
    /// `GET /zstack/v1/vm-instances/nics/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机网卡清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmNicByUuid(
        _ request: QueryVmNicByUuid.Request
    ) async throws -> QueryVmNicByUuid.Response

    /// QueryVmNicInSecurityGroup
    ///
    /// 查询应用了安全组的网卡列表
    ///
    /// 查询应用了安全组的网卡列表
    ///
    /// `GET /zstack/v1/security-groups/vm-instances/nics`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmNicInSecurityGroup(
        _ request: QueryVmNicInSecurityGroup.Request
    ) async throws -> QueryVmNicInSecurityGroup.Response

    /// QueryVmNicSecurityPolicy
    ///
    /// 查询网卡的安全策略
    ///
    /// 查询网卡的安全策略
    ///
    /// `GET /zstack/v1/security-groups/nics/security-policy`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmNicSecurityPolicy(
        _ request: QueryVmNicSecurityPolicy.Request
    ) async throws -> QueryVmNicSecurityPolicy.Response

    /// QueryVmNicSecurityPolicy
    ///
    /// 查询网卡的安全策略
    ///
    /// 查询网卡的安全策略
    ///
    /// `GET /zstack/v1/security-groups/nics/{uuid}/security-policy`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmNicSecurityPolicyByUuid(
        _ request: QueryVmNicSecurityPolicyByUuid.Request
    ) async throws -> QueryVmNicSecurityPolicyByUuid.Response

    /// QueryVmPriorityConfig
    ///
    /// 查询云主机优先级配置
    ///
    /// `GET /zstack/v1/vm-priority-config`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询云主机优先级配置返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmPriorityConfig(
        _ request: QueryVmPriorityConfig.Request
    ) async throws -> QueryVmPriorityConfig.Response

    /// QueryVmPriorityConfig
    ///
    /// 查询云主机优先级配置
    ///
    /// `GET /zstack/v1/vm-priority-config/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询云主机优先级配置返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmPriorityConfigByUuid(
        _ request: QueryVmPriorityConfigByUuid.Request
    ) async throws -> QueryVmPriorityConfigByUuid.Response

    /// QueryVmUserDefinedXmlHookScript
    ///
    /// 查询用户自定义xml hook脚本
    ///
    /// 查询用户自定义xml hook脚本
    ///
    /// `GET /zstack/v1/vm-instances/xml-hook-script`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询用户自定义xml hook脚本返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmUserDefinedXmlHookScript(
        _ request: QueryVmUserDefinedXmlHookScript.Request
    ) async throws -> QueryVmUserDefinedXmlHookScript.Response

    /// QueryVmUserDefinedXmlHookScript
    ///
    /// 查询用户自定义xml hook脚本
    ///
    /// 查询用户自定义xml hook脚本
    ///
    /// `GET /zstack/v1/vm-instances/xml-hook-script/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询用户自定义xml hook脚本返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVmUserDefinedXmlHookScriptByUuid(
        _ request: QueryVmUserDefinedXmlHookScriptByUuid.Request
    ) async throws -> QueryVmUserDefinedXmlHookScriptByUuid.Response

    /// 查询VNI范围(QueryVniRange)
    ///
    /// 查询VNI范围
    ///
    /// `GET /zstack/v1/l2-networks/vxlan-pool/vni-range`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VNI范围清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVniRange(
        _ request: QueryVniRange.Request
    ) async throws -> QueryVniRange.Response

    /// 查询VNI范围(QueryVniRange)
    ///
    /// 查询VNI范围
    ///
    /// `GET /zstack/v1/l2-networks/vxlan-pool/vni-range/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VNI范围清单列表
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVniRangeByUuid(
        _ request: QueryVniRangeByUuid.Request
    ) async throws -> QueryVniRangeByUuid.Response

    /// 获取云盘清单(QueryVolume)
    ///
    /// 获取云盘清单
    ///
    /// `GET /zstack/v1/volumes`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取到的云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVolume(
        _ request: QueryVolume.Request
    ) async throws -> QueryVolume.Response

    /// 获取云盘清单(QueryVolume)
    ///
    /// 获取云盘清单
    ///
    /// `GET /zstack/v1/volumes/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取到的云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVolumeByUuid(
        _ request: QueryVolumeByUuid.Request
    ) async throws -> QueryVolumeByUuid.Response

    /// 查询云盘快照(QueryVolumeSnapshot)
    ///
    /// 查询云盘快照
    ///
    /// `GET /zstack/v1/volume-snapshots`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘快照清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVolumeSnapshot(
        _ request: QueryVolumeSnapshot.Request
    ) async throws -> QueryVolumeSnapshot.Response

    /// 查询云盘快照(QueryVolumeSnapshot)
    ///
    /// 查询云盘快照
    ///
    /// `GET /zstack/v1/volume-snapshots/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘快照清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVolumeSnapshotByUuid(
        _ request: QueryVolumeSnapshotByUuid.Request
    ) async throws -> QueryVolumeSnapshotByUuid.Response

    /// QueryVolumeSnapshotGroup
    ///
    /// 查询快照组
    ///
    /// `GET /zstack/v1/volume-snapshots/group`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询快照组结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVolumeSnapshotGroup(
        _ request: QueryVolumeSnapshotGroup.Request
    ) async throws -> QueryVolumeSnapshotGroup.Response

    /// QueryVolumeSnapshotGroup
    ///
    /// 查询快照组
    ///
    /// `GET /zstack/v1/volume-snapshots/group/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 查询快照组结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVolumeSnapshotGroupByUuid(
        _ request: QueryVolumeSnapshotGroupByUuid.Request
    ) async throws -> QueryVolumeSnapshotGroupByUuid.Response

    /// 查询快照树(QueryVolumeSnapshotTree)
    ///
    /// 查询快照树
    ///
    /// `GET /zstack/v1/volume-snapshots/trees`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 快照树清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVolumeSnapshotTree(
        _ request: QueryVolumeSnapshotTree.Request
    ) async throws -> QueryVolumeSnapshotTree.Response

    /// 查询快照树(QueryVolumeSnapshotTree)
    ///
    /// 查询快照树
    ///
    /// `GET /zstack/v1/volume-snapshots/trees/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 快照树清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVolumeSnapshotTreeByUuid(
        _ request: QueryVolumeSnapshotTreeByUuid.Request
    ) async throws -> QueryVolumeSnapshotTreeByUuid.Response

    /// 查询VXLAN隧道端点(QueryVtep)
    ///
    /// 查询隧道端点
    ///
    /// `GET /zstack/v1/l2-networks/vteps`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VXLAN隧道端点清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVtep(
        _ request: QueryVtep.Request
    ) async throws -> QueryVtep.Response

    /// 查询VXLAN隧道端点(QueryVtep)
    ///
    /// 查询隧道端点
    ///
    /// `GET /zstack/v1/l2-networks/vteps/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: VXLAN隧道端点清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryVtepByUuid(
        _ request: QueryVtepByUuid.Request
    ) async throws -> QueryVtepByUuid.Response

    /// QueryWebhook
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/web-hooks`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryWebhook(
        _ request: QueryWebhook.Request
    ) async throws -> QueryWebhook.Response

    /// QueryWebhook
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/web-hooks/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryWebhookByUuid(
        _ request: QueryWebhookByUuid.Request
    ) async throws -> QueryWebhookByUuid.Response

    /// 查询区域(QueryZone)
    ///
    /// 管理员可以使用QueryZone来查询区域
    ///
    /// `GET /zstack/v1/zones`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryZone(
        _ request: QueryZone.Request
    ) async throws -> QueryZone.Response

    /// 查询区域(QueryZone)
    ///
    /// 管理员可以使用QueryZone来查询区域
    ///
    /// `GET /zstack/v1/zones/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func queryZoneByUuid(
        _ request: QueryZoneByUuid.Request
    ) async throws -> QueryZoneByUuid.Response

    /// 重启云主机(RebootVmInstance)
    ///
    /// 重启一个云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func rebootVmInstance(
        _ request: RebootVmInstance.Request
    ) async throws -> RebootVmInstance.Response

    /// 重连镜像服务器(ReconnectBackupStorage)
    ///
    /// 重连镜像服务器
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reconnectBackupStorage(
        _ request: ReconnectBackupStorage.Request
    ) async throws -> ReconnectBackupStorage.Response

    /// ReconnectConsoleProxyAgent
    ///
    /// 重连控制台代理Agent
    ///
    /// 重连控制台代理Agent
    ///
    /// `PUT /zstack/v1/consoles/agents`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 控制台代理Agent清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reconnectConsoleProxyAgent(
        _ request: ReconnectConsoleProxyAgent.Request
    ) async throws -> ReconnectConsoleProxyAgent.Response

    /// ReconnectHost
    ///
    /// 重连物理机
    ///
    /// 重新连接物理机
    ///
    /// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重连物理机消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reconnectHost(
        _ request: ReconnectHost.Request
    ) async throws -> ReconnectHost.Response

    /// 重连主存储(ReconnectPrimaryStorage)
    ///
    /// 重连主存储
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reconnectPrimaryStorage(
        _ request: ReconnectPrimaryStorage.Request
    ) async throws -> ReconnectPrimaryStorage.Response

    /// ReconnectSftpBackupStorage
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reconnectSftpBackupStorage(
        _ request: ReconnectSftpBackupStorage.Request
    ) async throws -> ReconnectSftpBackupStorage.Response

    /// 重连虚拟路由器(ReconnectVirtualRouter)
    ///
    /// 重连虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重连虚拟路由器返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reconnectVirtualRouter(
        _ request: ReconnectVirtualRouter.Request
    ) async throws -> ReconnectVirtualRouter.Response

    /// 恢复云盘(RecoverDataVolume)
    ///
    /// 恢复云盘
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func recoverDataVolume(
        _ request: RecoverDataVolume.Request
    ) async throws -> RecoverDataVolume.Response

    /// 恢复镜像(RecoverImage)
    ///
    /// 恢复被删除（但未彻底删除）的镜像
    ///
    /// `PUT /zstack/v1/images/{imageUuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func recoverImage(
        _ request: RecoverImage.Request
    ) async throws -> RecoverImage.Response

    /// 恢复已删除云主机(RecoverVmInstance)
    ///
    /// 恢复一个处于Destroyed状态的云主机。恢复后云主机处于Stopped状态并且没有IP地址
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func recoverVmInstance(
        _ request: RecoverVmInstance.Request
    ) async throws -> RecoverVmInstance.Response

    /// RefreshCaptcha
    ///
    /// 刷新验证码
    ///
    /// `GET /zstack/v1/captcha/refresh`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 刷新验证码后的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func refreshCaptcha(
        _ request: RefreshCaptcha.Request
    ) async throws -> RefreshCaptcha.Response

    /// RefreshGuestOsMetadata
    ///
    /// 刷新虚拟机操作系统元数据
    ///
    /// `PUT /zstack/v1/guest-os/metadata/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 刷新虚拟机操作系统元数据的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func refreshGuestOsMetadata(
        _ request: RefreshGuestOsMetadata.Request
    ) async throws -> RefreshGuestOsMetadata.Response

    /// 刷新负载均衡器(RefreshLoadBalancer)
    ///
    /// 刷新负载均衡器
    ///
    /// `PUT /zstack/v1/load-balancers/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func refreshLoadBalancer(
        _ request: RefreshLoadBalancer.Request
    ) async throws -> RefreshLoadBalancer.Response

    /// RefreshSearchIndexes
    ///
    /// 重新生成索引
    ///
    /// `GET /zstack/v1/search/indexes/refresh`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重新生成索引返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func refreshSearchIndexes(
        _ request: RefreshSearchIndexes.Request
    ) async throws -> RefreshSearchIndexes.Response

    /// 重置云主机(ReimageVmInstance)
    ///
    /// 将一个云主机的根云盘重置为最初状态。该API只对从非ISO创建出的云主机有效。
    ///
    /// >警告：执行该API后，云主机根云盘重置成最初创建的状态，意味着所有后续写入的数据都会被丢失，该操作不可逆！
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reimageVmInstance(
        _ request: ReimageVmInstance.Request
    ) async throws -> ReimageVmInstance.Response

    /// ReloadElaboration
    ///
    /// 重新加载系统错误码文件
    ///
    /// 重新加载系统错误码文件
    ///
    /// `PUT /zstack/v1/errorcode/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重新加载系统错误码文件结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reloadElaboration(
        _ request: ReloadElaboration.Request
    ) async throws -> ReloadElaboration.Response

    /// ReloadExternalService
    ///
    /// 重新加载External Service
    ///
    /// `PUT /zstack/v1/external/services`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重新加载External Services的返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func reloadExternalService(
        _ request: ReloadExternalService.Request
    ) async throws -> ReloadExternalService.Response

    /// RemoveAccessControlListEntry
    ///
    /// 删除访问控制策略的IP组
    ///
    /// `DELETE /zstack/v1/access-control-lists/{aclUuid}/ipentries/{uuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除访问控制策略组的IP组返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeAccessControlListEntry(
        _ request: RemoveAccessControlListEntry.Request
    ) async throws -> RemoveAccessControlListEntry.Response

    /// RemoveAccessControlListFromLoadBalancer
    ///
    /// 删除监听器访问控制策略
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/access-control-lists`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 删除监听器的访问控制策略返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeAccessControlListFromLoadBalancer(
        _ request: RemoveAccessControlListFromLoadBalancer.Request
    ) async throws -> RemoveAccessControlListFromLoadBalancer.Response

    /// RemoveBackendServerFromServerGroup
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/load-balancers/servergroups/{serverGroupUuid}/backendservers/actions`, asynchronous,
    /// authorization required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeBackendServerFromServerGroup(
        _ request: RemoveBackendServerFromServerGroup.Request
    ) async throws -> RemoveBackendServerFromServerGroup.Response

    /// RemoveCertificateFromLoadBalancerListener
    ///
    /// 从负载均衡移除证书
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/certificate`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 负载均衡监听器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeCertificateFromLoadBalancerListener(
        _ request: RemoveCertificateFromLoadBalancerListener.Request
    ) async throws -> RemoveCertificateFromLoadBalancerListener.Response

    /// 从三层网络移除DNS(RemoveDnsFromL3Network)
    ///
    /// 从三层网络移除DNS
    ///
    /// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/dns/{dns}`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeDnsFromL3Network(
        _ request: RemoveDnsFromL3Network.Request
    ) async throws -> RemoveDnsFromL3Network.Response

    /// RemoveHostRouteFromL3Network
    ///
    /// 从三层网络移除主机路由
    ///
    /// `DELETE /zstack/v1/l3-networks/{l3NetworkUuid}/hostroute`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeHostRouteFromL3Network(
        _ request: RemoveHostRouteFromL3Network.Request
    ) async throws -> RemoveHostRouteFromL3Network.Response

    /// 从 Ceph 镜像服务器删除 mon 节点(RemoveMonFromCephBackupStorage)
    ///
    /// 从 Ceph 镜像服务器删除 mon 节点
    ///
    /// `DELETE /zstack/v1/backup-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ceph 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeMonFromCephBackupStorage(
        _ request: RemoveMonFromCephBackupStorage.Request
    ) async throws -> RemoveMonFromCephBackupStorage.Response

    /// 从 Ceph 主存储删除 mon 节点(RemoveMonFromCephPrimaryStorage)
    ///
    /// 从 Ceph 主存储删除 mon 节点
    ///
    /// `DELETE /zstack/v1/primary-storage/ceph/{uuid}/mons`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeMonFromCephPrimaryStorage(
        _ request: RemoveMonFromCephPrimaryStorage.Request
    ) async throws -> RemoveMonFromCephPrimaryStorage.Response

    /// RemovePolicyStatementsFromRole
    ///
    /// 从角色移除权限描述
    ///
    /// `DELETE /zstack/v1/identities/roles/{uuid}/policy-statements`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 从角色移除权限描述的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removePolicyStatementsFromRole(
        _ request: RemovePolicyStatementsFromRole.Request
    ) async throws -> RemovePolicyStatementsFromRole.Response

    /// RemoveResourcesFromDirectory
    ///
    /// 资源从指定目录中移除
    ///
    /// `DELETE /zstack/v1/remove/resources/directory`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 资源从指定目录中移除返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeResourcesFromDirectory(
        _ request: RemoveResourcesFromDirectory.Request
    ) async throws -> RemoveResourcesFromDirectory.Response

    /// RemoveSdnController
    ///
    /// 删除SDN控制器
    ///
    /// `DELETE /zstack/v1/sdn-controllers/{uuid}`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeSdnController(
        _ request: RemoveSdnController.Request
    ) async throws -> RemoveSdnController.Response

    /// RemoveServerGroupFromLoadBalancerListener
    ///
    /// 在这里填写API描述
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/servergroups`, asynchronous, authorization required.
    /// The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeServerGroupFromLoadBalancerListener(
        _ request: RemoveServerGroupFromLoadBalancerListener.Request
    ) async throws -> RemoveServerGroupFromLoadBalancerListener.Response

    /// RemoveUserFromGroup
    ///
    /// 从用户组中移除用户
    ///
    /// 从用户组中移除用户
    ///
    /// `DELETE /zstack/v1/accounts/groups/{groupUuid}/users/{userUuid}`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeUserFromGroup(
        _ request: RemoveUserFromGroup.Request
    ) async throws -> RemoveUserFromGroup.Response

    /// 从负载均衡移除云主机网卡(RemoveVmNicFromLoadBalancer)
    ///
    /// 从负载均衡移除云主机网卡
    ///
    /// `DELETE /zstack/v1/load-balancers/listeners/{listenerUuid}/vm-instances/nics`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 从负载均衡移除云主机网卡返回值
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func removeVmNicFromLoadBalancer(
        _ request: RemoveVmNicFromLoadBalancer.Request
    ) async throws -> RemoveVmNicFromLoadBalancer.Response

    /// RenewSession
    ///
    /// 更新会话
    ///
    /// `PUT /zstack/v1/accounts/sessions/{sessionUuid}/renew`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func renewSession(
        _ request: RenewSession.Request
    ) async throws -> RenewSession.Response

    /// RequestConsoleAccess
    ///
    /// 请求控制台访问地址
    ///
    /// 请求控制台访问地址
    ///
    /// `POST /zstack/v1/consoles`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 控制台清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func requestConsoleAccess(
        _ request: RequestConsoleAccess.Request
    ) async throws -> RequestConsoleAccess.Response

    /// RerunLongJob
    ///
    /// 重新提交长任务
    ///
    /// 重新提交长任务
    ///
    /// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重新提交长任务结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func rerunLongJob(
        _ request: RerunLongJob.Request
    ) async throws -> RerunLongJob.Response

    /// ResetGlobalConfig
    ///
    /// 重置全局配置
    ///
    /// 重置全局配置消息
    ///
    /// `PUT /zstack/v1/global-configurations/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 重置全局配置返回信息
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func resetGlobalConfig(
        _ request: ResetGlobalConfig.Request
    ) async throws -> ResetGlobalConfig.Response

    /// ResumeLongJob
    ///
    /// 恢复运行长任务
    ///
    /// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 恢复运行长任务结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func resumeLongJob(
        _ request: ResumeLongJob.Request
    ) async throws -> ResumeLongJob.Response

    /// 恢复暂停的云主机(ResumeVmInstance)
    ///
    /// 恢复一个被暂停的云主机，云主机从内存中恢复运行
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func resumeVmInstance(
        _ request: ResumeVmInstance.Request
    ) async throws -> ResumeVmInstance.Response

    /// RevertVmFromSnapshotGroup
    ///
    /// 从快照组恢复云主机
    ///
    /// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 从快照组恢复云主机结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func revertVmFromSnapshotGroup(
        _ request: RevertVmFromSnapshotGroup.Request
    ) async throws -> RevertVmFromSnapshotGroup.Response

    /// 将云盘回滚至指定快照(RevertVolumeFromSnapshot)
    ///
    /// 将云盘回滚至某个指定的快照
    ///
    /// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 快照回滚结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func revertVolumeFromSnapshot(
        _ request: RevertVolumeFromSnapshot.Request
    ) async throws -> RevertVolumeFromSnapshot.Response

    /// RevokeResourceSharing
    ///
    /// 解除资源共享
    ///
    /// 解除资源共享
    ///
    /// `PUT /zstack/v1/accounts/resources/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func revokeResourceSharing(
        _ request: RevokeResourceSharing.Request
    ) async throws -> RevokeResourceSharing.Response

    /// SetImageBootMode
    ///
    /// 设置镜像启动模式
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置镜像启动模式的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setImageBootMode(
        _ request: SetImageBootMode.Request
    ) async throws -> SetImageBootMode.Response

    /// SetL3NetworkMtu
    ///
    /// 在这里填写API描述
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/mtu`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置三层网络上路由器接口地址回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setL3NetworkMtu(
        _ request: SetL3NetworkMtu.Request
    ) async throws -> SetL3NetworkMtu.Response

    /// SetL3NetworkRouterInterfaceIp
    ///
    /// 设置三层网络上路由器接口地址，仅当会在普通三层网络上创建云路由器或在VPC网络上加载VPC路由器时有效
    ///
    /// `POST /zstack/v1/l3-networks/{l3NetworkUuid}/router-interface-ip`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setL3NetworkRouterInterfaceIp(
        _ request: SetL3NetworkRouterInterfaceIp.Request
    ) async throws -> SetL3NetworkRouterInterfaceIp.Response

    /// SetVmBootMode
    ///
    /// 设置云主机启动模式
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmBootMode(
        _ request: SetVmBootMode.Request
    ) async throws -> SetVmBootMode.Response

    /// 指定云主机启动设备(SetVmBootOrder)
    ///
    /// 指定一个云主机的启动设备
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmBootOrder(
        _ request: SetVmBootOrder.Request
    ) async throws -> SetVmBootOrder.Response

    /// SetVmBootVolume
    ///
    /// 设置云主机启动盘
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置云主机启动盘的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmBootVolume(
        _ request: SetVmBootVolume.Request
    ) async throws -> SetVmBootVolume.Response

    /// SetVmClockTrack
    ///
    /// 设置云主机时钟同步
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置云主机时钟同步的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmClockTrack(
        _ request: SetVmClockTrack.Request
    ) async throws -> SetVmClockTrack.Response

    /// 设置云主机控制台密码(SetVmConsolePassword)
    ///
    /// 设置一个云主机控制台密码
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmConsolePassword(
        _ request: SetVmConsolePassword.Request
    ) async throws -> SetVmConsolePassword.Response

    /// 设置云主机Hostname(SetVmHostname)
    ///
    /// 设置云主机Hostname。注意，ZStack通过DHCP服务器配置云主机hostname，如果云主机本身采用静态hostname方式，该API配置的hostname不生效。
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置云主机Hostname结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmHostname(
        _ request: SetVmHostname.Request
    ) async throws -> SetVmHostname.Response

    /// SetVmInstanceDefaultCdRom
    ///
    /// 设置云主机默认CDROM
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/cdroms/{uuid}/actions`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置云主机默认CDROM返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmInstanceDefaultCdRom(
        _ request: SetVmInstanceDefaultCdRom.Request
    ) async throws -> SetVmInstanceDefaultCdRom.Response

    /// SetVmNicSecurityGroup
    ///
    /// 设置网卡的安全组
    ///
    /// 设置网卡的安全组
    ///
    /// `PUT /zstack/v1/security-groups/nics/{vmNicUuid}/actions`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmNicSecurityGroup(
        _ request: SetVmNicSecurityGroup.Request
    ) async throws -> SetVmNicSecurityGroup.Response

    /// 设置云主机的显存(SetVmQxlMemory)
    ///
    /// 设置云主机的显存大小，当云主机的显卡类型为qxl时生效
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置云主机显存返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmQxlMemory(
        _ request: SetVmQxlMemory.Request
    ) async throws -> SetVmQxlMemory.Response

    /// 设置云主机虚拟声卡类型(SetVmSoundType)
    ///
    /// 指定一个云主机的虚拟声卡类型
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置云主机虚拟声卡类型返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmSoundType(
        _ request: SetVmSoundType.Request
    ) async throws -> SetVmSoundType.Response

    /// SetVmSshKey
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmSshKey(
        _ request: SetVmSshKey.Request
    ) async throws -> SetVmSshKey.Response

    /// 指定云主机IP(SetVmStaticIp)
    ///
    /// 给云主机网卡指定IP，用户可以通过该API控制ZStack分配给云主机网卡的IP。
    ///
    /// 用户要确保指定的IP在指定三层网络，并且IP未被占用。
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 设置云主机指定IP结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func setVmStaticIp(
        _ request: SetVmStaticIp.Request
    ) async throws -> SetVmStaticIp.Response

    /// ShareResource
    ///
    /// 共享资源给账户
    ///
    /// 共享资源给账户
    ///
    /// `PUT /zstack/v1/accounts/resources/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func shareResource(
        _ request: ShareResource.Request
    ) async throws -> ShareResource.Response

    /// ShrinkVolumeSnapshot
    ///
    /// 快照瘦身
    ///
    /// `PUT /zstack/v1/volume-snapshots/shrink/{uuid}/actions`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 快照瘦身返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func shrinkVolumeSnapshot(
        _ request: ShrinkVolumeSnapshot.Request
    ) async throws -> ShrinkVolumeSnapshot.Response

    /// ShutdownHost
    ///
    /// 关闭物理机
    ///
    /// 关闭一台物理机
    ///
    /// `PUT /zstack/v1/hosts/power/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 关闭物理机消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func shutdownHost(
        _ request: ShutdownHost.Request
    ) async throws -> ShutdownHost.Response

    /// 启动云主机(StartVmInstance)
    ///
    /// 启动一个云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func startVmInstance(
        _ request: StartVmInstance.Request
    ) async throws -> StartVmInstance.Response

    /// 停止云主机(StopVmInstance)
    ///
    /// 停止一个云主机
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func stopVmInstance(
        _ request: StopVmInstance.Request
    ) async throws -> StopVmInstance.Response

    /// SubmitLongJob
    ///
    /// 提交长任务
    ///
    /// 提交长任务
    ///
    /// `POST /zstack/v1/longjobs`, asynchronous, authorization required. The method runs as a job after the call has
    /// been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 提交长任务结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func submitLongJob(
        _ request: SubmitLongJob.Request
    ) async throws -> SubmitLongJob.Response

    /// 刷新镜像大小信息(SyncImageSize)
    ///
    /// 获取实时镜像大小信息
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func syncImageSize(
        _ request: SyncImageSize.Request
    ) async throws -> SyncImageSize.Response

    /// 刷新主存储容量(SyncPrimaryStorageCapacity)
    ///
    /// 刷新主存储容量
    ///
    /// `PUT /zstack/v1/primary-storage/{primaryStorageUuid}/actions`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func syncPrimaryStorageCapacity(
        _ request: SyncPrimaryStorageCapacity.Request
    ) async throws -> SyncPrimaryStorageCapacity.Response

    /// 同步云盘大小(SyncVolumeSize)
    ///
    /// 同步云盘大小
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func syncVolumeSize(
        _ request: SyncVolumeSize.Request
    ) async throws -> SyncVolumeSize.Response

    /// TakeVmConsoleScreenshot
    ///
    /// 获取虚拟机控制台截图
    ///
    /// 获取虚拟机控制台截图
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 获取虚拟机控制台截图
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func takeVmConsoleScreenshot(
        _ request: TakeVmConsoleScreenshot.Request
    ) async throws -> TakeVmConsoleScreenshot.Response

    /// TriggerGCJob
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/gc-jobs/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func triggerGCJob(
        _ request: TriggerGCJob.Request
    ) async throws -> TriggerGCJob.Response

    /// UndoSnapshotCreation
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func undoSnapshotCreation(
        _ request: UndoSnapshotCreation.Request
    ) async throws -> UndoSnapshotCreation.Response

    /// UngroupVolumeSnapshotGroup
    ///
    /// 解绑快照组
    ///
    /// `DELETE /zstack/v1/volume-snapshots/ungroup/{uuid}`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 解绑快照组结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func ungroupVolumeSnapshotGroup(
        _ request: UngroupVolumeSnapshotGroup.Request
    ) async throws -> UngroupVolumeSnapshotGroup.Response

    /// UpdateAccount
    ///
    /// 更新账户
    ///
    /// 更新账户
    ///
    /// `PUT /zstack/v1/accounts/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 账户清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateAccount(
        _ request: UpdateAccount.Request
    ) async throws -> UpdateAccount.Response

    /// 更新镜像服务器信息(UpdateBackupStorage)
    ///
    /// 更新镜像服务器信息
    ///
    /// `PUT /zstack/v1/backup-storage/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateBackupStorage(
        _ request: UpdateBackupStorage.Request
    ) async throws -> UpdateBackupStorage.Response

    /// 更新 Ceph 镜像服务器 mon 节点(UpdateCephBackupStorageMon)
    ///
    /// 更新 Ceph 镜像服务器 mon 节点
    ///
    /// `PUT /zstack/v1/backup-storage/ceph/mons/{monUuid}/actions`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ceph 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateCephBackupStorageMon(
        _ request: UpdateCephBackupStorageMon.Request
    ) async throws -> UpdateCephBackupStorageMon.Response

    /// 更新 Ceph 主存储 mon 节点(UpdateCephPrimaryStorageMon)
    ///
    /// 更新 Ceph 主存储 mon 节点
    ///
    /// `PUT /zstack/v1/primary-storage/ceph/mons/{monUuid}/actions`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: Ceph 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateCephPrimaryStorageMon(
        _ request: UpdateCephPrimaryStorageMon.Request
    ) async throws -> UpdateCephPrimaryStorageMon.Response

    /// UpdateCephPrimaryStoragePool
    ///
    /// Ceph Pool存储池清单
    ///
    /// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新 Ceph 主存储 Pool 存储池
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateCephPrimaryStoragePool(
        _ request: UpdateCephPrimaryStoragePool.Request
    ) async throws -> UpdateCephPrimaryStoragePool.Response

    /// UpdateCertificate
    ///
    /// 更新证书信息
    ///
    /// `PUT /zstack/v1/certificates/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 证书清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateCertificate(
        _ request: UpdateCertificate.Request
    ) async throws -> UpdateCertificate.Response

    /// UpdateCluster
    ///
    /// 更新集群
    ///
    /// 更新集群
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 集群清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateCluster(
        _ request: UpdateCluster.Request
    ) async throws -> UpdateCluster.Response

    /// UpdateClusterOS
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// 升级集群内物理机的操作系统
    ///
    /// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 集群内物理机操作系统升级结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateClusterOS(
        _ request: UpdateClusterOS.Request
    ) async throws -> UpdateClusterOS.Response

    /// UpdateConsoleProxyAgent
    ///
    /// 更新控制台代理
    ///
    /// 更新控制台代理
    ///
    /// `PUT /zstack/v1/consoles/agents/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新控制台代理的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateConsoleProxyAgent(
        _ request: UpdateConsoleProxyAgent.Request
    ) async throws -> UpdateConsoleProxyAgent.Response

    /// UpdateDirectory
    ///
    /// 更新目录名称
    ///
    /// `PUT /zstack/v1/update/directory`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新目录名称返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateDirectory(
        _ request: UpdateDirectory.Request
    ) async throws -> UpdateDirectory.Response

    /// UpdateDiskOffering
    ///
    /// 更新云盘规格
    ///
    /// 更新云盘规格
    ///
    /// `PUT /zstack/v1/disk-offerings/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateDiskOffering(
        _ request: UpdateDiskOffering.Request
    ) async throws -> UpdateDiskOffering.Response

    /// 更新弹性IP(UpdateEip)
    ///
    /// 更新弹性IP
    ///
    /// `PUT /zstack/v1/eips/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 弹性IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateEip(
        _ request: UpdateEip.Request
    ) async throws -> UpdateEip.Response

    /// UpdateExternalPrimaryStorage
    ///
    /// 更新外部存储
    ///
    /// `PUT /zstack/v1/primary-storage/addon/{uuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新外部存储结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateExternalPrimaryStorage(
        _ request: UpdateExternalPrimaryStorage.Request
    ) async throws -> UpdateExternalPrimaryStorage.Response

    /// UpdateGlobalConfig
    ///
    /// 更新全局配置
    ///
    /// 更新全局配置
    ///
    /// `PUT /zstack/v1/global-configurations/{category}/{name}/actions`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新全局配置返回信息
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateGlobalConfig(
        _ request: UpdateGlobalConfig.Request
    ) async throws -> UpdateGlobalConfig.Response

    /// UpdateHost
    ///
    /// 更新云主机信息
    ///
    /// 更新云主机信息
    ///
    /// `PUT /zstack/v1/hosts/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新后的云主机
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateHost(
        _ request: UpdateHost.Request
    ) async throws -> UpdateHost.Response

    /// UpdateHostIpmi
    ///
    /// 更新物理机IPMI信息
    ///
    /// 更新一台物理机IPMI信息
    ///
    /// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新物理机IPMI信息消息回复
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateHostIpmi(
        _ request: UpdateHostIpmi.Request
    ) async throws -> UpdateHostIpmi.Response

    /// 更新镜像信息(UpdateImage)
    ///
    /// 更新镜像信息
    ///
    /// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateImage(
        _ request: UpdateImage.Request
    ) async throws -> UpdateImage.Response

    /// UpdateInstanceOffering
    ///
    /// 更新云主机规格
    ///
    /// 更新云主机规格
    ///
    /// `PUT /zstack/v1/instance-offerings/{uuid}/actions`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateInstanceOffering(
        _ request: UpdateInstanceOffering.Request
    ) async throws -> UpdateInstanceOffering.Response

    /// 更新IP地址范围(UpdateIpRange)
    ///
    /// 更新IP地址范围
    ///
    /// `PUT /zstack/v1/l3-networks/ip-ranges/{uuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: IP地址范围清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateIpRange(
        _ request: UpdateIpRange.Request
    ) async throws -> UpdateIpRange.Response

    /// UpdateKVMHost
    ///
    /// 更新KVM机信息
    ///
    /// `PUT /zstack/v1/hosts/kvm/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新后的云主机
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateKVMHost(
        _ request: UpdateKVMHost.Request
    ) async throws -> UpdateKVMHost.Response

    /// 更新二层网络(UpdateL2Network)
    ///
    /// 更新二层网络
    ///
    /// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 二层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateL2Network(
        _ request: UpdateL2Network.Request
    ) async throws -> UpdateL2Network.Response

    /// 更新三层网络(UpdateL3Network)
    ///
    /// 更新三层网络
    ///
    /// `PUT /zstack/v1/l3-networks/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 三层网络清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateL3Network(
        _ request: UpdateL3Network.Request
    ) async throws -> UpdateL3Network.Response

    /// UpdateLdapServer
    ///
    /// 更新LDAP服务器
    ///
    /// 更新LDAP服务器
    ///
    /// `PUT /zstack/v1/ldap/servers/{ldapServerUuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: LDAP服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateLdapServer(
        _ request: UpdateLdapServer.Request
    ) async throws -> UpdateLdapServer.Response

    /// UpdateLoadBalancer
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/load-balancers/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateLoadBalancer(
        _ request: UpdateLoadBalancer.Request
    ) async throws -> UpdateLoadBalancer.Response

    /// UpdateLoadBalancerListener
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/load-balancers/listeners/{uuid}`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateLoadBalancerListener(
        _ request: UpdateLoadBalancerListener.Request
    ) async throws -> UpdateLoadBalancerListener.Response

    /// 更新负载均衡服务器组
    ///
    /// 更新负载均衡服务器组
    ///
    /// `PUT /zstack/v1/load-balancers/servergroups/{uuid}/actions`, asynchronous, authorization required. The method
    /// runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateLoadBalancerServerGroup(
        _ request: UpdateLoadBalancerServerGroup.Request
    ) async throws -> UpdateLoadBalancerServerGroup.Response

    /// UpdateLongJob
    ///
    /// 更新长任务
    ///
    /// 更新长任务
    ///
    /// `PUT /zstack/v1/longjobs/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新长任务结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateLongJob(
        _ request: UpdateLongJob.Request
    ) async throws -> UpdateLongJob.Response

    /// UpdatePortForwardingRule
    ///
    /// 更新端口转发规则
    ///
    /// 更新端口转发规则
    ///
    /// `PUT /zstack/v1/port-forwarding/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 端口转发规则清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updatePortForwardingRule(
        _ request: UpdatePortForwardingRule.Request
    ) async throws -> UpdatePortForwardingRule.Response

    /// 根系更新主存储信息(UpdatePrimaryStorage)
    ///
    /// 更新主存储信息
    ///
    /// `PUT /zstack/v1/primary-storage/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 主存储清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updatePrimaryStorage(
        _ request: UpdatePrimaryStorage.Request
    ) async throws -> UpdatePrimaryStorage.Response

    /// UpdatePriorityConfig
    ///
    /// 更改云主机优先级配置
    ///
    /// `PUT /zstack/v1/vm-priority-config/{uuid}/actions`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更改云主机优先级配置返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updatePriorityConfig(
        _ request: UpdatePriorityConfig.Request
    ) async throws -> UpdatePriorityConfig.Response

    /// UpdateQuota
    ///
    /// 更新配额
    ///
    /// 更新配额
    ///
    /// `PUT /zstack/v1/accounts/quotas/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 配额清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateQuota(
        _ request: UpdateQuota.Request
    ) async throws -> UpdateQuota.Response

    /// UpdateResourceConfig
    ///
    /// 更新资源高级设置
    ///
    /// `PUT /zstack/v1/resource-configurations/{category}/{name}/{resourceUuid}/actions`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新资源高级设置的结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateResourceConfig(
        _ request: UpdateResourceConfig.Request
    ) async throws -> UpdateResourceConfig.Response

    /// UpdateResourceConfigs
    ///
    /// 批量更新资源高级设置
    ///
    /// `POST /zstack/v1/resource-configurations/{resourceUuid}/resource-configs/actions`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 资源高级设置清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateResourceConfigs(
        _ request: UpdateResourceConfigs.Request
    ) async throws -> UpdateResourceConfigs.Response

    /// UpdateRole
    ///
    /// 更新角色
    ///
    /// `PUT /zstack/v1/identities/roles/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateRole(
        _ request: UpdateRole.Request
    ) async throws -> UpdateRole.Response

    /// UpdateSdnController
    ///
    /// 更新SDN控制器
    ///
    /// `PUT /zstack/v1/sdn-controllers/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: SDN控制器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateSdnController(
        _ request: UpdateSdnController.Request
    ) async throws -> UpdateSdnController.Response

    /// UpdateSecurityGroup
    ///
    /// 更新安全组
    ///
    /// 更新安全组
    ///
    /// `PUT /zstack/v1/security-groups/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateSecurityGroup(
        _ request: UpdateSecurityGroup.Request
    ) async throws -> UpdateSecurityGroup.Response

    /// UpdateSecurityGroupRulePriority
    ///
    /// 更新安全组规则的优先级
    ///
    /// 更新安全组规则的优先级
    ///
    /// `PUT /zstack/v1/security-groups/{securityGroupUuid}/rules/priority/actions`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组（Security Group）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateSecurityGroupRulePriority(
        _ request: UpdateSecurityGroupRulePriority.Request
    ) async throws -> UpdateSecurityGroupRulePriority.Response

    /// 更新Sftp镜像服务器属性(UpdateSftpBackupStorage)
    ///
    /// 更新Sftp镜像服务器属性
    ///
    /// `PUT /zstack/v1/backup-storage/sftp/{uuid}/actions`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 镜像服务器清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateSftpBackupStorage(
        _ request: UpdateSftpBackupStorage.Request
    ) async throws -> UpdateSftpBackupStorage.Response

    /// UpdateSshKeyPair
    ///
    /// 更新密钥对
    ///
    /// `PUT /zstack/v1/ssh-key-pair/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新密钥对返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateSshKeyPair(
        _ request: UpdateSshKeyPair.Request
    ) async throws -> UpdateSshKeyPair.Response

    /// 更新系统标签（UpdateSystemTag)
    ///
    /// 更新系统标签
    ///
    /// 更新系统标签
    ///
    /// `PUT /zstack/v1/system-tags/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 标签清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateSystemTag(
        _ request: UpdateSystemTag.Request
    ) async throws -> UpdateSystemTag.Response

    /// UpdateUser
    ///
    /// 更新用户
    ///
    /// 更新用户
    ///
    /// `PUT /zstack/v1/accounts/users/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 用户清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateUser(
        _ request: UpdateUser.Request
    ) async throws -> UpdateUser.Response

    /// UpdateUserGroup
    ///
    /// 更新用户组
    ///
    /// 更新用户组
    ///
    /// `PUT /zstack/v1/accounts/groups/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 用户组清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateUserGroup(
        _ request: UpdateUserGroup.Request
    ) async throws -> UpdateUserGroup.Response

    /// UpdateVip
    ///
    /// 更新VIP
    ///
    /// 更新VIP
    ///
    /// `PUT /zstack/v1/vips/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 虚拟IP清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVip(
        _ request: UpdateVip.Request
    ) async throws -> UpdateVip.Response

    /// 更新虚拟路由器(UpdateVirtualRouter)
    ///
    /// 更新虚拟路由器
    ///
    /// `PUT /zstack/v1/vm-instances/appliances/virtual-routers/{vmInstanceUuid}/actions`, asynchronous, authorization
    /// required. The method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新虚拟路由器
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVirtualRouter(
        _ request: UpdateVirtualRouter.Request
    ) async throws -> UpdateVirtualRouter.Response

    /// 更新虚拟路由器规格(UpdateVirtualRouterOffering)
    ///
    /// 更新虚拟路由器规格
    ///
    /// `PUT /zstack/v1/instance-offerings/virtual-routers/{uuid}/actions`, asynchronous, authorization required. The
    /// method runs as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机规格清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVirtualRouterOffering(
        _ request: UpdateVirtualRouterOffering.Request
    ) async throws -> UpdateVirtualRouterOffering.Response

    /// UpdateVmCdRom
    ///
    /// 修改CDROM
    ///
    /// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous, authorization required. The method runs as a
    /// job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 修改CDROM返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVmCdRom(
        _ request: UpdateVmCdRom.Request
    ) async throws -> UpdateVmCdRom.Response

    /// 更新云主机信息(UpdateVmInstance)
    ///
    /// 更新一个云主机的信息
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云主机清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVmInstance(
        _ request: UpdateVmInstance.Request
    ) async throws -> UpdateVmInstance.Response

    /// UpdateVmNicDriver
    ///
    /// 更改网卡驱动
    ///
    /// `PUT /zstack/v1/vm-instances/{vmInstanceUuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更改网卡驱动返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVmNicDriver(
        _ request: UpdateVmNicDriver.Request
    ) async throws -> UpdateVmNicDriver.Response

    /// UpdateVmPriority
    ///
    /// 更改云主机优先级
    ///
    /// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更改云主机优先级返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVmPriority(
        _ request: UpdateVmPriority.Request
    ) async throws -> UpdateVmPriority.Response

    /// UpdateVmUserDefinedXmlHookScript
    ///
    /// 更新用户自定义xml hook
    ///
    /// 更新用户自定义xml hook
    ///
    /// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新用户自定义xml hook脚本返回
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVmUserDefinedXmlHookScript(
        _ request: UpdateVmUserDefinedXmlHookScript.Request
    ) async throws -> UpdateVmUserDefinedXmlHookScript.Response

    /// 修改VNI范围(UpdateVniRange)
    ///
    /// 修改VNI范围
    ///
    /// `PUT /zstack/v1/l2-networks/vxlan-pool/vni-ranges/{uuid}`, asynchronous, authorization required. The method runs
    /// as a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 操作返回结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVniRange(
        _ request: UpdateVniRange.Request
    ) async throws -> UpdateVniRange.Response

    /// 修改云盘属性(UpdateVolume)
    ///
    /// 修改云盘属性
    ///
    /// `PUT /zstack/v1/volumes/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after
    /// the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVolume(
        _ request: UpdateVolume.Request
    ) async throws -> UpdateVolume.Response

    /// 更新云盘快照信息(UpdateVolumeSnapshot)
    ///
    /// 更新云盘快照信息
    ///
    /// `PUT /zstack/v1/volume-snapshots/{uuid}/actions`, asynchronous, authorization required. The method runs as a job
    /// after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 云盘快照清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVolumeSnapshot(
        _ request: UpdateVolumeSnapshot.Request
    ) async throws -> UpdateVolumeSnapshot.Response

    /// UpdateVolumeSnapshotGroup
    ///
    /// 更新云盘快照组信息
    ///
    /// `PUT /zstack/v1/volume-snapshots/group/{uuid}/actions`, asynchronous, authorization required. The method runs as
    /// a job after the call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 更新云盘快照组信息结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateVolumeSnapshotGroup(
        _ request: UpdateVolumeSnapshotGroup.Request
    ) async throws -> UpdateVolumeSnapshotGroup.Response

    /// UpdateWebhook
    ///
    /// 在这里填写API描述
    ///
    /// `PUT /zstack/v1/web-hooks/{uuid}`, asynchronous, authorization required. The method runs as a job after the call
    /// has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateWebhook(
        _ request: UpdateWebhook.Request
    ) async throws -> UpdateWebhook.Response

    /// 更新区域（UpdateZone）
    ///
    /// 更新区域的名称、描述、系统标签或者用户标签
    ///
    /// `PUT /zstack/v1/zones/{uuid}/actions`, asynchronous, authorization required. The method runs as a job after the
    /// call has been accepted.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 区域（Zone）清单
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func updateZone(
        _ request: UpdateZone.Request
    ) async throws -> UpdateZone.Response

    /// ValidateSecurityGroupRule
    ///
    /// 检查安全组规则是否可用
    ///
    /// 检查安全组规则是否可用
    ///
    /// `GET /zstack/v1/security-groups/{securityGroupUuid}/rules/validation`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 安全组规则可用性结果
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func validateSecurityGroupRule(
        _ request: ValidateSecurityGroupRule.Request
    ) async throws -> ValidateSecurityGroupRule.Response

    /// ValidateSession
    ///
    /// 验证会话的有效性
    ///
    /// 验证会话的有效性
    ///
    /// `GET /zstack/v1/accounts/sessions/{sessionUuid}/valid`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: 会话是否有效
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func validateSession(
        _ request: ValidateSession.Request
    ) async throws -> ValidateSession.Response

    /// ZQLQuery
    ///
    /// 在这里填写API描述
    ///
    /// `GET /zstack/v1/zql`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackServerError`` to answer with a failure reply.
    func zqlQuery(
        _ request: ZQLQuery.Request
    ) async throws -> ZQLQuery.Response
}
